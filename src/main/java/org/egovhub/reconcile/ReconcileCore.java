package org.egovhub.reconcile;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import org.egovhub.reconcile.departments.Departments;
import org.egovhub.reconcile.ingest.ImportProperties;
import org.egovhub.reconcile.ingest.LedgerParser;
import org.egovhub.reconcile.matching.CaseLists;
import org.egovhub.reconcile.matching.FiguresStore;
import org.egovhub.reconcile.matching.MatchingProperties;
import org.egovhub.reconcile.matching.QuarterRuns;
import org.egovhub.reconcile.report.Reports;
import org.egovhub.reconcile.store.CaseStore;
import org.egovhub.reconcile.store.LedgerImports;
import org.egovhub.reconcile.store.StagingWriter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reconciliation core, shared by the hub and the command-line mode: import, storage, matching,
 * figures and reports. Needs a {@link Departments} bean, a data source with the schema, and a clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ImportProperties.class, MatchingProperties.class})
public class ReconcileCore {

    @Bean
    StagingWriter reconcileStagingWriter(JdbcTemplate jdbc) {
        return StagingWriter.forDatabase(jdbc);
    }

    @Bean
    CaseStore reconcileCaseStore(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, StagingWriter staging) {
        return new CaseStore(jdbc, new TransactionTemplate(transactions), clock, staging);
    }

    @Bean
    LedgerImports reconcileImports(CaseStore store, ImportProperties properties, Departments departments) {
        return new LedgerImports(store, new LedgerParser(properties.headerNames(), departments));
    }

    @Bean
    FiguresStore reconcileFiguresStore(JdbcTemplate jdbc) {
        return new FiguresStore(jdbc);
    }

    @Bean
    QuarterRuns reconcileQuarterRuns(JdbcTemplate jdbc, PlatformTransactionManager transactions, FiguresStore store,
            Departments departments, MatchingProperties settings, Clock clock) {
        return new QuarterRuns(jdbc, new TransactionTemplate(transactions), store, departments, settings, clock,
                ManagementFactory.getRuntimeMXBean().getName());
    }

    @Bean
    CaseLists reconcileCaseLists(JdbcTemplate jdbc) {
        return new CaseLists(jdbc);
    }

    @Bean
    Reports reconcileReports(QuarterRuns runs, CaseLists cases, CaseStore store, Departments departments) {
        return new Reports(runs, cases, store, departments);
    }
}
