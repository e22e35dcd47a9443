package org.egovhub.repost.extract;

import org.egovhub.repost.source.SourceCatalogTest;
import org.egovhub.repost.fetch.FetchedPage;
import org.egovhub.repost.fetch.UpstreamFetcher;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.egovhub.testing.FixtureServer;
import org.egovhub.testing.FixtureServer.Reply;
import org.flywaydb.core.Flyway;
import org.jsoup.Jsoup;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Repost benchmarks, run by {@code bench/repost.sh} (not a test): (1) detail extraction throughput
 * over the recorded detail pages next to a bare {@code Jsoup.parse} of the same bytes, in the same
 * run, interleaved; (2) bytes downloaded per idle poll cycle with and without conditional GET.
 */
public final class RepostBench {

    static final String[] DETAILS = {
        "govcn/govcn_gongbao_2007-23_detail.html", "province/shanxi_sxyw_detail_2019-09-18.html",
        "province/zhejiang_fgw_tzyx_detail_2016-11-22.html", "other/yichun_city_tjgb_2022_detail_saved.html",
        "other/wanzai_county_tjgb_2015_detail_saved.html", "other/wanzai_county_tjsja_2022_detail_saved.html",
        "other/nfra_xzcf_detail_selenium_dom_2024-07-12.html", "other/cmse_xwfbh_detail_2012-06-24.html",
        "other/kepu_politics_detail_2023-12-01_enpproperty.html", "other/ccgp_cjgg_detail_2021-06-10_hunan_zhijiang.html"};

    private RepostBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<byte[]> pages = new ArrayList<>();
        long totalBytes = 0;
        for (String d : DETAILS) {
            byte[] bytes = FixtureServer.fixture("upstream/" + d);
            pages.add(bytes);
            totalBytes += bytes.length;
        }
        System.out.printf("Detail pages: %d, %d bytes in all%n", pages.size(), totalBytes);
        // warm-up, then interleaved rounds so both see the same JIT and machine load; the ratio is
        // taken per round (a parse round and the extraction round right after it) and its median reported
        rate(pages, false, 3);
        rate(pages, true, 3);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        double[] parse = new double[rounds];
        double[] extract = new double[rounds];
        double[] ratios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            parse[round] = rate(pages, false, seconds);
            extract[round] = rate(pages, true, seconds);
            ratios[round] = extract[round] / parse[round];
        }
        double parseRate = median(parse);
        double extractRate = median(extract);
        System.out.printf("bare Jsoup.parse: %.1f pages/s (%.1f MB/s), median of %d rounds of %d s%n", parseRate,
                parseRate * totalBytes / pages.size() / 1e6, rounds, seconds);
        System.out.printf("DetailExtractor : %.1f pages/s (%.1f MB/s)%n", extractRate, extractRate * totalBytes / pages.size() / 1e6);
        double[] sorted = ratios.clone();
        java.util.Arrays.sort(sorted);
        System.out.printf("ratio extraction / bare parse: median %.2f, rounds %.2f to %.2f (goal >= 0.80)%n", median(ratios), sorted[0],
                sorted[rounds - 1]);
        if (!List.of(args).contains("--no-idle")) {
            idlePollBytes();
        }
        System.exit(0); // the fixture server's worker threads would keep the JVM alive
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double rate(List<byte[]> pages, boolean extract, int seconds) throws IOException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        long done = 0;
        long sink = 0;
        while (System.nanoTime() < end) {
            for (byte[] bytes : pages) {
                if (extract) {
                    sink += DetailExtractor.extractWith(new FetchedPage("bench", "http://www.gov.cn/a/content_1.htm", bytes, "text/html",
                            null, null, null, OffsetDateTime.now()), null).title().length();
                } else {
                    sink += Jsoup.parse(new ByteArrayInputStream(bytes), null, "http://www.gov.cn/a/content_1.htm").title().length();
                }
                done++;
            }
        }
        if (sink == 42) {
            System.out.print("");
        }
        return done / ((System.nanoTime() - start) / 1e9);
    }

    /** An idle cycle: the list and the young items' detail pages, all unchanged upstream. */
    static void idlePollBytes() throws Exception {
        try (FixtureServer server = FixtureServer.start()) {
            StringBuilder list = new StringBuilder("<ul>");
            for (String d : DETAILS) {
                String path = "/fixtures/upstream/" + d;
                byte[] bytes = FixtureServer.fixture("upstream/" + d);
                server.respond(path, r -> ("\"" + d.hashCode() + "\"").equals(r.header("If-None-Match")) ? Reply.status(304)
                        : new Reply(200, Map.of("Content-Type", "text/html", "ETag", "\"" + d.hashCode() + "\""), bytes, Duration.ZERO));
                list.append("<li><a href=\"").append(path).append("\">x</a><span>2025-01-01</span></li>");
            }
            byte[] listBytes = list.append("</ul>").toString().getBytes(StandardCharsets.UTF_8);
            server.respond("/list.html", r -> "\"list\"".equals(r.header("If-None-Match")) ? Reply.status(304)
                    : new Reply(200, Map.of("Content-Type", "text/html", "ETag", "\"list\""), listBytes, Duration.ZERO));
            DataSource db = new DriverManagerDataSource("jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
            Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
            UpstreamFetcher fetcher = new UpstreamFetcher(SourceCatalogTest.properties(java.nio.file.Path.of("x")), new NamedParameterJdbcTemplate(db));
            List<String> urls = new ArrayList<>(List.of(server.url("/list.html")));
            for (String d : DETAILS) {
                urls.add(server.url("/fixtures/upstream/" + d));
            }
            for (boolean conditional : new boolean[] {false, true}) {
                for (String url : urls) {
                    fetcher.get(url, conditional); // first cycle, fills the validators
                }
                long bytes = 0;
                for (String url : urls) {
                    bytes += fetcher.get(url, conditional).bytesRead();
                }
                System.out.printf("idle poll cycle (list + %d recent detail pages), conditional GET %s: %d body bytes downloaded%n",
                        DETAILS.length, conditional ? "on " : "off", bytes);
            }
        }
    }
}
