package dev.revgraph.diff;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import dev.revgraph.schema.CatalogReader;
import dev.revgraph.schema.CatalogReaders;
import dev.revgraph.schema.Schema;
import dev.revgraph.schema.TableFilter;

/** Runs fixture DDL and reads the result back, for the comparison's tests. */
public final class Databases {

    private Databases() {
    }

    /** Runs statements separated by a semicolon at the end of a line. */
    public static void run(Connection connection, String script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : script.split(";\\s*\\n")) {
                if (!sql.isBlank()) {
                    statement.execute(sql.strip().replaceAll(";$", ""));
                }
            }
        }
    }

    /** Reads the tables matching {@code glob} (and every sequence) of the connection's current schema. */
    public static Schema read(Connection connection, String glob) throws SQLException {
        CatalogReader reader = CatalogReaders.forConnection(connection);
        return reader.read(connection, reader.currentSchema(connection), TableFilter.all().including(glob));
    }
}
