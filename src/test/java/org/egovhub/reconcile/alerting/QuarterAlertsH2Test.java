package org.egovhub.reconcile.alerting;

import javax.sql.DataSource;
import org.egovhub.reconcile.ReconcileTesting;

class QuarterAlertsH2Test extends QuarterAlertsContract {

    @Override
    DataSource database() {
        return ReconcileTesting.h2();
    }
}
