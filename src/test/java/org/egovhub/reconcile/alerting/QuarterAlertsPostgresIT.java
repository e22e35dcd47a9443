package org.egovhub.reconcile.alerting;

import javax.sql.DataSource;
import org.egovhub.reconcile.ReconcileTesting;

/** The alerts on PostgreSQL: also two hubs sharing the database send each alert once. */
class QuarterAlertsPostgresIT extends QuarterAlertsContract {

    @Override
    DataSource database() {
        return ReconcileTesting.postgres("reconcile_alerts");
    }
}
