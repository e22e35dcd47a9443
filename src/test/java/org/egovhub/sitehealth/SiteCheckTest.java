package org.egovhub.sitehealth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.egovhub.platform.time.HubTime;
import org.egovhub.sitehealth.check.Check;
import org.egovhub.sitehealth.check.ConfusionSet;
import org.egovhub.sitehealth.check.Finding;
import org.egovhub.sitehealth.check.SiteCheck;
import org.egovhub.sitehealth.check.SiteReport;
import org.egovhub.sitehealth.crawl.HostPacer;
import org.egovhub.sitehealth.crawl.PageCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** Every check over the local test sites: each known defect reported exactly, nothing on the clean copy. */
class SiteCheckTest {

    /** The run date of the test sites: 2018-04-01 in the hub's zone. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2018-04-01T02:00:00Z"), HubTime.zone());

    static final SiteHealthProperties SETTINGS = new SiteHealthProperties(null, Duration.ofSeconds(1), Duration.ofSeconds(15),
            Duration.ZERO, DataSize.ofMegabytes(5), Duration.ofDays(180), Duration.ofDays(365), 140, "egov-hub-sitehealth/1.0",
            SiteHealthProperties.defaults().warn(), SiteHealthProperties.defaults().veto());

    @TempDir
    Path dir;

    @Test
    void shouldReportEachDefectExactly() throws Exception {
        try (LocalSite local = new LocalSite("site")) {
            SiteReport report = run(local.siteFile(100));
            String base = local.site.baseUrl();
            String home = base + "/index.html";
            assertThat(report.findings()).containsExactlyInAnyOrder(
                    Finding.homepageStale(15),
                    Finding.column("stale-column", "工作动态", 21),
                    Finding.column("stale-column", "政策文件", 212),
                    Finding.column("stale-column", "雁峰动态", 21),
                    Finding.column("blank-column", "专题A", null),
                    Finding.column("blank-column", "专题B", null),
                    Finding.wording(base + "/art1.html", "杜佳毫", "杜家毫", "出的建议。 省委书记杜佳毫同志的讲话精神。", true),
                    Finding.wording(base + "/art2.html", "既使", "即使", "报告中提出的建议。 既使天气不好，也要抓好春", false),
                    Finding.brokenLink(local.deadUrl + "/", home, "connect"),
                    Finding.brokenLink(local.external.url("/ext/missing.html"), home, 404),
                    Finding.brokenLink(base + "/err/500", home, 500),
                    Finding.brokenLink(base + "/err/gone.html", home, "soft-404"),
                    Finding.brokenLink(base + "/err/loop", home, "loop"),
                    Finding.brokenLink(base + "/err/slow", home, "timeout"),
                    Finding.brokenLink(base + "/missing.html", home, 404));
            assertThat(report.checks()).containsExactly(
                    new Check("homepage-stale", 15, 10, 14, "veto"),
                    new Check("stale-columns", 3, 3, 5, "warn"),
                    new Check("long-stale-columns", 0, 6, 10, "pass"),
                    new Check("blank-columns", 2, 3, 5, "pass"),
                    new Check("broken-links", 7, 1, null, "warn"),
                    new Check("wording", 2, 1, 1, "veto"),
                    new Check("unreachable", 0, 1, 5, "pass"));
            assertThat(report.verdict()).isEqualTo("veto");
            assertThat(report.notes()).isEmpty();
            assertThat(local.pathsAsked()).noneMatch(p -> p.startsWith("/private/"));
            assertThat(local.external.requests()).extracting(FixtureServer_path()).doesNotContain("/ext/deeper.html");
        }
    }

    @Test
    void shouldReportNothingOnACleanCopy() throws Exception {
        try (LocalSite local = new LocalSite("site-clean")) {
            SiteReport report = run(local.siteFile(100));
            assertThat(report.findings()).isEmpty();
            assertThat(report.notes()).isEmpty();
            assertThat(report.verdict()).isEqualTo("pass");
            assertThat(report.pagesCrawled()).isEqualTo(11);
            assertThat(report.checks()).extracting(Check::status).containsOnly("pass");
        }
    }

    @Test
    void shouldKeepTheHostDelayBetweenRequestsToTheSite() throws Exception {
        try (LocalSite local = new LocalSite("site-clean")) {
            List<Duration> waits = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            // time stands still, so each request to the site waits one more host-delay than the one before
            SiteCheck check = check(local.siteFile(100).replace("host-delay: 0s", "host-delay: 1s"), new HostPacer(() -> 0L, waits::add));
            check.run(new SiteCheck.Reachability(0, 0, List.of()));
            int requests = local.site.requests().size();
            assertThat(waits).hasSize(requests - 1);
            assertThat(waits.stream().sorted().toList())
                    .isEqualTo(java.util.stream.IntStream.range(1, requests).mapToObj(Duration::ofSeconds).toList());
        }
    }

    @Test
    void shouldVetoWhenEnoughProbesFailed() throws Exception {
        try (LocalSite local = new LocalSite("site-clean")) {
            SiteCheck check = check(local.siteFile(100), new HostPacer(System::nanoTime, d -> { }));
            String root = local.site.url("/index.html");
            SiteReport report = check.run(new SiteCheck.Reachability(140, 10, List.of(Finding.unreachable(root, "timeout"))));
            assertThat(report.checks().get(6)).isEqualTo(new Check("unreachable", 7, 1, 5, "veto"));
            assertThat(report.findings()).containsExactly(Finding.unreachable(root, "timeout"));
            SiteReport few = check.run(new SiteCheck.Reachability(20, 2, List.of()));
            assertThat(few.checks().get(6)).isEqualTo(new Check("unreachable", 10, 1, 5, "warn"));
        }
    }

    @Test
    void shouldAskAgainConditionallyAndCheckTheKeptPage() throws Exception {
        try (LocalSite local = new LocalSite("site")) {
            byte[] page = "<html><head><meta charset=\"utf-8\"><title>条件请求</title></head><body>既使如此</body></html>"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            local.site.respond("/index.html", request -> "\"v1\"".equals(request.header("If-None-Match"))
                    ? new org.egovhub.testing.FixtureServer.Reply(304, java.util.Map.of("ETag", "\"v1\""), new byte[0], Duration.ZERO)
                    : new org.egovhub.testing.FixtureServer.Reply(200, java.util.Map.of("Content-Type", "text/html", "ETag", "\"v1\""),
                            page, Duration.ZERO));
            SiteCheck check = check(local.siteFile(100), new HostPacer(System::nanoTime, d -> { }));
            SiteReport first = check.run(new SiteCheck.Reachability(0, 0, List.of()));
            SiteReport second = check.run(new SiteCheck.Reachability(0, 0, List.of()));
            assertThat(local.site.requests("/index.html")).extracting(r -> r.header("If-None-Match")).containsExactly(null, "\"v1\"");
            assertThat(second.findings(("wording"))).isEqualTo(first.findings("wording")).hasSize(1);
        }
    }

    private SiteReport run(String siteFile) throws IOException, InterruptedException {
        return check(siteFile, new HostPacer(System::nanoTime, d -> { })).run();
    }

    SiteCheck check(String siteFile, HostPacer pacer) throws IOException {
        Path file = dir.resolve("site-" + System.nanoTime() + ".yml");
        Files.writeString(file, siteFile);
        return new SiteCheck(SiteFiles.read(file), SETTINGS, CLOCK, pacer, new PageCache(), ConfusionSet.shipped());
    }

    private static java.util.function.Function<org.egovhub.testing.FixtureServer.Request, String> FixtureServer_path() {
        return org.egovhub.testing.FixtureServer.Request::path;
    }
}
