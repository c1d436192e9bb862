package dev.revgraph.testdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * H2 in memory, in this JVM: each database is named, and lives until it is dropped rather than until
 * its last connection closes.
 */
final class H2Server extends DatabaseServer {

    static final String USER = "sa";

    static final String PASSWORD = "";

    // H2 reports this when IFEXISTS=TRUE meets a database that does not exist.
    private static final int DATABASE_NOT_FOUND = 90146;

    H2Server() {
        super(DatabaseKind.H2, "H2 in memory");
    }

    @Override
    void create(String name) throws SQLException {
        DriverManager.getConnection(url(name), USER, PASSWORD).close();
    }

    @Override
    TestDatabase database(String name) {
        return new TestDatabase(DatabaseKind.H2, name, url(name), USER, PASSWORD, this);
    }

    @Override
    void drop(String name) throws SQLException {
        if (exists(name)) {
            try (Connection connection = DriverManager.getConnection(url(name), USER, PASSWORD);
                    Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        }
    }

    /** Whether the database exists, found without creating it. */
    boolean exists(String name) throws SQLException {
        try {
            DriverManager.getConnection(url(name) + ";IFEXISTS=TRUE", USER, PASSWORD).close();
            return true;
        }
        catch (SQLException ex) {
            if (ex.getErrorCode() == DATABASE_NOT_FOUND) {
                return false;
            }
            throw ex;
        }
    }

    private static String url(String name) {
        return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    }
}
