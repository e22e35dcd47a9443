package org.egovhub.reconcile;

import java.sql.Connection;
import org.springframework.jdbc.core.JdbcTemplate;

/** Which database the reconciliation runs on, for the few statements that differ (bulk load, full joins). */
public final class DatabaseProduct {

    private DatabaseProduct() {
    }

    /** Whether {@code jdbc} talks to PostgreSQL (else the embedded H2 in PostgreSQL mode). */
    public static boolean isPostgres(JdbcTemplate jdbc) {
        return "PostgreSQL".equals(jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName()));
    }
}
