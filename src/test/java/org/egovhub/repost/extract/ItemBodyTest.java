package org.egovhub.repost.extract;

import org.egovhub.repost.fetch.PageDecoder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.egovhub.testing.FixtureServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.safety.Cleaner;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The in-place sanitizer gives what Jsoup's own {@link Cleaner} gives with the same safelist, on
 * every recorded page and on a hostile fragment, and reads the attachments off the cleaned links.
 */
class ItemBodyTest {

    static final String HOSTILE = "<div onclick=\"steal()\" class=\"TRS_Editor\"><p style=\"x\">正文内容在这里，足够长的一段文字。"
            + "<script>alert(1)</script><a href=\"javascript:alert(1)\">坏链接</a><a href=\"../files/附件一.PDF?v=2\" onmouseover=x>附件</a>"
            + "<a href=\"ftp://ftp.gov.cn/a.zip\">ftp</a><a href=\"mailto:a@gov.cn\">mail</a><iframe src=\"//evil.example\"></iframe>"
            + "<section><b style=\"color:red\">粗<o:p>体</o:p></b></section><!-- 注释 --><img src=\"img/a.png\" onerror=\"x()\">"
            + "<object data=\"x.swf\"><embed src=\"x.swf\"></object><svg><script>1</script><desc>图</desc></svg>"
            + "<form action=\"/post\"><input value=\"v\"><textarea>t</textarea></form><noscript>请启用</noscript>"
            + "<table><tr><td colspan=2 bgcolor=red>格</td></tr></table><font color=red face=宋体>字</font></p></div>";

    static final String URL = "http://www.gov.cn/zhengce/2024-01/05/content_1.htm";

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.egovhub.repost.extract.DetailExtractorTest#detailPages")
    void shouldSanitizeEveryRecordedPageAsJsoupsCleanerDoes(String fixture, String url) {
        String html = PageDecoder.decode(FixtureServer.fixture("upstream/" + fixture), "text/html", url).text();

        assertThat(inPlace(html, url)).isEqualTo(withCleaner(html, url));
    }

    @Test
    void shouldSanitizeAHostileBodyAsJsoupsCleanerDoesAndKeepOnlyItsFileLinks() {
        ItemBody.Clean clean = ItemBody.sanitize(body(HOSTILE, URL), URL);
        String html = clean.document().body().html();

        assertThat(html).isEqualTo(withCleaner(HOSTILE, URL))
                .doesNotContain("script").doesNotContain("javascript:").doesNotContain("onclick").doesNotContain("onerror")
                .doesNotContain("iframe").doesNotContain("object").doesNotContain("embed").doesNotContain("注释")
                .doesNotContain("请启用").doesNotContain("style=")
                .contains("正文内容").contains("粗体").contains("<img src=\"http://www.gov.cn/zhengce/2024-01/05/img/a.png\">");
        assertThat(clean.attachments()).containsExactly("http://www.gov.cn/zhengce/2024-01/files/附件一.PDF?v=2");
    }

    @Test
    void shouldSanitizeMarkupNestedAHundredThousandDeepWithoutRunningOutOfStack() {
        String html = "<html><head><title>深层嵌套</title></head><body><div class=\"TRS_Editor\">" + "<span><section>".repeat(50_000)
                + "正文内容在最深处，依然完整保留，一字不少，标点也在。" + "</section></span>".repeat(50_000) + "</div></body></html>";

        String clean = inPlace(html, URL);

        assertThat(clean).contains("正文内容在最深处，依然完整保留，一字不少，标点也在。").doesNotContain("<section>").startsWith("<span><span>");
    }

    private static String inPlace(String html, String url) {
        return ItemBody.sanitize(body(html, url), url).document().body().html();
    }

    private static Element body(String html, String url) {
        Document doc = Jsoup.parse(html, url);
        return ItemBody.find(doc, EnpBlocks.of(html).content(), null, PageScan.of(doc));
    }

    /** What the body became with Jsoup's Cleaner: scripts and the like removed with their content, comments dropped, then cleaned. */
    private static String withCleaner(String html, String url) {
        Element body = body(html, url);
        body.select("script, style, iframe, object, embed, noscript").remove();
        Document dirty = Document.createShell(url);
        for (Node child : new ArrayList<>(body.childNodes())) {
            dirty.body().appendChild(child);
        }
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return node instanceof Comment ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }
        }, dirty);
        Document clean = new Cleaner(ItemBody.SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
