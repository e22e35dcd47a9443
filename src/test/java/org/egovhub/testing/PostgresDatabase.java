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
 *
 * <p>The databases (and roles) a test JVM created are dropped when it exits, so repeated runs on
 * one server do not pile them up; a JVM that is killed leaves its own behind (named {@code hub_*}).
 * With {@code -Dhub.test.pg.keep=true} they are kept, to look into with {@code psql} afterwards.
 */
public final class PostgresDatabase {

    public static final String HOST = System.getProperty("hub.test.pg.host", "127.0.0.1");
    public static final int PORT = Integer.getInteger("hub.test.pg.port", 5432);
    public static final String USER = System.getProperty("hub.test.pg.user", "postgres");

    private final String name;
    private final String owner;

    private static final java.util.List<PostgresDatabase> CREATED = new java.util.concurrent.CopyOnWriteArrayList<>();

    static {
        if (!Boolean.getBoolean("hub.test.pg.keep")) {
            Runtime.getRuntime().addShutdownHook(new Thread(PostgresDatabase::dropCreated, "drop-test-databases"));
        }
    }

    private PostgresDatabase(String name, String owner) {
        this.name = name;
        this.owner = owner;
        CREATED.add(this);
    }

    /** Drops what this JVM created; WITH (FORCE) ends connections a closing hub may still hold. */
    private static void dropCreated() {
        for (PostgresDatabase db : CREATED) {
            try {
                admin("drop database if exists " + db.name + " with (force)");
                if (!db.owner.equals(USER)) {
                    admin("drop role if exists " + db.owner);
                }
            } catch (IllegalStateException e) {
                System.err.println("Test database " + db.name + " not dropped: " + e.getMessage());
            }
        }
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
        return new PostgresDatabase(name, USER);
    }

    /**
     * A fresh database owned by a login role of the same name, which the hub then uses: unlike the
     * superuser, that role can be locked out ({@link #revokeConnect}) to take the database away.
     */
    public static PostgresDatabase createWithOwnRole(String purpose) {
        String name = ("hub_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        admin("create role " + name + " login", "create database " + name + " owner " + name);
        return new PostgresDatabase(name, name);
    }

    /** The database gone: nobody may connect to it any more, and its connections are ended. */
    public void revokeConnect() {
        admin("revoke connect on database " + name + " from public, " + owner,
                "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name + "'");
    }

    /** The database back after {@link #revokeConnect}. */
    public void grantConnect() {
        admin("grant connect on database " + name + " to public, " + owner);
    }

    private static void admin(String... statements) {
        try (Connection admin = DriverManager.getConnection(url("test"), USER, "");
                Statement statement = admin.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL on " + HOST + ":" + PORT + " refused: " + String.join("; ", statements), e);
        }
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
        return DriverManager.getConnection(url(), owner, "");
    }

    /** Points the hub's datasource at this database. */
    public void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", this::url);
        registry.add("spring.datasource.username", () -> owner);
        registry.add("spring.datasource.password", () -> "");
    }
}
