package org.egovhub.reconcile.pull;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.egovhub.reconcile.departments.Department;
import org.egovhub.reconcile.departments.Departments;
import org.egovhub.reconcile.ingest.Field;
import org.egovhub.reconcile.ingest.HeaderNames;
import org.egovhub.reconcile.ingest.LedgerParser;
import org.egovhub.reconcile.store.CaseStore;
import org.egovhub.reconcile.store.ImportSummary;
import org.egovhub.reconcile.store.LedgerImports;
import org.egovhub.reconcile.store.StagingWriter;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The pull reads only rows newer than its watermark, in batches that never split rows of one watermark value. */
class ExchangePullTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2018-04-05T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final Departments DEPARTMENTS = new Departments(List.of(
            new Department("D1", "区市场监督管理局", List.of(), null, "局长", "a@b.cn")), List.of());

    final String exchangeUrl = "jdbc:h2:mem:exchange-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    JdbcTemplate exchange;
    JdbcTemplate hub;
    LedgerImports imports;

    @BeforeEach
    void databases() {
        exchange = new JdbcTemplate(new DriverManagerDataSource(exchangeUrl, "sa", ""));
        exchange.execute("create table zw_banjian (bjbh varchar(50), ssjg varchar(50), sxbm varchar(50), sqr varchar(50),"
                + " slsj timestamp, gxsj timestamp)");
        var hubSource = new DriverManagerDataSource("jdbc:h2:mem:hub-" + java.util.UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000", "sa", "");
        Flyway.configure().dataSource(hubSource).locations("classpath:db/migration").load().migrate();
        hub = new JdbcTemplate(hubSource);
        CaseStore store = new CaseStore(hub, new TransactionTemplate(new DataSourceTransactionManager(hubSource)), CLOCK,
                StagingWriter.forDatabase(hub));
        imports = new LedgerImports(store, new LedgerParser(HeaderNames.defaults(), DEPARTMENTS));
    }

    ExchangePull pull(int batchSize) {
        PullProperties.Source source = new PullProperties.Source(true, exchangeUrl, "sa", "", "zw_banjian", "gxsj",
                Map.of(Field.CASE_NUMBER, "bjbh", Field.DEPARTMENT, "ssjg", Field.ITEM_CODE, "sxbm", Field.APPLICANT, "sqr",
                        Field.ACCEPTED, "slsj"), batchSize);
        PullProperties settings = new PullProperties(java.time.Duration.ofMinutes(15), source,
                new PullProperties.Source(false, null, null, null, null, null, Map.of(), 1));
        return new ExchangePull(settings, new LedgerParser(HeaderNames.defaults(), DEPARTMENTS), imports, hub, CLOCK);
    }

    void row(String number, String department, String accepted, String updated) {
        exchange.update("insert into zw_banjian values (?, ?, 'X', '张伟', ?, ?)", number, department,
                java.sql.Timestamp.valueOf(accepted), java.sql.Timestamp.valueOf(updated));
    }

    @Test
    void shouldImportOnlyRowsNewerThanTheWatermark() {
        row("A1", "D1", "2018-01-05 09:00:00", "2018-01-05 10:00:00");
        row("A2", "未知局", "2018-01-06 09:00:00", "2018-01-06 10:00:00");

        List<ImportSummary> first = pull(100).pullAll();

        assertThat(first).extracting(ImportSummary::imported, ImportSummary::rejected).containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1));
        assertThat(hub.queryForObject("select watermark from reconcile_pull_watermark where side = 'online'", String.class))
                .isEqualTo("T2018-01-06T10:00");
        assertThat(pull(100).pullAll()).isEmpty();

        row("A3", "D1", "2018-02-01 09:00:00", "2018-02-01 10:00:00");
        assertThat(pull(100).pullAll()).extracting(ImportSummary::imported).containsExactly(1);
        assertThat(hub.queryForList("select case_no from reconcile_online_case order by case_no", String.class)).containsExactly("A1", "A3");
    }

    @Test
    void shouldNotSplitRowsOfOneWatermarkValueAcrossBatches() {
        row("B1", "D1", "2018-01-05 09:00:00", "2018-01-05 10:00:00");
        row("B2", "D1", "2018-01-05 09:00:00", "2018-01-05 11:00:00");
        row("B3", "D1", "2018-01-05 09:00:00", "2018-01-05 11:00:00");
        row("B4", "D1", "2018-01-05 09:00:00", "2018-01-05 12:00:00");

        List<ImportSummary> batches = pull(2).pullAll();

        assertThat(batches).extracting(ImportSummary::imported).containsExactly(1, 2, 1);
        assertThat(hub.queryForObject("select count(*) from reconcile_online_case", Integer.class)).isEqualTo(4);
    }
}
