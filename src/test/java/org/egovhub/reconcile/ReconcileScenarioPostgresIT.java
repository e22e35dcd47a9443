package org.egovhub.reconcile;

import javax.sql.DataSource;

/** The scenario on PostgreSQL, a fresh database per test. */
class ReconcileScenarioPostgresIT extends ReconcileScenarioContract {

    @Override
    DataSource database() {
        return ReconcileFixture.postgres("reconcile");
    }
}
