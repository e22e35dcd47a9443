package org.egovhub.repost.ledger;

import org.egovhub.repost.fetch.ListReaderTest;
import org.egovhub.platform.pages.PublishDates;
import org.egovhub.repost.extract.RepostItem;
import org.egovhub.repost.source.Source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.egovhub.testing.PostgresDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The repost migration runs unchanged on PostgreSQL, and two hub nodes sharing the database that
 * find the same item at the same moment store it once (the unique constraints decide).
 */
class RepostLedgerPostgresIT {

    static final PostgresDatabase DB = PostgresDatabase.create("repost");
    static DataSource dataSource;

    @BeforeAll
    static void migrate() {
        dataSource = new DriverManagerDataSource(DB.url(), PostgresDatabase.USER, "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    @Test
    void shouldStoreTheSameItemFoundByTwoNodesAtOnceExactlyOnce() throws Exception {
        Source source = ListReaderTest.source("http://www.gov.cn/index.htm", null);
        RepostItem item = new RepostItem("t", "http://www.gov.cn/a/content_1.htm", "1", "标题", OffsetDateTime.now(PublishDates.ZONE),
                "metadata", null, "新华社", null, "<p>正文</p>", List.of(), "f".repeat(64), OffsetDateTime.now(PublishDates.ZONE));
        RepostItem sameTextElsewhere = new RepostItem("t", "http://www.gov.cn/b/content_2.htm", null, "标题",
                OffsetDateTime.now(PublishDates.ZONE), "metadata", null, "新华社", null, "<p>正文</p>", List.of(), "f".repeat(64),
                OffsetDateTime.now(PublishDates.ZONE));
        RepostLedger nodeA = new RepostLedger(new NamedParameterJdbcTemplate(dataSource));
        RepostLedger nodeB = new RepostLedger(new NamedParameterJdbcTemplate(dataSource));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> results = new ArrayList<>();
        for (Callable<Boolean> insert : List.<Callable<Boolean>>of(() -> tryInsert(nodeA, item, source), () -> tryInsert(nodeB, sameTextElsewhere, source))) {
            results.add(pool.submit(insert));
        }
        int stored = 0;
        for (Future<Boolean> result : results) {
            stored += result.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(stored).isEqualTo(1);
        assertThat(new NamedParameterJdbcTemplate(dataSource).getJdbcTemplate()
                .queryForObject("select count(*) from repost_item where fingerprint = ?", Long.class, "f".repeat(64))).isEqualTo(1);
        OffsetDateTime stamp = nodeA.matches(item).get(0).fetchedAt();
        assertThat(stamp.getOffset().getTotalSeconds()).as("read back in Beijing time").isEqualTo(8 * 3600);
    }

    @Test
    void shouldRefuseToPublishTheSameItemVersionTwiceAcrossNodes() {
        JdbcMessageIdRepository nodeA = repository();
        JdbcMessageIdRepository nodeB = repository();

        assertThat(nodeA.add("item-1:1")).isTrue();
        assertThat(nodeB.add("item-1:1")).isFalse();
        assertThat(nodeB.add("item-1:2")).isTrue();
    }

    private static JdbcMessageIdRepository repository() {
        JdbcMessageIdRepository repository = new JdbcMessageIdRepository(dataSource, "repost-publish");
        repository.setCreateTableIfNotExists(false);
        repository.start();
        return repository;
    }

    private static boolean tryInsert(RepostLedger ledger, RepostItem item, Source source) {
        try {
            ledger.insert(item, source, "QUEUED", null);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
