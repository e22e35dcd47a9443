package org.egovhub.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The in-memory exchange database behind the test channel t-licence's extranet target
 * ({@code src/test/resources/extranet/channels.yml}), with its table as the receiving side creates it.
 * The table must exist before any test of a hub with that channel delivers a licence, whichever test
 * class runs first: a delivery into a missing table fails and becomes the channel's last error.
 */
public final class ExchangeDatabase {

    public static final String URL = "jdbc:h2:mem:extranet-exchange;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

    private ExchangeDatabase() {
    }

    /** Opens a connection to the exchange database, creating its table {@code sgs_xzxk} if it is not there yet. */
    public static Connection open() {
        try {
            Connection connection = DriverManager.getConnection(URL, "sa", "");
            try (var statement = connection.createStatement()) {
                statement.execute("create table if not exists sgs_xzxk (stable_id varchar(300) primary key,"
                        + " channel varchar(40) not null, record_kind varchar(16) not null, payload text not null,"
                        + " delivered_at timestamp with time zone not null)");
            }
            return connection;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the test exchange database " + URL, e);
        }
    }
}
