package org.egovhub.repost.fetch;

import org.egovhub.platform.pages.PublishDates;
import org.egovhub.repost.source.Source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.egovhub.testing.FixtureServer;
import org.junit.jupiter.api.Test;

/** Feeds through Rome and list pages through Jsoup, with the date forms of Chinese list pages. */
public class ListReaderTest {

    static final LocalDate TODAY = LocalDate.of(2018, 3, 17);

    @Test
    void shouldReadRssEntriesWithCdataBodiesAndLeaveAChineseDateToTheFallback() throws Exception {
        List<ListReader.Entry> entries = ListReader.feed(resource("feed-govcn.rss.xml"));

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).url()).isEqualTo("http://www.shanxi.gov.cn/yw/sxyw/201909/t20190918_693227.shtml");
        assertThat(entries.get(0).date()).as("Rome cannot read 2019年09月18日; the extractor falls back").isNull();
        assertThat(entries.get(0).feedBody()).contains("圣地亚哥");
        assertThat(entries.get(1).date()).isEqualTo(OffsetDateTime.parse("2023-12-01T14:43+08:00"));
    }

    @Test
    void shouldReadAtomEntries() throws Exception {
        List<ListReader.Entry> entries = ListReader.feed(resource("feed-govcn.atom.xml"));

        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.url()).isEqualTo("http://www.gov.cn/gongbao/content/2007/content_711039.htm");
            assertThat(e.date()).isEqualTo(OffsetDateTime.parse("2007-08-20T23:59:59+08:00"));
        });
    }

    @Test
    void shouldReadTheRecordedHkoFeed() throws Exception {
        List<ListReader.Entry> entries = ListReader.feed(FixtureServer.fixture("upstream/feeds/hko_currentweather_en_rss_2023-08-21.xml"));

        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).url()).doesNotContain("\n").startsWith("http");
        assertThat(entries.get(0).date()).isEqualTo(OffsetDateTime.parse("2023-08-21T20:02+08:00"));
    }

    @Test
    void shouldRefuseAMalformedFeedWithTheReason() {
        assertThatThrownBy(() -> ListReader.feed(resource("feed-malformed.xml")))
                .isInstanceOf(ListReader.ListFormatException.class).hasMessageStartingWith("feed cannot be read");
    }

    @Test
    void shouldReadDatedLinksOfTheRecordedGovcnHomepageAsListEntries() throws Exception {
        Source source = source("http://www.gov.cn/index.htm", null);
        byte[] page = FixtureServer.fixture("upstream/govcn/govcn_homepage_2018-03-17_pagesource.html");

        List<ListReader.Entry> entries = ListReader.listPage(source, page, "text/html", TODAY);

        assertThat(entries).hasSize(63).allSatisfy(e -> assertThat(e.url()).startsWith("http://www.gov.cn/"));
        assertThat(entries).anySatisfy(e -> assertThat(e.date()).isEqualTo(OffsetDateTime.parse("2018-03-15T00:00+08:00")));
        assertThat(entries).noneSatisfy(e -> assertThat(e.date()).isAfter(OffsetDateTime.parse("2018-03-18T00:00+08:00")));
    }

    @Test
    void shouldReadTheListDateForms() {
        assertThat(PublishDates.listDate("[11-24]", TODAY)).contains(OffsetDateTime.parse("2017-11-24T00:00+08:00"));
        assertThat(PublishDates.listDate("（03-15）", TODAY)).contains(OffsetDateTime.parse("2018-03-15T00:00+08:00"));
        assertThat(PublishDates.listDate("2017年1月5日", TODAY)).contains(OffsetDateTime.parse("2017-01-05T00:00+08:00"));
        assertThat(PublishDates.listDate("2017/11/24 10:30:00", TODAY)).contains(OffsetDateTime.parse("2017-11-24T10:30+08:00"));
        assertThat(PublishDates.inUrl("https://x.gov.cn/yfgk/yfyx/20240530/i3383757.html")).contains(OffsetDateTime.parse("2024-05-30T00:00+08:00"));
        assertThat(PublishDates.inUrl("http://fgw.zj.gov.cn/art/2016/11/22/art_1621004_30332664.html")).contains(OffsetDateTime.parse("2016-11-22T00:00+08:00"));
        assertThat(PublishDates.listDate("关于我们", TODAY)).isEmpty();
    }

    @Test
    void shouldSayWhenAListNoLongerMatchesItsSelector() {
        Source source = source("http://www.gov.cn/index.htm", ".news_box .list li");
        byte[] page = FixtureServer.fixture("upstream/govcn/govcn_homepage_2023-09-27_browser_saved.html");

        assertThatThrownBy(() -> ListReader.listPage(source, page, "text/html", TODAY))
                .hasMessageContaining("no item matching selector '.news_box .list li'");
    }

    public static Source source(String url, String itemSelector) {
        return new Source("t", "测试", Source.Level.CENTRAL, "要闻", Source.Kind.LIST_PAGE, url, Duration.ofMinutes(15), null,
                itemSelector, null, null, null, false, "要闻");
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = ListReaderTest.class.getResourceAsStream("/repost/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
        }
    }
}
