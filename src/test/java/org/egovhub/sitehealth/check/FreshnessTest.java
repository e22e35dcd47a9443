package org.egovhub.sitehealth.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.egovhub.sitehealth.SiteFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Column dates: list dates first, then the detail pages' metadata for items the list shows undated. */
class FreshnessTest {

    static final LocalDate TODAY = LocalDate.of(2018, 4, 1);
    static final Freshness FRESHNESS = new Freshness(Duration.ofDays(180), Duration.ofDays(365));
    static final SiteFile.Column NEWS = new SiteFile.Column("雁峰动态", "http://127.0.0.1/ywdt/", SiteFile.Kind.NEWS, "ul.list li", null);

    static final Map<String, String> DETAILS = Map.of(
            "http://127.0.0.1/ywdt/a.html", "<html><head><meta name=\"PubDate\" content=\"2018-03-01 09:30\"></head><body>正文</body></html>",
            "http://127.0.0.1/ywdt/b.html", "<html><head><meta name=\"FirstPublishedTime\" content=\"2018-03-10-08:00:00\"></head><body></body></html>",
            "http://127.0.0.1/ywdt/c.html", "<html><head><title>无日期</title></head><body>正文</body></html>");

    final List<String> read = new ArrayList<>();

    Optional<Document> detail(String url) {
        read.add(url);
        return Optional.ofNullable(DETAILS.get(url)).map(html -> Jsoup.parse(html, url));
    }

    static Document list(String rows) {
        return Jsoup.parse("<html><body><ul class=\"list\">" + rows + "</ul></body></html>", "http://127.0.0.1/ywdt/");
    }

    @Test
    void shouldTakeUndatedItemsDatesFromTheirDetailPagesMetadata() throws Exception {
        Document page = list("<li><a href=\"a.html\">一</a></li><li><a href=\"b.html\">二</a></li><li><a href=\"c.html\">三</a></li>");

        assertThat(FRESHNESS.column(NEWS, page, TODAY, this::detail)).contains(Finding.column("stale-column", "雁峰动态", 22));
        assertThat(read).containsExactly("http://127.0.0.1/ywdt/a.html", "http://127.0.0.1/ywdt/b.html", "http://127.0.0.1/ywdt/c.html");
    }

    @Test
    void shouldReadNoDetailPageWhenTheListShowsTheDates() throws Exception {
        Document page = list("<li><a href=\"a.html\">一</a> 2018-03-25</li>");

        assertThat(FRESHNESS.column(NEWS, page, TODAY, this::detail)).isEmpty();
        assertThat(read).isEmpty();
    }

    @Test
    void shouldBeBlankWhenNoItemHasADateAnywhere() throws Exception {
        Document page = list("<li><a href=\"c.html\">三</a></li><li><a href=\"missing.html\">四</a></li>");

        assertThat(FRESHNESS.column(NEWS, page, TODAY, this::detail)).contains(Finding.column("blank-column", "雁峰动态", null));
    }

    @Test
    void shouldReadAtMostFiveDetailPagesOfAList() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            rows.append("<li><a href=\"x").append(i).append(".html\">").append(i).append("</a></li>");
        }

        FRESHNESS.column(NEWS, list(rows.toString()), TODAY, this::detail);

        assertThat(read).hasSize(5).first().isEqualTo("http://127.0.0.1/ywdt/x0.html");
    }
}
