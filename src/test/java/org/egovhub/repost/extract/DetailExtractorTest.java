package org.egovhub.repost.extract;

import org.egovhub.repost.fetch.FetchedPage;
import org.egovhub.platform.pages.PageDecoder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.stream.Stream;
import org.egovhub.testing.FixtureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every recorded detail page yields the right title, publish time (Beijing time) and source, with a script-free body. */
class DetailExtractorTest {

    static final OffsetDateTime SEEN = OffsetDateTime.parse("2026-01-01T00:00:00+08:00");

    static Stream<Arguments> detailPages() {
        return Stream.of(
                Arguments.of("govcn/govcn_gongbao_2007-23_detail.html", "https://www.gov.cn/gongbao/content/2007/content_711039.htm",
                        "全国人民代表大会常务委员会关于批准财政部发行特别国债购买外汇及调整2007　年末国债余额限额的决议",
                        "2007-08-20T23:59:59+08:00", "中国政府网",
                        "6e7c815ec80cc286ae9385d9bdcf2fb8816e59153e1508c9ca7b3d503435bd07"),
                Arguments.of("province/shanxi_sxyw_detail_2019-09-18.html", "http://www.shanxi.gov.cn/yw/sxyw/201909/t20190918_693227.shtml",
                        "山西品牌丝路行（南美站）正式启动", "2019-09-18T06:23+08:00", "山西日报",
                        "bcdaf40718784832c1823bf7727f5cd62f86b887983e197ff36ea872d187d7de"),
                Arguments.of("province/zhejiang_fgw_tzyx_detail_2016-11-22.html", "http://fgw.zj.gov.cn/art/2016/11/22/art_1621004_30332664.html",
                        "1-10月德清县固定资产投资结构趋稳趋优", "2016-11-22T09:53+08:00", "省发改委",
                        "4231281ac8f007633c5888f84e0cd46c95be53b55d6e6c64aba1d155ea4721ae"),
                Arguments.of("other/yichun_city_tjgb_2022_detail_saved.html", "https://www.yichun.gov.cn/ycsrmzf/tjgb/202305/36796cdc82d04268913f2884cf2fe579.shtml",
                        "宜春市2022年国民经济和社会发展统计公报", "2023-05-16T12:34:05+08:00", "宜春市统计局",
                        "66e915170358523cdc391909fb44fb2436b294efc7811b8cba555959c396f1af"),
                Arguments.of("other/wanzai_county_tjgb_2015_detail_saved.html", "http://www.wanzai.gov.cn/wzxrmzf/tjgb/201705/9c059bf058ef4db8b3c8f920e22186fe.shtml",
                        "万载县2015年国民经济和社会发展统计公报", "2022-04-24T10:00:43+08:00", null,
                        "9b3281989e100ede06ab28d5673a70b9e0027de1c230146c6e53a8ae9a421dee"),
                Arguments.of("other/wanzai_county_tjsja_2022_detail_saved.html", "http://www.wanzai.gov.cn/wzxrmzf/tjsja/202305/7215380191c5400397df5d7d0b5fd06b.shtml",
                        "万载县2022年国民经济和社会发展统计公报", "2023-08-16T10:33:59+08:00", "万载县统计局",
                        "f9d454cfdf10256f4bf04cefb95fc9bca42cf04a064a6a3253e4efca54c91cb4"),
                Arguments.of("other/nfra_xzcf_detail_selenium_dom_2024-07-12.html", "https://www.nfra.gov.cn/cn/view/pages/ItemDetail.html?docId=1170000",
                        "国家金融监督管理总局行政处罚信息公开表(金罚决字〔2024〕36号)", "2024-07-12T17:33+08:00", "保险和非银机构检查局",
                        "1419940617ef64ef23aaed92e1c4055d9d9a3dc64a058fdd0ceb4224ea4c4bde"),
                Arguments.of("other/cmse_xwfbh_detail_2012-06-24.html", "http://www.cmse.gov.cn/ztbd/xwfbh/201206/t20120624_43188.html",
                        "天宫一号与神舟九号载人交会对接任务第二场新闻发布会", "2012-06-24T00:00+08:00", "中国载人航天官方网站",
                        "27f1317c2ae53f4ef7dd330415be1321c6a842dbf03cfee18485e7aafada751d"),
                Arguments.of("other/kepu_politics_detail_2023-12-01_enpproperty.html", "http://www.kepu.gov.cn/politics/2023-12/01/content_1755244.html",
                        "习近平主持召开深入推进长三角一体化发展座谈会", "2023-12-01T14:43+08:00", "新华社",
                        "b96cecf81065e3256712de44c055d2ea7a37185658e5073ae7e79dc4954c52be"),
                Arguments.of("other/ccgp_cjgg_detail_2021-06-10_hunan_zhijiang.html", "http://www.ccgp.gov.cn/cggg/dfgg/cjgg/202106/t20210610_16410000.htm",
                        "芷江侗族自治县公路建设养护中心、芷江侗族自治县扶贫开发服务有限责任公司贫困县乡村基础设施建设二期项目安防工程十标成交公告",
                        "2021-06-10T17:35+08:00", "www.ccgp.gov.cn",
                        "8992ccaa5bba48dd9ca8824d88fe6b9d5cff532a701b1f43caa3707ed18752f6"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("detailPages")
    void shouldExtractTitleTimeSourceAndAScriptFreeBody(String fixture, String url, String title, String published, String source,
            String fingerprint) {
        RepostItem item = DetailExtractor.extractWith(page(url, FixtureServer.fixture("upstream/" + fixture), "text/html"), null);

        assertThat(item.title()).isEqualTo(title);
        assertThat(item.publishedAt()).isEqualTo(OffsetDateTime.parse(published));
        if (source != null) {
            assertThat(item.contentSource()).isEqualTo(source);
        } else {
            assertThat(item.contentSource()).as("empty ContentSource falls back to the site").isNotBlank();
        }
        assertThat(item.body()).isNotBlank()
                .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<style")
                .doesNotContainIgnoringCase("<iframe").doesNotContainIgnoringCase("javascript:")
                .doesNotContainPattern("(?i)\\son\\w+=");
        assertThat(item.body()).doesNotContain("src=\"../").doesNotContain("href=\"../");
        assertThat(item.fingerprint()).as("as extracted with Jsoup 1.21.2").isEqualTo(fingerprint);
    }

    @Test
    void shouldReadTheGovcnManuscriptIdAndLastModifiedForDeduplication() {
        RepostItem item = DetailExtractor.extractWith(page("https://www.gov.cn/gongbao/content/2007/content_711039.htm",
                FixtureServer.fixture("upstream/govcn/govcn_gongbao_2007-23_detail.html"), "text/html"), null);

        assertThat(item.upstreamId()).isEqualTo("711039");
        assertThat(item.lastModified()).isEqualTo("2007-08-20-23:59:59");
        assertThat(item.upstreamColumn()).isEqualTo("2007年第23号");
    }

    @Test
    void shouldReadGbkBytesWithoutAnHttpCharsetFromTheMetaTag() {
        String utf8 = new String(FixtureServer.fixture("upstream/province/shanxi_sxyw_detail_2019-09-18.html"), StandardCharsets.UTF_8)
                .replaceFirst("(?i)charset=\"?utf-8\"?", "charset=gbk");
        byte[] gbk = utf8.getBytes(Charset.forName("GBK"));

        RepostItem item = DetailExtractor.extractWith(page("http://www.shanxi.gov.cn/yw/sxyw/201909/t20190918_693227.shtml", gbk, "text/html"), null);

        assertThat(item.title()).isEqualTo("山西品牌丝路行（南美站）正式启动");
        assertThat(item.contentSource()).isEqualTo("山西日报");
    }

    @Test
    void shouldReadAPageThatDeclaresGb2312ButIsUtf8AsUtf8() {
        byte[] most = FixtureServer.fixture("upstream/other/most_homepage_2018-03_pagesource_gb2312-declared.html");

        PageDecoder.Decoded decoded = PageDecoder.decode(most, "text/html", "http://www.most.gov.cn/");

        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.text()).contains("科学技术部");
    }

    @Test
    void shouldFallBackToTheListDateThenTheUrlThenFirstSeenWhenThePageHasNoDate() {
        byte[] bare = "<html><head><title>关于做好冬季供暖工作的通知</title></head><body><p>各乡镇：请做好供暖保障工作。</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        RepostItem fromList = DetailExtractor.extractWith(new FetchedPage("s", "http://x.gov.cn/a.html", bare, "text/html", null,
                OffsetDateTime.parse("2025-03-15T00:00+08:00"), null, SEEN), null);
        RepostItem fromUrl = DetailExtractor.extractWith(page("http://x.gov.cn/col/202105/t20210510_16528293.html", bare, "text/html"), null);
        RepostItem firstSeen = DetailExtractor.extractWith(page("http://x.gov.cn/a.html", bare, "text/html"), null);

        assertThat(fromList.dateOrigin()).isEqualTo("list");
        assertThat(fromUrl.publishedAt()).isEqualTo(OffsetDateTime.parse("2021-05-10T00:00+08:00"));
        assertThat(fromUrl.dateOrigin()).isEqualTo("url");
        assertThat(firstSeen.publishedAt()).isEqualTo(SEEN);
        assertThat(firstSeen.dateOrigin()).isEqualTo("first-seen");
    }

