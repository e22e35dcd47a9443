package org.egovhub.repost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.egovhub.platform.BrokerQueues;
import org.egovhub.testing.FixtureServer;
import org.egovhub.testing.FixtureServer.Reply;
import org.egovhub.testing.HubTest;
import org.egovhub.testing.HubTestInitializer;
import org.egovhub.testing.Queues;
import org.egovhub.testing.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real repost routes against the recorded pages served by a local HTTP server: extraction,
 * deduplication, edits, review, and the bad inputs that must not stop the other sources.
 */
@HubTest
class RepostFlowIT {

    static final FixtureServer UPSTREAM = FixtureServer.start();
    static final String UP = "/fixtures/upstream/";
    static final int SMTP_PORT = org.egovhub.testing.FreePort.find();

    @org.junit.jupiter.api.extension.RegisterExtension
    static final com.icegreen.greenmail.junit5.GreenMailExtension SMTP = new com.icegreen.greenmail.junit5.GreenMailExtension(
            new com.icegreen.greenmail.util.ServerSetup(SMTP_PORT, "127.0.0.1", "smtp")).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void sources(DynamicPropertyRegistry registry) throws IOException {
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        Path file = Files.createTempFile("repost-sources-", ".yml");
        StringBuilder yml = new StringBuilder("sources:\n");
        for (String[] s : new String[][] {
            {"a-list", "list-page", "/lists/a.html", "false"}, {"b-list", "list-page", "/lists/b.html", "false"},
            {"edit-list", "list-page", "/lists/edit.html", "false"}, {"secret-list", "list-page", "/lists/secret.html", "false"},
            {"id-list", "list-page", "/lists/id.html", "false"},
            {"review-list", "list-page", "/lists/review.html", "true"}, {"odd-list", "list-page", "/lists/odd.html", "false"},
            {"broken-list", "list-page", "/lists/broken.html", "false"}, {"slow-list", "list-page", "/lists/slow.html", "false"},
            {"big-list", "list-page", "/lists/big.html", "false"}, {"rss-feed", "rss", "/classpath/repost/feed-govcn.rss.xml", "false"},
            {"atom-feed", "atom", "/classpath/repost/feed-govcn.atom.xml", "false"}, {"bad-feed", "rss", "/classpath/repost/feed-malformed.xml", "false"},
            {"cond-list", "list-page", "/lists/cond.html", "false"}, {"stats-list", "list-page", "/lists/stats.html", "false"},
            {"cms-list", "list-page", "/lists/cms.html", "false"}, {"failing-list", "list-page", "/lists/failing.html", "false"},
            {"silent-list", "list-page", "/lists/silent.html", "false"}, {"dup-first-list", "list-page", "/lists/dup-first.html", "false"},
            {"dup-mirror-list", "list-page", "/lists/dup-mirror.html", "false"}, {"restart-list", "list-page", "/lists/restart.html", "false"},
            {"unread-list", "list-page", "/lists/unread.html", "false"}, {"cms-retry-list", "list-page", "/lists/cms-retry.html", "false"}}) {
            yml.append("  - id: ").append(s[0]).append("\n    name: 测试 ").append(s[0]).append("\n    level: ")
                    .append(s[0].startsWith("b") ? "provincial" : "central").append("\n    category: 要闻\n    kind: ").append(s[1])
                    .append("\n    url: ").append(UPSTREAM.url(s[2])).append("\n    poll-interval: 1h\n    review-required: ").append(s[3])
                    .append("\n    column: ").append(s[0].startsWith("cms-") ? "CMS栏目" : "上级要闻").append("\n").append(s[0].equals("broken-list") ? "    item-selector: \".news_box .list li\"\n" : "")
                    .append(s[0].equals("silent-list") ? "    silent-after: 1s\n" : "");
        }
        Files.writeString(file, yml);
        registry.add("hub.repost.sources-file", file::toString);
        registry.add("hub.repost.read-timeout", () -> "1500ms");
        registry.add("hub.repost.columns[0].column", () -> "CMS栏目");
        registry.add("hub.repost.columns[0].publishers", () -> "cms");
        registry.add("hub.repost.cms.url", () -> UPSTREAM.url("/cms/import"));
        registry.add("hub.repost.cms.auth-header", () -> "Bearer test-token");
    }

