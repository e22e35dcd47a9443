package org.egovhub.reconcile;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.egovhub.reconcile.departments.Department;
import org.egovhub.reconcile.departments.Departments;
import org.egovhub.reconcile.departments.Leader;
import org.egovhub.reconcile.ingest.HeaderNames;
import org.egovhub.reconcile.ingest.LedgerParser;
import org.egovhub.reconcile.matching.CaseLists;
import org.egovhub.reconcile.matching.FiguresStore;
import org.egovhub.reconcile.matching.MatchingProperties;
import org.egovhub.reconcile.matching.QuarterRuns;
import org.egovhub.reconcile.report.Reports;
import org.egovhub.reconcile.store.CaseStore;
import org.egovhub.reconcile.store.LedgerImports;
import org.egovhub.reconcile.store.StagingWriter;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The reconciliation core wired by hand on a fresh database (H2 in PostgreSQL mode, or PostgreSQL), without Spring. */
final class ReconcileFixture {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2018-04-05T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    /** The scenario's departments: D1 at 100 %, D2–D4 below, D5 without cases. */
    static final Departments DEPARTMENTS = new Departments(List.of(
            new Department("D1", "区市场监督管理局", List.of("雁峰区市场监督管理局"), "11430406MB1234567B", "市场监管局局长", "d1-head@example.gov.cn"),
            new Department("D2", "区民政局", List.of("雁峰区民政局"), null, "民政局局长", "d2-head@example.gov.cn"),
            new Department("D3", "区人力资源和社会保障局", List.of("区人社局"), null, "人社局局长", "d3-head@example.gov.cn"),
            new Department("D4", "区住房和城乡建设局", List.of(), null, "住建局局长", "d4-head@example.gov.cn"),
            new Department("D5", "区教育局", List.of(), null, "教育局局长", "d5-head@example.gov.cn")),
            List.of(new Leader("区长", "mayor@example.gov.cn"), new Leader("常务副区长", "deputy@example.gov.cn")));

    final DataSource dataSource;
    final JdbcTemplate jdbc;
    final CaseStore store;
    final LedgerImports imports;
    final QuarterRuns runs;
    final CaseLists cases;
    final Reports reports;

    private ReconcileFixture(DataSource dataSource, HeaderNames headers, MatchingProperties matching) {
        this.dataSource = dataSource;
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        store = new CaseStore(jdbc, transaction, CLOCK, StagingWriter.forDatabase(jdbc));
        imports = new LedgerImports(store, new LedgerParser(headers, DEPARTMENTS));
        FiguresStore figures = new FiguresStore(jdbc);
        runs = new QuarterRuns(jdbc, transaction, figures, DEPARTMENTS, matching, CLOCK, "test-node");
        cases = new CaseLists(jdbc);
        reports = new Reports(runs, cases, store, DEPARTMENTS);
    }

    /** The alerts of this database as sent by a hub named {@code node}. */
    org.egovhub.reconcile.alerting.QuarterAlerts alerts(org.egovhub.reconcile.alerting.AlertGateway gateway, String node) {
        return new org.egovhub.reconcile.alerting.QuarterAlerts(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                runs, reports, DEPARTMENTS, gateway, new org.egovhub.reconcile.alerting.AlertingProperties("0 0 9 5 1,4,7,10 *", 2, true),
                CLOCK, node);
    }

    static ReconcileFixture on(DataSource dataSource) {
        return new ReconcileFixture(dataSource, HeaderNames.defaults(), MatchingProperties.defaults());
    }

    static ReconcileFixture on(DataSource dataSource, HeaderNames headers) {
        return new ReconcileFixture(dataSource, headers, MatchingProperties.defaults());
    }

    /** A fresh in-memory H2 database in PostgreSQL mode, as the hub's embedded one. */
    static DataSource h2() {
        return new DriverManagerDataSource("jdbc:h2:mem:reconcile-" + java.util.UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000", "sa", "");
    }

    /** A fresh PostgreSQL database. */
    static DataSource postgres(String purpose) {
        org.egovhub.testing.PostgresDatabase db = org.egovhub.testing.PostgresDatabase.create(purpose);
        return new DriverManagerDataSource(db.url(), org.egovhub.testing.PostgresDatabase.USER, "");
    }
}
