package org.egovhub.repost;

import org.egovhub.platform.pages.PublishDates;
import org.egovhub.repost.fetch.RepostPoller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.stream.Stream;
import org.egovhub.HubApplication;
import org.egovhub.testing.FixtureServer;
import org.egovhub.testing.FixtureServer.Reply;
import org.egovhub.testing.FreePort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real restart: the whole hub is stopped and started again on the same data folder (H2 file
 * database and broker journal), with every in-memory state gone. The item it published before the
 * restart is not published again; a new item listed after the restart is.
 */
class RepostRestartIT {

    static final FixtureServer UPSTREAM = FixtureServer.start();

    @TempDir
    Path dataDir;

    @AfterAll
    static void stop() {
        UPSTREAM.close();
    }

    @Test
    void shouldPublishNothingTwiceAcrossARestart() throws IOException {
        UPSTREAM.respond("/restart/one.html", Reply.ok("text/html",
                RepostFlowIT.page("重启前的文章", OffsetDateTime.now(PublishDates.ZONE).minusHours(3), "重启之前发布的正文。")));
        UPSTREAM.respond("/restart/two.html", Reply.ok("text/html",
                RepostFlowIT.page("重启后的新文章", OffsetDateTime.now(PublishDates.ZONE).minusHours(1), "重启之后才列出的正文。")));
        list(item("/restart/one.html", "重启前的文章"));
        Path sources = dataDir.resolve("sources.yml");
        Files.writeString(sources, """
                sources:
                  - id: restart-list
                    name: 重启测试
                    level: central
                    category: 要闻
                    kind: list-page
                    url: %s
                    poll-interval: 1h
                    review-required: false
                    column: 上级要闻
                """.formatted(UPSTREAM.url("/restart/list.html")));

        Path first;
        String firstContent;
        java.nio.file.attribute.FileTime firstWritten;
        try (ConfigurableApplicationContext hub = start(sources)) {
            awaitDrops(hub, 1);
            first = drops(dropDirectory()).get(0);
            firstContent = Files.readString(first);
            firstWritten = Files.getLastModifiedTime(first);
        }

        list(item("/restart/one.html", "重启前的文章"), item("/restart/two.html", "重启后的新文章"));
        try (ConfigurableApplicationContext hub = start(sources)) {
            awaitDrops(hub, 2);
            JdbcTemplate jdbc = hub.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("select title from repost_item where source_id = 'restart-list' order by title", String.class))
                    .containsExactly("重启前的文章", "重启后的新文章");
            assertThat(jdbc.queryForObject("select max(version) from repost_item where source_id = 'restart-list'", Integer.class))
                    .isEqualTo(1);
        }
        assertThat(drops(dropDirectory())).hasSize(2);
        // Republishing would have rewritten the first drop (new repostedAt, new file time).
        assertThat(Files.readString(first)).isEqualTo(firstContent).contains("重启前的文章");
        assertThat(Files.getLastModifiedTime(first)).isEqualTo(firstWritten);
    }

    private ConfigurableApplicationContext start(Path sources) {
        return new SpringApplicationBuilder(HubApplication.class).profiles("test").run(
                "--hub.data-dir=" + dataDir, "--server.port=0", "--hub.broker.port=" + FreePort.find(),
                "--hub.repost.sources-file=" + sources, "--hub.repost.start-delay=0s", "--hub.repost.host-delay=0s");
    }

    private void awaitDrops(ConfigurableApplicationContext hub, int expected) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(drops(dropDirectory())).hasSize(expected));
        // A moment more would publish a duplicate if one were coming: the poll is done once its state says so.
        RepostPoller poller = hub.getBean(RepostPoller.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> poller.state("restart-list")
                .map(s -> s.lastSuccessAt() != null).orElse(false));
    }

    private Path dropDirectory() {
        return dataDir.resolve("repost/out");
    }

    private static java.util.List<Path> drops(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".json")).toList();
        }
    }

    private static void list(String... items) {
        String html = "<html><head><meta charset=\"utf-8\"><title>列表</title></head><body><div class=\"list\"><ul>\n"
                + String.join("\n", items) + "\n</ul></div></body></html>";
        UPSTREAM.respond("/restart/list.html", Reply.ok("text/html", html.getBytes(StandardCharsets.UTF_8)));
    }

    private static String item(String href, String title) {
        return "<li><a href=\"" + href + "\">" + title + "</a><span>" + java.time.LocalDate.now(PublishDates.ZONE) + "</span></li>";
    }
}
