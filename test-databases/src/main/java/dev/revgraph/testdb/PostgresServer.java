package dev.revgraph.testdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/** A PostgreSQL server. */
final class PostgresServer extends RemoteServer {

    PostgresServer(JdbcUrl adminUrl, String user, String password, String origin) {
        super(DatabaseKind.POSTGRESQL, adminUrl, user, password, origin);
    }

    @Override
    void drop(String name) throws SQLException {
        try (Connection connection = connectAdmin(); Statement statement = connection.createStatement()) {
            if (connection.getMetaData().getDatabaseMajorVersion() >= 13) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                return;
            }
            // Before 13, sessions a test left open would make DROP DATABASE fail.
            try (PreparedStatement terminate = connection.prepareStatement(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
                terminate.setString(1, name);
                terminate.execute();
            }
            statement.execute("DROP DATABASE IF EXISTS " + name);
        }
    }
}
