package org.egovhub.repost.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.egovhub.alert.Alerts;
import org.egovhub.platform.UpstreamHealth;
import org.egovhub.repost.RepostMetrics;
import org.egovhub.repost.RepostProperties;
import org.egovhub.repost.ledger.RepostLedger;
import org.egovhub.repost.source.SourceCatalog;
import org.egovhub.repost.source.SourceCatalogTest;
import org.egovhub.repost.source.TestSources;
import org.egovhub.testing.FixtureServer;
import org.egovhub.testing.HubTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Issue 10: a failed poll names its root cause in words, is part of the source's state (never an
 * item), and failures in a row and the last success survive a restart of the poller.
 */
@HubTest
class RepostPollerStateTest {

    static final FixtureServer UPSTREAM = FixtureServer.start();
    static final Instant T0 = Instant.parse("2026-11-27T00:30:00Z");

    @Autowired
    RepostLedger ledger;

    @Autowired
    UpstreamHealth health;

    @Autowired
    Alerts alerts;

    @Autowired
    RepostMetrics metrics;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NamedParameterJdbcTemplate named;

    @Autowired
    ZoneId zone;

    @TempDir
    Path dir;

    RepostProperties properties;
    SourceCatalog catalog;
    String downUrl;

    @BeforeEach
    void sources() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            closedPort = socket.getLocalPort();
        }
        downUrl = "http://127.0.0.1:" + closedPort + "/list.html";
        Path file = dir.resolve("sources.yml");
        Files.writeString(file, """
                sources:
                  - id: state-down
                    name: 停机源
                    level: central
                    category: 要闻
                    kind: list-page
                    url: %s
                    poll-interval: 1h
                    column: 上级要闻
                  - id: state-up
                    name: 正常源
                    level: central
                    category: 要闻
                    kind: rss
                    url: %s
                    poll-interval: 1h
                    column: 上级要闻
                """.formatted(downUrl, UPSTREAM.url("/classpath/repost/feed-govcn.rss.xml")));
        properties = SourceCatalogTest.properties(file);
        catalog = TestSources.catalog(properties);
    }

    @AfterAll
    static void stop() {
        UPSTREAM.close();
    }

    @Test
    void shouldKeepFailuresInARowAndTheLastSuccessAcrossARestartAndNeverListAFailedPollAsAnItem() {
        RepostPoller before = poller(T0);

        before.pollNow("state-down");
        before.pollNow("state-down");
        assertThat(before.pollNow("state-up").outgoing()).isNotEmpty();

        OffsetDateTime t0 = OffsetDateTime.ofInstant(T0, zone);
        SourceState down = before.state("state-down").orElseThrow();
        assertThat(down.lastError()).isEqualTo("connection refused");
        assertThat(down.consecutiveFailures()).isEqualTo(2);
        assertThat(down.lastPollAt()).isEqualTo(t0);
        assertThat(down.lastSuccessAt()).isNull();
        assertThat(down.nextPollAt()).isEqualTo(t0.plusHours(1));
        assertThat(before.state("state-up").orElseThrow().lastSuccessAt()).isEqualTo(t0);
        assertThat(jdbc.queryForObject("select count(*) from repost_item where url = ?", Integer.class, downUrl)).isZero();

        RepostPoller after = poller(T0.plusSeconds(60));

        SourceState restored = after.state("state-down").orElseThrow();
        assertThat(restored.consecutiveFailures()).isEqualTo(2);
        assertThat(restored.lastError()).isEqualTo("connection refused");
        assertThat(restored.nextPollAt()).isEqualTo(t0.plusHours(1));
        assertThat(after.state("state-up").orElseThrow().lastSuccessAt()).isEqualTo(t0);
        assertThat(health.states().get("repost:state-down").reachable()).isFalse();
        assertThat(health.states().get("repost:state-down").detail()).isEqualTo("poll failed 2 time(s) in a row: connection refused");
        assertThat(after.poll("state-down").outgoing()).as("still backing off after the restart").isEmpty();
        assertThat(after.state("state-down").orElseThrow().consecutiveFailures()).isEqualTo(2);
    }

    @Test
    void shouldNameAnHttpStatusAndAnAnswerThatTakesTooLong() {
        UPSTREAM.respond("/state/slow.html", FixtureServer.Reply.ok("text/html", new byte[10]).delayed(java.time.Duration.ofSeconds(3)));
        RepostPoller poller = poller(T0);

        assertThat(poller.describe(new IllegalStateException(org.egovhub.platform.Failures.httpStatus(503))))
                .isEqualTo("HTTP 503 Service Unavailable");
        UpstreamFetcher fetcher = new UpstreamFetcher(properties, named, Clock.fixed(T0, zone));
        Exception timeout = null;
        try {
            fetcher.get(UPSTREAM.url("/state/slow.html"), false);
        } catch (Exception e) {
            timeout = e;
        }
        assertThat(poller.describe(timeout)).as("read timeout of the test properties").isEqualTo("timed out after 2 s");
    }

    private RepostPoller poller(Instant now) {
        return new RepostPoller(catalog, new UpstreamFetcher(properties, named, Clock.fixed(T0, zone)), ledger, properties, health, alerts, metrics,
                new SourceStates(jdbc, zone), Clock.fixed(now, zone));
    }
}
