package org.egovhub.sitehealth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.egovhub.testing.FixtureServer;
import org.egovhub.testing.FixtureServer.Reply;

/**
 * A test site from {@code src/test/resources/sitehealth/<name>/} on a {@link FixtureServer}, with
 * its robots.txt, the scripted broken answers (500, slow, redirect loop, soft 404) and a second
 * server for external links. See {@code sitehealth/SOURCES.md}.
 */
final class LocalSite implements AutoCloseable {

    final FixtureServer site = FixtureServer.start();
    final FixtureServer external = FixtureServer.start();
    final String deadUrl = "http://127.0.0.1:" + freePort();
    /** While set, the homepage ({@code /index.html}) answers 503. */
    final java.util.concurrent.atomic.AtomicBoolean homepageDown = new java.util.concurrent.atomic.AtomicBoolean();

    LocalSite(String name) {
        Path dir = resources(name);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String served = "/" + file.getFileName().toString().replaceFirst("-", "/");
                byte[] body = Files.readString(file, StandardCharsets.UTF_8).replace("{{EXT}}", external.baseUrl())
                        .replace("{{DEAD}}", deadUrl).getBytes(StandardCharsets.UTF_8);
                Reply page = Reply.ok("text/html; charset=utf-8", body);
                if (served.equals("/index.html")) {
                    site.respond("/", page);
                    site.respond(served, request -> homepageDown.get() ? Reply.status(503) : page);
                } else {
                    site.respond(served, page);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        site.respond("/robots.txt", Reply.ok("text/plain", "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8)));
        site.respond("/err/500", Reply.status(500));
        site.respond("/err/slow", Reply.ok("text/html", "<title>慢</title>".getBytes(StandardCharsets.UTF_8)).delayed(Duration.ofSeconds(3)));
        site.respond("/err/loop", new Reply(302, Map.of("Location", "/err/loop2"), new byte[0], Duration.ZERO));
        site.respond("/err/loop2", new Reply(302, Map.of("Location", "/err/loop"), new byte[0], Duration.ZERO));
        site.respond("/err/gone.html", Reply.ok("text/html; charset=utf-8",
                "<html><head><title>页面不存在</title></head><body>对不起，您访问的页面不存在。</body></html>".getBytes(StandardCharsets.UTF_8)));
        external.respond("/ext/ok.html", Reply.ok("text/html; charset=utf-8",
                "<html><head><title>湖南省人民政府</title></head><body><a href=\"/ext/deeper.html\">更多</a></body></html>"
                        .getBytes(StandardCharsets.UTF_8)));
    }

    /** The site file for this site, with the given extra lines under {@code site:}. */
    String siteFile(int pageBudget) {
        String base = site.baseUrl();
        return """
                site:
                  root: %1$s/index.html
                  hosts: [127.0.0.1:%2$d]
                  host-delay: 0s
                  concurrency: 4
                  page-budget: %3$d
                columns:
                  - {name: 雁峰动态, url: %1$s/ywdt/index.html, kind: news}
                  - {name: 工作动态, url: %1$s/gzdt/index.html, kind: news}
                  - {name: 部门动态, url: %1$s/bmdt/index.html, kind: news}
                  - {name: 政策文件, url: %1$s/zcwj/index.html, kind: policy}
                  - {name: 通知公告, url: %1$s/tzgg/index.html, kind: notice}
                  - {name: 专题A, url: %1$s/ztzl/a.html, kind: other}
                  - {name: 专题B, url: %1$s/ztzl/b.html, kind: other}
                wording:
                  protected:
                    - term: 杜家毫
                    - term: 中华人民共和国
                  common:
                    - {wrong: 既使, right: 即使}
                """.formatted(base, Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), pageBudget);
    }

    static Path resources(String name) {
        try {
            return Paths.get(LocalSite.class.getResource("/sitehealth/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> pathsAsked() {
        return site.requests().stream().map(FixtureServer.Request::path).toList();
    }

    @Override
    public void close() {
        site.close();
        external.close();
    }
}
