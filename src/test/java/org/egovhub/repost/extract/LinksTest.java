package org.egovhub.repost.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Links in a published body are absolute http(s) links or gone, and the files among them are its
 * attachments: literal links, one call, the exact result.
 */
class LinksTest {

    static final String PAGE = "http://www.gov.cn/zhengce/2024-01/05/content_1.htm";
    /** What {@link #published} answers when the sanitizer removed the link's href. */
    static final String DROPPED = "(dropped)";

    static Stream<Arguments> links() {
        return Stream.of(
                Arguments.of(PAGE, "?page=2", "http://www.gov.cn/zhengce/2024-01/05/content_1.htm?page=2"),
                Arguments.of(PAGE, "#section", "http://www.gov.cn/zhengce/2024-01/05/content_1.htm#section"),
                Arguments.of(PAGE, "", "http://www.gov.cn/zhengce/2024-01/05/content_1.htm"),
                Arguments.of(PAGE, "../up.pdf", "http://www.gov.cn/zhengce/2024-01/up.pdf"),
                Arguments.of(PAGE, "./same.doc", "http://www.gov.cn/zhengce/2024-01/05/same.doc"),
                Arguments.of(PAGE, "/root.xls", "http://www.gov.cn/root.xls"),
                Arguments.of(PAGE, "//cdn.gov.cn/a.js", "http://cdn.gov.cn/a.js"),
                Arguments.of(PAGE, "http://OTHER.gov.cn:80/A?b=1#c", "http://OTHER.gov.cn:80/A?b=1#c"),
                Arguments.of(PAGE, "HTTPS://X.cn", "https://X.cn"),
                Arguments.of(PAGE, "/../../x.pdf", "http://www.gov.cn/x.pdf"),
                Arguments.of(PAGE, "../../../../../x.pdf", "http://www.gov.cn/x.pdf"),
                Arguments.of(PAGE, "\u0001http://x.cn/c.pdf", "http://x.cn/c.pdf"),
                Arguments.of(PAGE, " http://lead.gov.cn/ ", "http://lead.gov.cn/"),
                Arguments.of(PAGE, "a b.pdf", "http://www.gov.cn/zhengce/2024-01/05/a b.pdf"),
                Arguments.of(PAGE, "附件.pdf", "http://www.gov.cn/zhengce/2024-01/05/附件.pdf"),
                Arguments.of(PAGE, "javascript:alert(1)", DROPPED),
                Arguments.of(PAGE, "JavaScript:alert(1)", DROPPED),
                Arguments.of(PAGE, "mailto:a@gov.cn", DROPPED),
                Arguments.of(PAGE, "ftp://f.gov.cn/a.zip", DROPPED),
                Arguments.of(PAGE, "data:image/png;base64,AAAA", DROPPED),
                Arguments.of(PAGE, " javascript:alert(1)", DROPPED),
                Arguments.of(PAGE, "\u0001javascript:x", DROPPED),
                Arguments.of(PAGE, "java\u0001script:x", DROPPED),
                Arguments.of(PAGE, "httpx://x.cn/", DROPPED),
                Arguments.of(PAGE, "url:http://x.cn/a.pdf", "http://x.cn/a.pdf"),
                Arguments.of(PAGE, "URL:javascript:x", DROPPED),
                Arguments.of(PAGE, "a/b:c", "http://www.gov.cn/zhengce/2024-01/05/a/b:c"),
                // http(s) without a host: kept by the hub's copy of Jsoup 1.21.2's resolution, dropped by Jsoup 1.24.1
                Arguments.of(PAGE, "http:///x.pdf", DROPPED),
                Arguments.of(PAGE, "https:foo.pdf", DROPPED),
                Arguments.of(PAGE, "http://a.cn:x/y.pdf", DROPPED),
                Arguments.of("http://[::1]:8080/p/q.html?x=1", "../v6.pdf", "http://[::1]:8080/v6.pdf"),
                Arguments.of("http://user:pw@h.gov.cn/a/b", "c.pdf", "http://h.gov.cn/a/c.pdf"),
                Arguments.of("HTTPS://WWW.Gov.CN:443/A/B.HTM#top", "?q", "https://WWW.Gov.CN:443/A/B.HTM?q"),
                Arguments.of("https://www.hunan.gov.cn/hnszf/", "../x.pdf", "https://www.hunan.gov.cn/x.pdf"),
                Arguments.of("http://www.gov.cn", "a.pdf", "http://www.gov.cn/a.pdf"),
                Arguments.of("not a url", "http://x.cn/a.pdf", "http://x.cn/a.pdf"),
                Arguments.of("not a url", "/a.pdf", DROPPED),
                Arguments.of("", "//cdn.gov.cn/b.pdf", DROPPED));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("links")
    void shouldPublishEachLinkAbsoluteOrNotAtAll(String page, String href, String expected) {
        assertThat(published(page, href)).isEqualTo(expected);
    }

    static Stream<Arguments> checkedAttributes() {
        return Stream.of(
                Arguments.of("img", "src", "data:image/png;base64,AAAA", DROPPED),
                Arguments.of("img", "src", "../r.png", "http://www.gov.cn/zhengce/2024-01/r.png"),
                Arguments.of("blockquote", "cite", "javascript:x", DROPPED),
                Arguments.of("blockquote", "cite", "http://x.cn/p", "http://x.cn/p"),
                Arguments.of("q", "cite", "javascript:x", DROPPED),
                Arguments.of("q", "cite", "/p", "http://www.gov.cn/p"));
    }

    @ParameterizedTest(name = "{0} {1}={2}")
    @MethodSource("checkedAttributes")
    void shouldCheckTheSchemeOfEveryLinkAttributeTheSafelistChecks(String tag, String attribute, String value, String expected) {
        Document doc = Jsoup.parse("", PAGE);
        doc.body().appendElement(tag).attr(attribute, value).appendText("x");

        Element clean = ItemBody.sanitize(doc.body(), PAGE).document().body().child(0);

        assertThat(clean.hasAttr(attribute) ? clean.attr(attribute) : DROPPED).isEqualTo(expected);
    }

    static Stream<Arguments> schemes() {
        return Stream.of(
                Arguments.of("javascript:alert(1)", true),
                Arguments.of("\tJAVASCRIPT:x", true),
                Arguments.of(" data:image/png;base64,AAAA", true),
                Arguments.of("tel:12345", true),
                Arguments.of("a.b+c-d:e", true),
                Arguments.of("HTTP://x.cn", false),
                Arguments.of("https:x", false),
                Arguments.of("url:javascript:x", false),
                Arguments.of("a/b:c", false),
                Arguments.of("../a.pdf", false),
                Arguments.of("1a:b", false),
                Arguments.of(":x", false),
                Arguments.of("java\u0001script:x", false),
                Arguments.of("javascript", false),
                Arguments.of(" ", false),
                Arguments.of("", false));
    }

    @ParameterizedTest(name = "[{0}]: {1}")
    @MethodSource("schemes")
    void shouldTellALinkWithAnotherSchemeThanHttp(String value, boolean other) {
        assertThat(Links.hasOtherScheme(value)).isEqualTo(other);
    }

    @Test
    void shouldListEachFileLinkOnceInDocumentOrder() {
        Document doc = Jsoup.parse("<div><a href=\"http://x.cn/a.PDF\">1</a><a href=\"http://x.cn/a.PDF\">again</a>"
                + "<a href=\"http://x.cn/b.doc?v=2\">2</a><a href=\"http://x.cn/c.html\">page</a><a href=\"http://x.cn/d.xlsx#p2\">fragment</a>"
                + "<a>none</a><p><a href=\"http://x.cn/e.zip\">3</a></p></div>", PAGE);

        assertThat(Links.attachments(doc.body())).containsExactly("http://x.cn/a.PDF", "http://x.cn/b.doc?v=2", "http://x.cn/e.zip");
    }

    @Test
    void shouldListTheFilesOfASanitizedBodyByTheirAbsoluteLinks() {
        Document doc = Jsoup.parse("<a href=\"a.pdf\">1</a><a href=\"./a.pdf\">the same</a><a href=\"ftp://f.gov.cn/b.pdf\">no</a>"
                + "<a href=\"../c.wps\">2</a>", PAGE);

        assertThat(ItemBody.sanitize(doc.body(), PAGE).attachments())
                .containsExactly("http://www.gov.cn/zhengce/2024-01/05/a.pdf", "http://www.gov.cn/zhengce/2024-01/c.wps");
    }

    @Test
    void shouldListNoFilesOfABodyWithoutLinks() {
        assertThat(Links.attachments(Jsoup.parse("<p>正文</p>", PAGE).body())).isEmpty();
    }

    /** The href of a link {@code <a href=href>} on {@code page} once sanitized, or {@link #DROPPED}. */
    private static String published(String page, String href) {
        Document doc = Jsoup.parse("<a>x</a>", page);
        doc.selectFirst("a").attr("href", href);
        Element a = ItemBody.sanitize(doc.body(), page).document().selectFirst("a");
        return a.hasAttr("href") ? a.attr("href") : DROPPED;
    }
}
