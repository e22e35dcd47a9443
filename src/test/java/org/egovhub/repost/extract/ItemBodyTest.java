package org.egovhub.repost.extract;

import org.egovhub.platform.pages.PageDecoder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.egovhub.testing.FixtureServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sanitized body of every recorded page stays what it was, a hostile body loses everything
 * executable, and deep nesting does not overflow the stack.
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

    /**
     * SHA-256 of each recorded page's sanitized body, as the in-place sanitizer made it on Jsoup
     * 1.21.2 before it was replaced by Jsoup's Cleaner (issue 9): the published bodies must not change.
     */
    static Stream<Arguments> sanitizedPages() {
        return Stream.of(
                Arguments.of("govcn/govcn_gongbao_2007-23_detail.html", "https://www.gov.cn/gongbao/content/2007/content_711039.htm",
                        "0cdf4aed87736e8972f72818b790854fb520c08ca17653f661b9641286a441b8"),
                Arguments.of("province/shanxi_sxyw_detail_2019-09-18.html", "http://www.shanxi.gov.cn/yw/sxyw/201909/t20190918_693227.shtml",
                        "6897a94944fa24b9678635fe782dc9a4d9a7cf360c5bc17e76b3e5a870848ec7"),
                Arguments.of("province/zhejiang_fgw_tzyx_detail_2016-11-22.html", "http://fgw.zj.gov.cn/art/2016/11/22/art_1621004_30332664.html",
                        "d051ea4c268634ef13dcd8942c516b78d2886d2f57f47c343072b00cec908b5d"),
                Arguments.of("other/yichun_city_tjgb_2022_detail_saved.html",
                        "https://www.yichun.gov.cn/ycsrmzf/tjgb/202305/36796cdc82d04268913f2884cf2fe579.shtml",
                        "bfec663d87c114c69115845e2fe4f9d663a197fb722645f80e692046a33f67e8"),
                Arguments.of("other/wanzai_county_tjgb_2015_detail_saved.html",
                        "http://www.wanzai.gov.cn/wzxrmzf/tjgb/201705/9c059bf058ef4db8b3c8f920e22186fe.shtml",
                        "fc24f75ed7093a65555a6fa15a581094231a39fa150058a45e693c25717b3eff"),
                Arguments.of("other/wanzai_county_tjsja_2022_detail_saved.html",
                        "http://www.wanzai.gov.cn/wzxrmzf/tjsja/202305/7215380191c5400397df5d7d0b5fd06b.shtml",
                        "a5d955fe94c775e1b627b8b2043cfbdade1e9c08de0f4ab57304393f60f15142"),
                Arguments.of("other/nfra_xzcf_detail_selenium_dom_2024-07-12.html", "https://www.nfra.gov.cn/cn/view/pages/ItemDetail.html?docId=1170000",
                        "c48f81ec6d6b3614f7303d590e663ef2501e928508ac57d5c3b472d2a2a4e582"),
                Arguments.of("other/cmse_xwfbh_detail_2012-06-24.html", "http://www.cmse.gov.cn/ztbd/xwfbh/201206/t20120624_43188.html",
                        "06f66f472b210f0ef881905961ff0d0f310caca9ae6f77945668cd25b72d732f"),
                Arguments.of("other/kepu_politics_detail_2023-12-01_enpproperty.html", "http://www.kepu.gov.cn/politics/2023-12/01/content_1755244.html",
                        "2c30c2fff60389de625b5e6a54b0a1e6f301887e61136f2c24f866259cfff3a2"),
                Arguments.of("other/ccgp_cjgg_detail_2021-06-10_hunan_zhijiang.html", "http://www.ccgp.gov.cn/cggg/dfgg/cjgg/202106/t20210610_16410000.htm",
                        "0f1902dfb625b909e61e1c083957a4a8b3af143beb5b9c2a3154ce35b8e39575"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sanitizedPages")
    void shouldSanitizeEveryRecordedPageAsBefore(String fixture, String url, String sha256) throws Exception {
        String html = PageDecoder.decode(FixtureServer.fixture("upstream/" + fixture), "text/html", url).text();

        String clean = sanitized(html, url);

        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(clean.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(sha256);
    }

    @Test
    void shouldKeepOnlyTheSafeMarkupOfAHostileBody() {
        Document doc = Jsoup.parse(HOSTILE, URL);

        ItemBody.Clean clean = ItemBody.sanitize(ItemBody.find(doc, null, null, PageScan.of(doc)), URL);

        assertThat(clean.document().body().html()).isEqualTo("<p>正文内容在这里，足够长的一段文字。<a>坏链接</a>"
                + "<a href=\"http://www.gov.cn/zhengce/2024-01/files/附件一.PDF?v=2\">附件</a><a>ftp</a><a>mail</a></p><b>粗体</b>"
                + "<img src=\"http://www.gov.cn/zhengce/2024-01/05/img/a.png\">图t<table><tbody><tr><td colspan=\"2\">格</td></tr></tbody></table>"
                + "<font>字</font><p></p>");
        assertThat(clean.attachments()).containsExactly("http://www.gov.cn/zhengce/2024-01/files/附件一.PDF?v=2");
    }

    /** Regression (commit 882c1c9): a page nested 100 000 elements deep overflowed the stack of the sanitizer. */
    @Test
    void shouldSanitizeAPageNestedAHundredThousandDeep() {
        String html = "<html><head><title>深层嵌套</title></head><body><div class=\"TRS_Editor\">" + "<span><section>".repeat(50_000)
                + "正文内容在最深处，依然完整保留，一字不少，标点也在。" + "</section></span>".repeat(50_000) + "</div></body></html>";

        String clean = sanitized(html, URL);

        assertThat(clean).startsWith("<span><span>").contains("正文内容在最深处，依然完整保留，一字不少，标点也在。").doesNotContain("<section>");
    }

    /**
     * Jsoup 1.24.1 parses the page above no deeper than 512 elements, so the sanitizer also gets a
     * tree built node by node, 20 000 deep, on a 128 KiB stack: a recursive walk would need 20 000
     * frames, several times what fits. Not deeper: the Cleaner looks up each element's base URI
     * through all its ancestors, so its time grows with the square of the depth (40 s at 100 000).
     */
    @Test
    void shouldSanitizeATreeTwentyThousandDeepOnASmallStack() throws InterruptedException {
        // built from the inside out: with assertions on, Jsoup walks the new parent's ancestors on each append
        Element outermost = new Element("section").appendText("最深处的正文");
        for (int i = 1; i < 20_000; i++) {
            outermost = new Element(i % 2 == 0 ? "section" : "span").appendChild(outermost);
        }
        Element body = Document.createShell(URL).body().appendElement("div").appendChild(outermost);
        String[] clean = new String[1];
        Throwable[] failure = new Throwable[1];

        Thread small = new Thread(null, () -> clean[0] = ItemBody.sanitize(body, URL).document().body().html(), "small-stack", 128 * 1024);
        small.setUncaughtExceptionHandler((thread, e) -> failure[0] = e);
        small.start();
        small.join();

        assertThat(failure[0]).isNull();
        assertThat(clean[0]).startsWith("<span><span>").endsWith("最深处的正文" + "</span>".repeat(10_000)).doesNotContain("<section>");
    }

    private static String sanitized(String html, String url) {
        Document doc = Jsoup.parse(html, url);
        return ItemBody.sanitize(ItemBody.find(doc, EnpBlocks.of(html).content(), null, PageScan.of(doc)), url).document().body().html();
    }
}
