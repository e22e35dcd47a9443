package org.egovhub.sitehealth;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import org.egovhub.sitehealth.check.ConfusionSet;
import org.egovhub.sitehealth.check.Finding;
import org.egovhub.sitehealth.check.SiteCheck;
import org.egovhub.sitehealth.check.SiteReport;
import org.egovhub.sitehealth.crawl.HostPacer;
import org.egovhub.sitehealth.crawl.PageCache;
import org.egovhub.testing.FixtureServer;
import org.egovhub.testing.FixtureServer.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad inputs: each gives one clear line and a finding, and the run ends. */
class SiteBadInputTest {

    @TempDir
    Path dir;

    @Test
    void shouldQuarantineAPageOverFiveMegabytesUnread() throws Exception {
        try (FixtureServer server = FixtureServer.start()) {
            server.respond("/index.html", Reply.ok("text/html; charset=utf-8",
                    "<html><body><a href=\"/big.html\">大页面</a></body></html>".getBytes(StandardCharsets.UTF_8)));
            byte[] big = new byte[6 * 1024 * 1024];
            java.util.Arrays.fill(big, (byte) 'a');
            server.respond("/big.html", Reply.ok("text/html", big));
            SiteReport report = run(site(server.baseUrl(), 100));
            String url = server.url("/big.html");
            assertThat(report.findings()).containsExactly(Finding.page("oversized-page", url));
            assertThat(report.notes()).containsExactly("页面 " + url + " 超过 5 MB，已隔离，未读取");
        }
    }

    @Test
    void shouldDecodeAGbkPageThatDeclaresNoCharsetAndCheckIt() throws Exception {
        try (FixtureServer server = FixtureServer.start()) {
            server.respond("/index.html", Reply.ok("text/html; charset=utf-8",
                    "<html><body><a href=\"/gbk.html\">通知</a></body></html>".getBytes(StandardCharsets.UTF_8)));
            server.respond("/gbk.html", Reply.ok("text/html", "<html><head><title>关于春耕的通知</title></head><body><p>既使天气不好，也要抓好春耕。</p></body></html>"
                    .getBytes(Charset.forName("GBK"))));
            SiteReport report = run(site(server.baseUrl(), 100));
            String url = server.url("/gbk.html");
            assertThat(report.findings()).containsExactly(
                    Finding.wording(url, "既使", "即使", "关于春耕的通知\n既使天气不好，也要抓好春", false),
                    Finding.page("undeclared-charset", url));
            assertThat(report.notes()).containsExactly("页面 " + url + " 未声明字符集，已按备用顺序（UTF-8、GB18030）解码并检查");
        }
    }

    @Test
    void shouldStopAnEndlessCalendarAtThePageBudgetAndSaySo() throws Exception {
        HttpServer calendar = server(path -> {
            int month = Integer.parseInt(path.replaceAll("\\D", "").isEmpty() ? "0" : path.replaceAll("\\D", ""));
            return new Answer(200, "<html><body><a href=\"/cal/" + (month + 1) + ".html\">下月</a> <a href=\"/cal/" + (month + 2)
                    + ".html\">再下月</a></body></html>");
        });
        try {
            String base = "http://127.0.0.1:" + calendar.getAddress().getPort();
            SiteReport report = run(site(base, 20).replace(base + "/index.html", base + "/cal/0.html"));
            assertThat(report.pagesCrawled()).isEqualTo(20);
            assertThat(report.findings()).containsExactly(Finding.pageBudget(20));
            assertThat(report.notes()).hasSize(1).first().asString().startsWith("已达页面预算 20 页，抓取停止，另有 ");
        } finally {
            calendar.stop(0);
        }
    }

    @Test
    void shouldEndWithOneLineWhenTheSiteAnswers503ToEverything() throws Exception {
        HttpServer down = server(path -> new Answer(503, "<html><body>服务暂不可用</body></html>"));
        try {
            String base = "http://127.0.0.1:" + down.getAddress().getPort();
            SiteReport report = run(site(base, 100));
            String root = base + "/index.html";
            assertThat(report.findings()).containsExactly(Finding.unreachable(root, 503), Finding.brokenLink(root, null, 503));
            assertThat(report.notes()).containsExactly("网站首页 " + root + " 返回 503，站点无法抓取，本次检查结束");
            assertThat(report.pagesCrawled()).isEqualTo(1);
        } finally {
            down.stop(0);
        }
    }

    @Test
    void shouldTimeOutAPageThatStallsAfterItsHeaders() throws Exception {
        HttpServer stalling = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        stalling.createContext("/", exchange -> {
            try (exchange) {
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                if (exchange.getRequestURI().getPath().equals("/stall.html")) {
                    exchange.sendResponseHeaders(200, 0);
                    OutputStream out = exchange.getResponseBody();
                    out.write("<html><body>".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    release.await(30, java.util.concurrent.TimeUnit.SECONDS); // never sends the rest while the test runs
                    return;
                }
                byte[] body = "<html><body><a href=\"/stall.html\">慢页面</a></body></html>".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/index.html") ? 200 : 404, body.length);
                exchange.getResponseBody().write(body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        stalling.setExecutor(Executors.newFixedThreadPool(4));
        stalling.start();
        try {
            String base = "http://127.0.0.1:" + stalling.getAddress().getPort();
            SiteReport report = run(site(base, 100));
            assertThat(report.findings()).containsExactly(Finding.brokenLink(base + "/stall.html", base + "/index.html", "timeout"));
        } finally {
            release.countDown();
            stalling.stop(0);
        }
    }

    private record Answer(int status, String body) {
    }

    private static HttpServer server(java.util.function.Function<String, Answer> answers) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        http.createContext("/", exchange -> {
            try (exchange) {
                Answer answer = answers.apply(exchange.getRequestURI().getPath());
                byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                boolean head = exchange.getRequestMethod().equals("HEAD");
                exchange.sendResponseHeaders(answer.status(), head ? -1 : body.length);
                if (!head) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            }
        });
        http.setExecutor(Executors.newFixedThreadPool(4));
        http.start();
        return http;
    }

    private static String site(String base, int budget) {
        return """
                site:
                  root: %1$s/index.html
                  hosts: [%2$s]
                  host-delay: 0s
                  page-budget: %3$d
                wording:
                  common:
                    - {wrong: 既使, right: 即使}
                """.formatted(base, base.substring("http://".length()), budget);
    }

    private SiteReport run(String siteFile) throws IOException, InterruptedException {
        Path file = Files.writeString(dir.resolve("site-" + System.nanoTime() + ".yml"), siteFile);
        return new SiteCheck(SiteFiles.read(file), SiteCheckTest.SETTINGS, SiteCheckTest.CLOCK, new HostPacer(System::nanoTime, d -> { }),
                new PageCache(), ConfusionSet.shipped()).run();
    }
}