    @AfterAll
    static void stop() {
        UPSTREAM.close();
    }

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Queues queues;

    @Autowired
    BrokerQueues brokerQueues;

    @Autowired
    TestClock clock;

    @Autowired
    RepostProperties properties;

    @Autowired
    org.springframework.jms.core.JmsTemplate jms;

    @Autowired
    org.apache.camel.CamelContext camel;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    void shouldPublishEachDetailPageOnceAndOnlyTheNewItemOfAList() throws IOException {
        list("/lists/a.html", item(UP + "province/shanxi_sxyw_detail_2019-09-18.html", "山西品牌丝路行（南美站）正式启动", "2019-09-18"),
                item(UP + "other/yichun_city_tjgb_2022_detail_saved.html", "宜春市2022年国民经济和社会发展统计公报", "[05-16]"));

        poll("a-list");

        List<Map<String, Object>> rows = settled("a-list", 2);
        assertThat(rows).extracting(r -> r.get("title")).containsExactlyInAnyOrder(
                "山西品牌丝路行（南美站）正式启动", "宜春市2022年国民经济和社会发展统计公报");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("status")).isEqualTo("PUBLISHED"));
        String shanxi = id("a-list", "山西品牌丝路行（南美站）正式启动");
        assertThat(Files.readString(properties.dropDirectory().resolve(shanxi + "-v1.json")))
                .contains("\"column\" : \"上级要闻\"").contains("\"source\" : \"山西日报\"").contains("2019-09-18T06:23:00+08:00")
                .doesNotContain("<script");
        assertThat(rest.getForObject("/feeds/repost.atom", String.class)).contains("山西品牌丝路行（南美站）正式启动");
        assertThat(meters.get("hub.repost.items.reposted").tag("source", "a-list").counter().count()).isEqualTo(2);
        assertThat(meters.get("hub.repost.lag").tag("source", "a-list").timer().count()).isEqualTo(2);
        assertThat(meters.get("hub.repost.sla.breaches").tag("source", "a-list").counter().count()).as("items from 2019 and 2023").isEqualTo(2);
        long drops = drops();

        poll("a-list");
        settle();
        assertThat(drops()).as("a second poll publishes nothing").isEqualTo(drops);

        list("/lists/a.html", item(UP + "other/kepu_politics_detail_2023-12-01_enpproperty.html", "习近平主持召开深入推进长三角一体化发展座谈会", "（12-01）"),
                item(UP + "province/shanxi_sxyw_detail_2019-09-18.html", "山西品牌丝路行（南美站）正式启动", "2019-09-18"),
                item(UP + "other/yichun_city_tjgb_2022_detail_saved.html", "宜春市2022年国民经济和社会发展统计公报", "[05-16]"));
        poll("a-list");
        settled("a-list", 3);
        assertThat(drops()).as("only the new item is published").isEqualTo(drops + 1);
    }

    @Test
    void shouldPublishTheSameItemListedByTwoSourcesOnceForTheFirstFinder() throws IOException {
        byte[] zhejiang = FixtureServer.fixture("upstream/province/zhejiang_fgw_tzyx_detail_2016-11-22.html");
        UPSTREAM.respond("/mirror/zhejiang.html", Reply.ok("text/html", zhejiang));
        list("/lists/dup-first.html", item(UP + "province/zhejiang_fgw_tzyx_detail_2016-11-22.html", "1-10月德清县固定资产投资结构趋稳趋优", "2016年11月22日"));
        list("/lists/dup-mirror.html", item("/mirror/zhejiang.html", "1-10月德清县固定资产投资结构趋稳趋优", "2016-11-22"));

        poll("dup-first-list");
        settled("dup-first-list", 1);
        long drops = drops();
        poll("dup-mirror-list");
        settle();

        assertThat(jdbc.queryForList("select source_id from repost_item where title = ?", String.class, "1-10月德清县固定资产投资结构趋稳趋优"))
                .containsExactly("dup-first-list");
        assertThat(UPSTREAM.requests("/mirror/zhejiang.html")).as("the mirror's page was read and recognised").hasSize(1);
        assertThat(drops()).as("nothing published for the second finder").isEqualTo(drops);
    }

    @Test
    void shouldPublishNothingTwiceAfterARestartOfThePoller() throws Exception {
        list("/lists/restart.html", item("/pages/restart.html", "重启测试页", "2025-01-01"));
        UPSTREAM.respond("/pages/restart.html", Reply.ok("text/html", page("重启测试页", OffsetDateTime.now(clock).minusHours(2), "重启之前的正文。")));
        poll("restart-list");
        String id = (String) settled("restart-list", 1).get(0).get("id");
        long drops = drops();

        // The polling route stops and starts again; the HTTP cache is gone, as after a restart of the
        // hub: the list and the page are downloaded afresh, and only the ledger tells what was published.
        camel.getRouteController().stopRoute("repost-poll-restart-list");
        assertThat(camel.getRouteController().getRouteStatus("repost-poll-restart-list").isStopped()).isTrue();
        jdbc.update("delete from repost_http_cache");
        camel.getRouteController().startRoute("repost-poll-restart-list");
        assertThat(camel.getRouteController().getRouteStatus("repost-poll-restart-list").isStarted()).isTrue();
        poll("restart-list");
        settle();

        assertThat(UPSTREAM.requests("/lists/restart.html")).as("the list was read again after the restart").hasSize(2);
        assertThat(drops()).as("nothing published twice").isEqualTo(drops);
        assertThat(Files.exists(properties.dropDirectory().resolve(id + "-v2.json"))).isFalse();
        assertThat(jdbc.queryForList("select version from repost_item where source_id = 'restart-list'", Integer.class)).containsExactly(1);
        assertThat(rest.getForObject("/feeds/repost.atom", String.class).split("重启测试页", -1)).as("listed once in the feed").hasSize(2);
    }

    @Test
    void shouldRepublishAnEditedItemOnceAsTheNextVersionOfTheSameRow() throws IOException {
        OffsetDateTime published = OffsetDateTime.now(clock).minusHours(3);
        list("/lists/edit.html", item("/pages/edited.html", "县政府常务会议召开", "2025-01-01"));
        UPSTREAM.respond("/pages/edited.html", Reply.ok("text/html", page("县政府常务会议召开", published, "会议研究了防汛工作。")));
        poll("edit-list");
        String id = await().atMost(Duration.ofSeconds(20)).until(() -> idOrNull("edit-list", "县政府常务会议召开"), v -> v != null && published(v));

        UPSTREAM.respond("/pages/edited.html", Reply.ok("text/html", page("县政府常务会议召开", published, "会议研究了防汛和秋冬种工作。")));
        poll("edit-list");
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(properties.dropDirectory().resolve(id + "-v2.json")));
        poll("edit-list");
        settle();

        assertThat(jdbc.queryForObject("select count(*) from repost_item where url = ?", Long.class, UPSTREAM.url("/pages/edited.html"))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select version from repost_item where id = ?", Integer.class, id)).isEqualTo(2);
        assertThat(Files.readString(properties.dropDirectory().resolve(id + "-v2.json"))).contains("秋冬种");
        assertThat(Files.exists(properties.dropDirectory().resolve(id + "-v3.json"))).isFalse();
    }

    @Test
    void shouldHoldAMarkedItemUntilAReviewerApprovesIt() {
        list("/lists/secret.html", item("/pages/secret.html", "关于征求意见的通知", "2025-01-02"));
        UPSTREAM.respond("/pages/secret.html", Reply.ok("text/html", page("关于征求意见的通知", OffsetDateTime.now(clock).minusDays(1),
                "本文件为内部资料，请勿外传。")));
        poll("secret-list");
        Map<String, Object> held = settled("secret-list", 1).get(0);
        assertThat(held.get("status")).isEqualTo("HELD");
        assertThat((String) held.get("reason")).contains("内部资料");
        String id = (String) held.get("id");
        assertThat(Files.exists(properties.dropDirectory().resolve(id + "-v1.json"))).isFalse();

        ResponseEntity<String> approved = review(id, "approve", "{\"reason\": \"保密审查通过\"}");

        assertThat(approved.getStatusCode().value()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> published(id));
        assertThat(jdbc.queryForObject("select reviewed_by from repost_item where id = ?", String.class, id)).isEqualTo("admin");
        assertThat(review(id, "approve", "{\"reason\": \"again\"}").getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void shouldHoldAnItemHoldingACitizenIdNumberForTheReviewWithoutNamingTheNumber() {
        list("/lists/id.html", item("/pages/id.html", "关于低保对象的公示", "2025-01-03"));
        UPSTREAM.respond("/pages/id.html", Reply.ok("text/html", page("关于低保对象的公示", OffsetDateTime.now(clock).minusDays(1),
                "张三，身份证号码 11010519491231002X，家庭人口3人。")));
        poll("id-list");

        Map<String, Object> held = settled("id-list", 1).get(0);

        assertThat(held.get("status")).isEqualTo("HELD");
        assertThat(held.get("reason")).isEqualTo("contains a citizen ID number");
        assertThat(Files.exists(properties.dropDirectory().resolve(held.get("id") + "-v1.json"))).isFalse();
    }

    @Test
    void shouldHoldEveryItemOfAReviewRequiredSourceAndRecordARejection() {
        list("/lists/review.html", item(UP + "other/cmse_xwfbh_detail_2012-06-24.html", "天宫一号与神舟九号载人交会对接任务第二场新闻发布会", "2012-06-24"));
        poll("review-list");
        String id = (String) settled("review-list", 1).get(0).get("id");

        assertThat(review(id, "reject", "{\"reason\": \"非本区转载范围\"}").getStatusCode().value()).isEqualTo(200);

        Map<String, Object> row = jdbc.queryForMap("select status, reason, reviewed_by from repost_item where id = ?", id);
        assertThat(row).containsEntry("status", "REJECTED").containsEntry("reason", "非本区转载范围").containsEntry("reviewed_by", "admin");
    }

    @Test
    void shouldReadOddPagesGbkWithoutHttpCharsetGb2312DeclaredUtf8AndPagesWithoutMetadataOrDate() {
        String shanxi = new String(FixtureServer.fixture("upstream/province/shanxi_sxyw_detail_2019-09-18.html"), StandardCharsets.UTF_8)
                .replace("山西品牌丝路行（南美站）正式启动", "山西品牌丝路行（南美站）正式启动（GBK）").replaceFirst("(?i)charset=\"?utf-8\"?", "charset=gbk");
        UPSTREAM.respond("/odd/gbk.html", Reply.ok("text/html", shanxi.getBytes(Charset.forName("GBK"))));
        UPSTREAM.respond("/odd/bare.html", Reply.ok("text/html",
                "<html><body><div><p>各乡镇人民政府：现将冬季防火工作安排通知如下，请认真贯彻执行。</p></div></body></html>".getBytes(StandardCharsets.UTF_8)));
        list("/lists/odd.html", item("/odd/gbk.html", "GBK", "2019-09-18"), item(UP + "other/most_homepage_2018-03_pagesource_gb2312-declared.html", "科技部", "2018-03-15"),
                item("/odd/bare.html", "关于做好冬季防火工作的通知", "[11-24]"));

        poll("odd-list");

        List<Map<String, Object>> rows = settled("odd-list", 3);
        assertThat(rows).extracting(r -> r.get("url")).containsExactlyInAnyOrder(UPSTREAM.url("/odd/gbk.html"),
                UPSTREAM.url("/fixtures/upstream/other/most_homepage_2018-03_pagesource_gb2312-declared.html"), UPSTREAM.url("/odd/bare.html"));
        assertThat(rows).extracting(r -> r.get("title")).contains("山西品牌丝路行（南美站）正式启动（GBK）", "关于做好冬季防火工作的通知");
        assertThat(rows).filteredOn(r -> String.valueOf(r.get("url")).contains("most_homepage"))
                .singleElement().satisfies(r -> assertThat((String) r.get("body")).as("read as UTF-8, not as its declared gb2312").contains("科技"));
        assertThat(rows).filteredOn(r -> String.valueOf(r.get("url")).endsWith("/odd/bare.html"))
                .singleElement().satisfies(r -> assertThat(r.get("date_origin")).isEqualTo("list"));
    }

    @Test
    void shouldRecordBadUpstreamsWithTheirReasonAndGoOnWithOtherSources() {
        UPSTREAM.respond("/lists/broken.html", Reply.status(500));
        UPSTREAM.respond("/lists/slow.html", Reply.ok("text/html", new byte[10]).delayed(Duration.ofSeconds(3)));
        list("/lists/big.html", item("/pages/big.html", "超大页面", "2025-01-03"));
        UPSTREAM.respond("/pages/big.html", Reply.ok("text/html", new byte[5 * 1024 * 1024]));

        poll("broken-list");
        poll("slow-list");
        poll("bad-feed");
        poll("big-list");
        poll("rss-feed");

        // issue 10: a failed poll is named in words and is part of the source's state, never an item
        assertThat(lastError("broken-list")).isEqualTo("HTTP 500 Internal Server Error");
        assertThat(lastError("slow-list")).isEqualTo("timed out after 1500 ms");
        assertThat(lastError("bad-feed")).startsWith("feed cannot be read: ");
        assertThat(jdbc.queryForObject("select count(*) from repost_item where url in (?, ?, ?)", Integer.class,
                UPSTREAM.url("/lists/broken.html"), UPSTREAM.url("/lists/slow.html"), UPSTREAM.url("/classpath/repost/feed-malformed.xml")))
                .isZero();
        assertThat(jdbc.queryForMap("select status, reason from repost_item where url = ?", UPSTREAM.url("/pages/big.html")))
                .containsEntry("status", "QUARANTINED").satisfies(r -> assertThat((String) r.get("reason")).contains("larger than"));
        assertThat(settled("rss-feed", 2)).extracting(r -> r.get("status")).containsOnly("PUBLISHED");
        assertThat(sourceState("broken-list").get("consecutiveFailures").asInt()).isEqualTo(1);
        String health = rest.withBasicAuth("admin", HubTestInitializer.ADMIN_PASSWORD).getForObject("/actuator/health", String.class);
        assertThat(health).startsWith("{\"status\":\"UP\"").contains("repost:broken-list")
                .contains("poll failed 1 time(s) in a row: HTTP 500 Internal Server Error");

        list("/lists/broken.html", item(UP + "province/shanxi_sxyw_detail_2019-09-18.html", "改版后的列表", "2019-09-18"));
        poll("broken-list");
        assertThat(lastError("broken-list")).startsWith("list page " + UPSTREAM.url("/lists/broken.html") + " has no item matching ");
        assertThat(sourceState("broken-list").get("consecutiveFailures").asInt()).isEqualTo(2);
    }

    @Test
    void shouldMarkAPageWhoseExtractionFailsFailedWithTheReasonAndKeepItOnTheDeadLetterQueue() {
        // a fetched-page message without any body, as a hand-made or outdated message would be: extraction throws
        String url = UPSTREAM.url("/pages/no-body.html");
        jms.convertAndSend("repost.fetched", "{\"sourceId\":\"unread-list\",\"url\":\"" + url + "\",\"fetchedAt\":\"2025-01-05T10:00:00+08:00\"}");

        Map<String, Object> row = await().atMost(Duration.ofSeconds(30)).until(
                () -> jdbc.queryForList("select status, reason from repost_item where url = ?", url), rows -> !rows.isEmpty()).get(0);
        assertThat(row).containsEntry("status", "FAILED");
        assertThat((String) row.get("reason")).startsWith("extraction failed: NullPointerException");
        // The ledger row is written before the dead letter's transaction commits.
        await().atMost(Duration.ofSeconds(10)).until(() -> !queues.browse("repost.fetched.dlq", url).isEmpty());
        assertThat(queues.browse("repost.fetched.dlq", url)).singleElement()
                .satisfies(m -> assertThat(m.getStringProperty("HubOriginalQueue")).isEqualTo("repost.fetched"));
    }

    @Test
    void shouldMarkAnItemFailedWhenPublishingFailsForGoodAndPublishItAfterAReplay() {
        UPSTREAM.respond("/cms/import", Reply.status(500));
        String title = "芷江侗族自治县公路建设养护中心、芷江侗族自治县扶贫开发服务有限责任公司贫困县乡村基础设施建设二期项目安防工程十标成交公告";
        list("/lists/cms.html", item(UP + "other/ccgp_cjgg_detail_2021-06-10_hunan_zhijiang.html", title, "2021-06-10"));

        poll("cms-list");

        Map<String, Object> row = settledTitle(title);
        assertThat(row.get("status")).isEqualTo("FAILED");
        assertThat((String) row.get("reason")).startsWith("publishing failed: ").contains("500");
        assertThat(queues.browse("repost.publish.dlq", (String) row.get("id"))).hasSize(1);

        UPSTREAM.respond("/cms/import", Reply.status(201));
        brokerQueues.replay("repost.publish.dlq", "repost.publish");

        awaitAdvancing(() -> published((String) row.get("id")));
        assertThat(queues.browse("repost.publish.dlq", (String) row.get("id"))).isEmpty();
        assertThat(UPSTREAM.requests("/cms/import")).filteredOn(p -> (row.get("id") + ":1").equals(p.header("Idempotency-Key")))
                .last().satisfies(p -> assertThat(new String(p.body(), StandardCharsets.UTF_8)).contains(title));
    }

    @Test
    void shouldAskWithConditionalGetAndDownloadNothingWhenTheListIsUnchanged() {
        byte[] html = ("<ul>" + item(UP + "other/wanzai_county_tjsja_2022_detail_saved.html", "万载县2022年国民经济和社会发展统计公报", "2023-08-16")
                + "</ul>").getBytes(StandardCharsets.UTF_8);
        UPSTREAM.respond("/lists/cond.html", request -> "\"v1\"".equals(request.header("If-None-Match")) ? Reply.status(304)
                : new Reply(200, Map.of("Content-Type", "text/html; charset=utf-8", "ETag", "\"v1\""), html, Duration.ZERO));

        poll("cond-list");
        settled("cond-list", 1);
        poll("cond-list");

        List<FixtureServer.Request> requests = UPSTREAM.requests("/lists/cond.html");
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).header("If-None-Match")).isNull();
        assertThat(requests.get(requests.size() - 1).header("If-None-Match")).isEqualTo("\"v1\"");
    }

    @Test
    void shouldCountPublishedItemsByLevelSourceAndCategoryForTheUpstreamYear() {
        list("/lists/stats.html", item(UP + "other/nfra_xzcf_detail_selenium_dom_2024-07-12.html", "行政处罚信息公开表", "2024-07-12"));
        poll("stats-list");
        settled("stats-list", 1);

        String stats = rest.withBasicAuth("admin", HubTestInitializer.ADMIN_PASSWORD).getForObject("/api/repost/stats?year=2024", String.class);
        String items = rest.withBasicAuth("admin", HubTestInitializer.ADMIN_PASSWORD)
                .getForObject("/api/repost/items?source=stats-list&status=PUBLISHED", String.class);

        assertThat(stats).contains("{\"level\":\"CENTRAL\",\"source\":\"stats-list\",\"category\":\"要闻\",\"items\":1}");
        assertThat(rest.withBasicAuth("admin", HubTestInitializer.ADMIN_PASSWORD).getForObject("/api/repost/stats?year=2023", String.class))
                .doesNotContain("stats-list");
        assertThat(items).contains("\"publishedAt\":\"2024-07-12T17:33:00+08:00\"").contains("保险和非银机构检查局")
                .doesNotContain("\"body\"");
        assertThat(rest.getForEntity("/api/repost/items", String.class).getStatusCode().value()).as("login required").isEqualTo(401);
    }

    @Test
    void shouldPostACmsColumnsItemWithItsIdempotencyKeyAndRetryWhenTheCmsFails() {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        UPSTREAM.respond("/cms/import", request -> calls.incrementAndGet() == 1 ? Reply.status(503) : Reply.status(201));
        list("/lists/cms-retry.html", item(UP + "other/wanzai_county_tjgb_2015_detail_saved.html", "万载县2015年国民经济和社会发展统计公报", "2022-04-24"));

        poll("cms-retry-list");
        Map<String, Object> row = settledTitle("万载县2015年国民经济和社会发展统计公报");

        assertThat(row.get("status")).isEqualTo("PUBLISHED");
        List<FixtureServer.Request> posts = UPSTREAM.requests("/cms/import").stream()
                .filter(p -> (row.get("id") + ":1").equals(p.header("Idempotency-Key"))).toList();
        assertThat(posts).hasSize(2).allSatisfy(p -> {
            assertThat(p.header("Idempotency-Key")).isEqualTo(row.get("id") + ":1");
            assertThat(p.header("Authorization")).isEqualTo("Bearer test-token");
            assertThat(new String(p.body(), StandardCharsets.UTF_8)).contains("\"title\":\"万载县2015年国民经济和社会发展统计公报\"");
        });
        assertThat(Files.exists(properties.dropDirectory().resolve(row.get("id") + "-v1.json"))).as("cms only, no drop").isFalse();
        assertThat(rest.getForObject("/feeds/repost.atom", String.class)).doesNotContain("万载县2015年");
    }

    @Test
    void shouldAlertTheAdministratorsWhenASourceStaysSilentLongerThanExpected() throws Exception {
        list("/lists/silent.html", item("/pages/silent.html", "静默测试页", "2025-01-02"));
        UPSTREAM.respond("/pages/silent.html", Reply.ok("text/html", page("静默测试页", OffsetDateTime.now(clock).minusHours(1), "静默源的最后一篇。")));
        poll("silent-list");
        settled("silent-list", 1);
        poll("silent-list");
        assertThat(health()).as("within its silent-after of 1 s").doesNotContain("no new item since");

        clock.advance(Duration.ofSeconds(2));
        poll("silent-list");

        assertThat(mailWithSubject("转载源长时间无更新：")).contains("silent-list").contains("no new item since");
        assertThat(health()).contains("no new item since");
    }

    @Test
    void shouldAlertTheAdministratorsWhenASourceKeepsFailing() throws Exception {
        UPSTREAM.respond("/lists/failing.html", Reply.status(503));

        for (int i = 0; i < properties.failureAlertAfter(); i++) {
            poll("failing-list");
        }

        assertThat(mailWithSubject("转载源持续失败：")).contains("failing-list").contains("503");
    }

    @Test
    void shouldRunOnePollingRoutePerConfiguredSource() {
        for (String source : List.of("a-list", "rss-feed", "atom-feed", "broken-list")) {
            assertThat(camel.getRouteController().getRouteStatus("repost-poll-" + source).isStarted()).as(source).isTrue();
        }
    }

    /** The body of the one alert mail whose subject starts so, once it has arrived at the SMTP server. */
    private static String mailWithSubject(String prefix) {
        List<String> bodies = await().atMost(Duration.ofSeconds(20)).until(() -> java.util.Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> subject(m).startsWith(prefix)).map(RepostFlowIT::text).toList(), b -> !b.isEmpty());
        assertThat(bodies).as("one mail " + prefix).hasSize(1);
        return bodies.get(0);
    }

    private String health() {
        return rest.withBasicAuth("admin", HubTestInitializer.ADMIN_PASSWORD).getForObject("/actuator/health", String.class);
    }

    /** Waits until the condition holds, moving the clock a minute on before each look (a CMS kept shut by the outage breaker opens again). */
    private void awaitAdvancing(java.util.concurrent.Callable<Boolean> condition) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            clock.advance(Duration.ofMinutes(1));
            return condition.call();
        });
    }

    private static String text(jakarta.mail.internet.MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (jakarta.mail.MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private void list(String path, String... items) {
        String html = "<html><head><meta charset=\"utf-8\"><title>列表</title></head><body><div class=\"list\"><ul>\n"
                + String.join("\n", items) + "\n</ul></div><div class=\"footer\"><a href=\"/about.html\">关于我们</a></div></body></html>";
        UPSTREAM.respond(path, Reply.ok("text/html", html.getBytes(StandardCharsets.UTF_8)));
    }

    private static String item(String href, String title, String date) {
        return "<li><a href=\"" + href + "\" title=\"" + title + "\" target=\"_blank\">" + title + "</a><span>" + date + "</span></li>";
    }

    /** A detail page in the shape of the recorded provincial pages: standard metadata and a TRS_Editor body. */
    static byte[] page(String title, OffsetDateTime published, String text) {
        return ("<html><head><meta charset=\"utf-8\"><meta name=\"ArticleTitle\" content=\"" + title + "\">"
                + "<meta name=\"PubDate\" content=\"" + published.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + "\">"
                + "<meta name=\"ContentSource\" content=\"县政府办公室\"><title>" + title + "</title></head><body>"
                + "<div class=\"TRS_Editor\"><p>" + text + "</p><script>track()</script></div>"
                + "<div class=\"footer\">页面生成时间 " + published + "</div></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    private void poll(String source) {
        ResponseEntity<String> response = rest.withBasicAuth("admin", HubTestInitializer.ADMIN_PASSWORD)
                .postForEntity("/api/repost/sources/" + source + "/poll", null, String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(202);
    }

    private ResponseEntity<String> review(String id, String decision, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth("admin", HubTestInitializer.ADMIN_PASSWORD)
                .postForEntity("/api/repost/items/" + id + "/" + decision, new HttpEntity<>(body, headers), String.class);
    }

    /** Waits until the stage queues are empty and the source has ledger rows, all settled; there must be exactly {@code count}. */
    private List<Map<String, Object>> settled(String source, int count) {
        List<Map<String, Object>> rows = await().atMost(Duration.ofSeconds(30)).until(() -> {
            settle();
            return jdbc.queryForList("select * from repost_item where source_id = ? and status <> 'QUEUED' and url not like '%/lists/%'", source);
        }, found -> found.size() >= count);
        assertThat(rows).as("ledger rows of " + source).hasSize(count);
        return rows;
    }

    /** The row of the item with this title once it is no longer on its way to the publishers. */
    private Map<String, Object> settledTitle(String title) {
        awaitAdvancing(() -> drained() && !jdbc.queryForList("select id from repost_item where title = ? and status <> 'QUEUED'",
                String.class, title).isEmpty());
        return jdbc.queryForMap("select * from repost_item where title = ?", title);
    }

    /** Waits until the stage queues are empty (the clock stands still: a source's silence is measured on it). */
    private void settle() {
        await().atMost(Duration.ofSeconds(30)).until(this::drained);
    }

    private boolean drained() {
        return Stream.of("repost.fetched", "repost.extracted", "repost.publish").allMatch(q -> queues.depth(q) == 0);
    }

    private com.fasterxml.jackson.databind.JsonNode sourceState(String source) {
        com.fasterxml.jackson.databind.JsonNode sources = org.egovhub.testing.Api.json(rest.withBasicAuth("admin",
                HubTestInitializer.ADMIN_PASSWORD).getForObject("/api/repost/sources", String.class));
        return java.util.stream.StreamSupport.stream(sources.spliterator(), false).filter(s -> s.get("id").asText().equals(source))
                .findFirst().orElseThrow();
    }

    private String lastError(String source) {
        return sourceState(source).get("lastError").asText();
    }

    private String id(String source, String title) {
        return jdbc.queryForObject("select id from repost_item where source_id = ? and title = ?", String.class, source, title);
    }

    private String idOrNull(String source, String title) {
        List<String> ids = jdbc.queryForList("select id from repost_item where source_id = ? and title = ?", String.class, source, title);
        return ids.isEmpty() ? null : ids.get(0);
    }

    private boolean published(String id) {
        return "PUBLISHED".equals(jdbc.queryForObject("select status from repost_item where id = ?", String.class, id));
    }

    private long drops() throws IOException {
        Files.createDirectories(properties.dropDirectory());
        try (Stream<Path> files = Files.list(properties.dropDirectory())) {
            return files.filter(f -> f.toString().endsWith(".json")).count();
        }
    }

    static {
        // fail fast rather than hang if the fixtures are missing
        if (!Files.isDirectory(FixtureServer.fixturesDir())) {
            throw new UncheckedIOException(new IOException("fixtures not found at " + FixtureServer.fixturesDir().toAbsolutePath()));
        }
    }
}
