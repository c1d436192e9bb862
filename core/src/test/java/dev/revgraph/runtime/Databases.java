package dev.revgraph.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;

/** Cleaning and reading a test database between tests. */
final class Databases {

    private Databases() {
    }

    /** Drops every table (and on PostgreSQL everything else) of the database's default schema. */
    static void clean(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            switch (database.kind()) {
                case POSTGRESQL -> {
                    statement.execute("DROP SCHEMA public CASCADE");
                    statement.execute("CREATE SCHEMA public");
                }
                case MARIADB -> {
                    List<String> tables = new ArrayList<>();
                    try (ResultSet result = statement.executeQuery("SHOW TABLES")) {
                        while (result.next()) {
                            tables.add(result.getString(1));
                        }
                    }
                    statement.execute("SET FOREIGN_KEY_CHECKS = 0");
                    for (String table : tables) {
                        statement.execute("DROP TABLE `" + table + "`");
                    }
                    statement.execute("SET FOREIGN_KEY_CHECKS = 1");
                }
                default -> statement.execute("DROP ALL OBJECTS");
            }
        }
    }

    static Set<String> strings(TestDatabase database, String query) throws SQLException {
        Set<String> values = new LinkedHashSet<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }

    static List<String> list(TestDatabase database, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }

    static void execute(TestDatabase database, String... statements) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    static String vendor(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> "postgresql";
            case MARIADB -> "mariadb";
            case H2 -> "h2";
        };
    }
}
