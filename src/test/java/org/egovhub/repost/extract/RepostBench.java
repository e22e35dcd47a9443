package org.egovhub.repost.extract;

import org.egovhub.repost.source.SourceCatalogTest;
import org.egovhub.repost.fetch.FetchedPage;
import org.egovhub.repost.fetch.UpstreamFetcher;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * run, pass by pass, with the extraction's own work per page in milliseconds; (2) bytes downloaded
 * per idle poll cycle with and without conditional GET.
 */
public final class RepostBench {

    static final String[] DETAILS = {
        "govcn/govcn_gongbao_2007-23_detail.html", "province/shanxi_sxyw_detail_2019-09-18.html",
        "province/zhejiang_fgw_tzyx_detail_2016-11-22.html", "other/yichun_city_tjgb_2022_detail_saved.html",
        "other/wanzai_county_tjgb_2015_detail_saved.html", "other/wanzai_county_tjsja_2022_detail_saved.html",
        "other/nfra_xzcf_detail_selenium_dom_2024-07-12.html", "other/cmse_xwfbh_detail_2012-06-24.html",
        "other/kepu_politics_detail_2023-12-01_enpproperty.html", "other/ccgp_cjgg_detail_2021-06-10_hunan_zhijiang.html"};

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

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
        // warm-up, then rounds in which passes over all pages alternate between the bare parse and the
        // extraction, so that both see the same JIT state and machine load; the ratio is taken per round
        // and its median reported. Each pass is timed by the wall clock and by this thread's CPU time:
        // on a machine shared with other work the CPU time leaves out the time the thread waited to run.
        // Warm-up: -Dbench.warmup=seconds, default 10.
        round(pages, Integer.getInteger("bench.warmup", 10), 0);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        double[][] rates = new double[4][rounds]; // parse wall, extraction wall, parse CPU, extraction CPU
        double[] wallRatios = new double[rounds];
        double[] cpuRatios = new double[rounds];
        double[] ownWall = new double[rounds];
        double[] ownCpu = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            double[] round = round(pages, seconds, r);
            for (int k = 0; k < 4; k++) {
                rates[k][r] = round[k];
            }
            wallRatios[r] = round[1] / round[0];
            cpuRatios[r] = round[3] / round[2];
            ownWall[r] = 1000 / round[1] - 1000 / round[0];
            ownCpu[r] = 1000 / round[3] - 1000 / round[2];
        }
        double parseRate = median(rates[0]);
        double extractRate = median(rates[1]);
        System.out.printf("bare Jsoup.parse: %.1f pages/s (%.1f MB/s), %.1f pages/s of CPU time; median of %d rounds of %d s%n", parseRate,
                parseRate * totalBytes / pages.size() / 1e6, median(rates[2]), rounds, seconds);
        System.out.printf("DetailExtractor : %.1f pages/s (%.1f MB/s), %.1f pages/s of CPU time%n", extractRate,
                extractRate * totalBytes / pages.size() / 1e6, median(rates[3]));
        System.out.printf("ratio extraction / bare parse: median %.2f, rounds %.2f to %.2f (goal >= 0.70)%n", median(wallRatios), min(wallRatios),
                max(wallRatios));
        System.out.printf("ratio by CPU time: median %.2f, rounds %.2f to %.2f%n", median(cpuRatios), min(cpuRatios), max(cpuRatios));
        System.out.printf("own work per page (extraction less bare parse): median %.3f ms (CPU time %.3f ms); bare parse %.3f ms (CPU %.3f ms)%n",
                median(ownWall), median(ownCpu), 1000 / parseRate, 1000 / median(rates[2]));
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

    static double min(double[] values) {
        return java.util.Arrays.stream(values).min().orElse(Double.NaN);
    }

    static double max(double[] values) {
        return java.util.Arrays.stream(values).max().orElse(Double.NaN);
    }

    /**
     * Passes over all pages for {@code seconds}, bare parse and extraction alternating which goes
     * first; pages per second of each by wall clock and by CPU time: {parse, extraction, parse CPU, extraction CPU}.
     */
    static double[] round(List<byte[]> pages, int seconds, int seed) throws IOException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long[] wall = new long[2];
        long[] cpu = new long[2];
        long passes = 0;
        long sink = 0;
        for (int pass = seed; System.nanoTime() < end; pass++) {
            for (int k = 0; k < 2; k++) {
                boolean extract = (pass + k) % 2 == 1;
                long startWall = System.nanoTime();
                long startCpu = THREADS.getCurrentThreadCpuTime();
                for (byte[] bytes : pages) {
                    sink += extract ? DetailExtractor.extractWith(new FetchedPage("bench", "http://www.gov.cn/a/content_1.htm", bytes, "text/html",
                            null, null, null, OffsetDateTime.now()), null).title().length()
                            : Jsoup.parse(new ByteArrayInputStream(bytes), null, "http://www.gov.cn/a/content_1.htm").title().length();
                }
                cpu[extract ? 1 : 0] += THREADS.getCurrentThreadCpuTime() - startCpu;
                wall[extract ? 1 : 0] += System.nanoTime() - startWall;
            }
            passes++;
        }
        if (sink == 42) {
            System.out.print("");
        }
        double done = passes * pages.size();
        return new double[] {done / (wall[0] / 1e9), done / (wall[1] / 1e9), done / (cpu[0] / 1e9), done / (cpu[1] / 1e9)};
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
            UpstreamFetcher fetcher = new UpstreamFetcher(SourceCatalogTest.properties(java.nio.file.Path.of("x")), new NamedParameterJdbcTemplate(db), java.time.Clock.systemUTC());
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
