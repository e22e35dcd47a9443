package org.egovhub.sitehealth.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** robots.txt groups and rules, the host:port rule, the per-host pause, which links are checked. */
class RobotsTest {

    @Test
    void shouldTakeOurGroupElseTheStarGroupAndTheLongestRule() {
        String text = """
                User-agent: *
                Disallow: /private/
                Allow: /private/open.html

                User-agent: other-bot
                Disallow: /
                """;
        Robots robots = Robots.parse(text, "egov-hub-sitehealth/1.0");
        assertThat(robots.allows("/private/a.html")).isFalse();
        assertThat(robots.allows("/private/open.html")).isTrue();
        assertThat(robots.allows("/index.html")).isTrue();
        assertThat(Robots.parse(text, "other-bot/2").allows("/index.html")).isFalse();
        Robots wildcards = Robots.parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /search?\n", "x/1");
        assertThat(wildcards.allows("/files/a.pdf")).isFalse();
        assertThat(wildcards.allows("/files/a.pdf.html")).isTrue();
        assertThat(wildcards.allows("/search?q=1")).isFalse();
        assertThat(Robots.parse("User-agent: *\nDisallow:\n", "x/1").allows("/a")).isTrue();
    }

    @Test
    void shouldMatchAHostWithAPortOnlyOnThatPort() {
        SiteHosts hosts = new SiteHosts(List.of("www.yanfeng.gov.cn", "127.0.0.1:8080"));
        assertThat(hosts.contains(URI.create("https://www.yanfeng.gov.cn/a"))).isTrue();
        assertThat(hosts.contains(URI.create("http://WWW.yanfeng.gov.cn:8081/a"))).isTrue();
        assertThat(hosts.contains(URI.create("http://127.0.0.1:8080/a"))).isTrue();
        assertThat(hosts.contains(URI.create("http://127.0.0.1:8081/a"))).isFalse();
        assertThat(hosts.contains(URI.create("http://127.0.0.1/a"))).isFalse();
        assertThat(hosts.contains(URI.create("http://www.hunan.gov.cn/"))).isFalse();
    }

    @Test
    void shouldKeepThePauseBetweenTwoRequestsToOneHost() throws InterruptedException {
        AtomicLong now = new AtomicLong();
        List<Duration> waits = new ArrayList<>();
        HostPacer pacer = new HostPacer(now::get, waits::add);
        pacer.await("a:80", Duration.ofSeconds(1));
        pacer.await("a:80", Duration.ofSeconds(1));
        pacer.await("a:80", Duration.ofSeconds(1));
        pacer.await("b:80", Duration.ofSeconds(1));
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        pacer.await("a:80", Duration.ofSeconds(1));
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void shouldCheckOnlyHttpLinksWithoutTheirFragment() {
        assertThat(LinkUrls.of("mailto:a@b.cn", "mailto:a@b.cn")).isEmpty();
        assertThat(LinkUrls.of("tel:0734", "tel:0734")).isEmpty();
        assertThat(LinkUrls.of("javascript:void(0)", "javascript:void(0)")).isEmpty();
        assertThat(LinkUrls.of("#top", "http://a/b.html#top")).isEmpty();
        assertThat(LinkUrls.of("ftp://a/b", "ftp://a/b")).isEmpty();
        assertThat(LinkUrls.of("b.html#x", "http://a/b.html#x")).contains(URI.create("http://a/b.html"));
        assertThat(LinkUrls.of("/通知 1.html", "http://a/通知 1.html")).contains(URI.create("http://a/%E9%80%9A%E7%9F%A5%201.html"));
    }
}
