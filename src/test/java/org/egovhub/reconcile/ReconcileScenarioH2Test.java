package org.egovhub.reconcile;

import javax.sql.DataSource;

/** The scenario on the embedded database (H2 in PostgreSQL mode). */
class ReconcileScenarioH2Test extends ReconcileScenarioContract {

    @Override
    DataSource database() {
        return ReconcileFixture.h2();
    }
}
