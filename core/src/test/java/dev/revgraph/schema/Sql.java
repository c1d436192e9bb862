package dev.revgraph.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs test DDL: statements separated by a semicolon at the end of a line. */
final class Sql {

    private Sql() {
    }

    static void run(Connection connection, String script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : script.split(";\\s*\\n")) {
                if (!sql.isBlank()) {
                    statement.execute(sql.strip().replaceAll(";$", ""));
                }
            }
        }
    }
}