    @Test
    void shouldKeepTheFingerprintWhenOnlyPageFurnitureChanges() {
        String a = ItemBody.fingerprint("标题", "正文内容。 页面生成时间 2023-10-23 11:23:36");
        String b = ItemBody.fingerprint("标题", "正文内容。\n页面生成时间：2024-01-02 08:00:00");
        String edited = ItemBody.fingerprint("标题", "正文内容已更正。");

        assertThat(a).isEqualTo(b);
        assertThat(edited).isNotEqualTo(a);
    }

    @Test
    void shouldFingerprintSupplementaryCharactersLoneSurrogatesAndEveryFurnitureLabelAsBefore() {
        // the value recorded before the fingerprint wrote its UTF-8 bytes itself (a lone surrogate hashes as '?')
        String text = "𠀀汉字\uD800x\uDC00y页面生成时间：2024-01-02 08:00:00点击数 12 访问量:3阅读次数生成时间 é ﬁ";

        assertThat(ItemBody.fingerprint("标题", text)).isEqualTo("de2aae464c6c2e1d838a9e19e7d39649747d2eace1c72b49c83ad38c011908cf");
    }

    static FetchedPage page(String url, byte[] body, String contentType) {
        return new FetchedPage("test", url, body, contentType, null, null, null, SEEN);
    }
}
