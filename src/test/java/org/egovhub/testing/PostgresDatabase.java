package org.egovhub.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh, empty PostgreSQL database on the machine's server (127.0.0.1:5432, trust auth),
 * created next to the {@code test} database. Use one per test class:
 *
 * <pre>
 * static final PostgresDatabase db = PostgresDatabase.create("extranet");
 * {@literal @}DynamicPropertySource static void db(DynamicPropertyRegistry r) { db.register(r); }
 * </pre>
 */
public final class PostgresDatabase {

    public static final String HOST = System.getProperty("hub.test.pg.host", "127.0.0.1");
    public static final int PORT = Integer.getInteger("hub.test.pg.port", 5432);
    public static final String USER = System.getProperty("hub.test.pg.user", "postgres");

    private final String name;

    private PostgresDatabase(String name) {
        this.name = name;
    }

    /** Creates a database named after the purpose plus a random suffix. */
    public static PostgresDatabase create(String purpose) {
        String name = ("hub_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (Connection admin = DriverManager.getConnection(url("test"), USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create PostgreSQL database " + name + " on " + HOST + ":" + PORT
                    + " (is PostgreSQL running? .ci/run starts it)", e);
        }
        return new PostgresDatabase(name);
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    public String url() {
        return url(name);
    }

    public String name() {
        return name;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, "");
    }

    /** Points the hub's datasource at this database. */
    public void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", this::url);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
    }
}
