package dev.revgraph.testdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A MariaDB server. */
final class MariaDbServer extends RemoteServer {

    MariaDbServer(JdbcUrl adminUrl, String user, String password, String origin) {
        super(DatabaseKind.MARIADB, adminUrl, user, password, origin);
    }

    @Override
    void drop(String name) throws SQLException {
        try (Connection connection = connectAdmin(); Statement statement = connection.createStatement()) {
            // A session a test left in a transaction holds metadata locks that DROP DATABASE would wait on.
            for (long id : sessionsUsing(connection, name)) {
                try {
                    statement.execute("KILL " + id);
                }
                catch (SQLException ex) {
                    // It ended on its own in the meantime.
                }
            }
            statement.execute("DROP DATABASE IF EXISTS " + name);
        }
    }

    private static List<Long> sessionsUsing(Connection connection, String name) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM information_schema.processlist WHERE db = ? AND id <> CONNECTION_ID()")) {
            query.setString(1, name);
            try (ResultSet sessions = query.executeQuery()) {
                while (sessions.next()) {
                    ids.add(sessions.getLong(1));
                }
            }
        }
        return ids;
    }
}
