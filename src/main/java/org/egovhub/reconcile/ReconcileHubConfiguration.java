package org.egovhub.reconcile;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import org.egovhub.reconcile.alerting.AlertGateway;
import org.egovhub.reconcile.alerting.AlertingProperties;
import org.egovhub.reconcile.alerting.QuarterAlerts;
import org.egovhub.reconcile.departments.Departments;
import org.egovhub.reconcile.matching.CaseLists;
import org.egovhub.reconcile.matching.QuarterRuns;
import org.egovhub.reconcile.metrics.ReconcileMetrics;
import org.egovhub.reconcile.report.Reports;
import org.egovhub.reconcile.store.CaseStore;
import org.egovhub.reconcile.store.LedgerImports;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What the long-running hub adds to the core: alerts and the service the API, folders and schedule call. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AlertingProperties.class, org.egovhub.reconcile.inbox.InboxProperties.class,
    org.egovhub.reconcile.pull.PullProperties.class})
class ReconcileHubConfiguration {

    @Bean
    QuarterAlerts reconcileQuarterAlerts(JdbcTemplate jdbc, PlatformTransactionManager transactions, QuarterRuns runs,
            Reports reports, Departments departments, AlertGateway gateway, AlertingProperties settings, Clock clock) {
        return new QuarterAlerts(jdbc, new TransactionTemplate(transactions), runs, reports, departments, gateway, settings, clock,
                ManagementFactory.getRuntimeMXBean().getName());
    }

    @Bean
    org.egovhub.reconcile.pull.ExchangePull reconcileExchangePull(org.egovhub.reconcile.pull.PullProperties settings,
            org.egovhub.reconcile.ingest.ImportProperties imports, Departments departments, LedgerImports ledgerImports,
            JdbcTemplate jdbc, Clock clock) {
        return new org.egovhub.reconcile.pull.ExchangePull(settings,
                new org.egovhub.reconcile.ingest.LedgerParser(imports.headerNames(), departments), ledgerImports, jdbc, clock);
    }

    @Bean
    ReconcileTrace reconcileTrace(JdbcTemplate jdbc, Departments departments, Clock clock) {
        return new ReconcileTrace(jdbc, departments, clock);
    }

    @Bean
    ReconcileService reconcileService(LedgerImports imports, CaseStore store, QuarterRuns runs, CaseLists cases, Reports reports,
            QuarterAlerts alerts, ReconcileMetrics metrics, org.egovhub.reconcile.pull.ExchangePull pull,
            org.egovhub.platform.audit.Audit audit) {
        return new ReconcileService(imports, store, runs, cases, reports, alerts, metrics, pull, audit);
    }
}
