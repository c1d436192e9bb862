package dev.revgraph.reliability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.revgraph.schema.CatalogReader;
import dev.revgraph.schema.CatalogReaders;
import dev.revgraph.schema.Schema;

/**
 * What a database holds after a trial, read with plain SQL (not through RevGraph): the marks each
 * revision writes when it runs, the version, applied and history rows, and a catalog snapshot.
 */
final class DatabaseFacts {

    private DatabaseFacts() {
    }

    /** How many marks each revision wrote: 1 for every applied revision, or something ran twice. */
    static Map<String, Integer> marks(TrialDatabase database) throws SQLException {
        Map<String, Integer> marks = new TreeMap<>();
        if (!tableExists(database, "rel_marks")) {
            return marks;
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement
                    .executeQuery("SELECT revision_id, COUNT(*) FROM rel_marks GROUP BY revision_id")) {
            while (result.next()) {
                marks.put(result.getString(1), result.getInt(2));
            }
        }
        return marks;
    }

    static List<String> versionRows(TrialDatabase database) throws SQLException {
        return strings(database, "SELECT version_num FROM revgraph_version ORDER BY version_num");
    }

    static List<String> appliedRevisions(TrialDatabase database) throws SQLException {
        return strings(database, "SELECT revision FROM revgraph_applied ORDER BY revision");
    }

    /** Revisions with their number of successful upgrade history rows. */
    static Map<String, Integer> successfulUpgrades(TrialDatabase database) throws SQLException {
        Map<String, Integer> upgrades = new TreeMap<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT revision, COUNT(*) FROM revgraph_history "
                        + "WHERE direction = 'upgrade' AND status = 'success' GROUP BY revision")) {
            while (result.next()) {
                upgrades.put(result.getString(1).strip(), result.getInt(2));
            }
        }
        return upgrades;
    }

    /**
     * The revisions whose downgrade is done, in the order it was done: a successful downgrade, or an
     * interrupted or failed one that {@code resolve --mark-applied} recorded as finished by hand. A
     * revision reverted twice shows twice.
     */
    static List<String> reverted(TrialDatabase database) throws SQLException {
        return strings(database, "SELECT revision FROM revgraph_history WHERE (direction = 'downgrade' AND status = "
                + "'success') OR (direction = 'resolve' AND error LIKE 'mark-applied: recorded the downgrade %') "
                + "ORDER BY id");
    }

    /** The names of the tables in the database's schema, lower case. */
    static Set<String> tables(TrialDatabase database) throws SQLException {
        Set<String> tables = new TreeSet<>();
        snapshot(database).tableNames().forEach((name) -> tables.add(name.toLowerCase(Locale.ROOT)));
        return tables;
    }

    /**
     * The history rows left {@code running} or {@code failed} by a step that did not run in one transaction:
     * the attempts in doubt (a failed atomic step left nothing, and its row is only for the record).
     */
    static List<InDoubt> inDoubt(TrialDatabase database) throws SQLException {
        List<InDoubt> rows = new ArrayList<>();
        if (!tableExists(database, "revgraph_history")) {
            return rows;
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT h.id, h.revision, h.direction, h.status, "
                        + "h.statements_done, h.statements_total FROM revgraph_history h WHERE h.status <> 'success' "
                        + "AND h.single_transaction = FALSE "
                        + "AND h.direction IN ('upgrade', 'downgrade') AND NOT EXISTS (SELECT 1 FROM revgraph_history l "
                        + "WHERE l.revision = h.revision AND l.id > h.id) ORDER BY h.id")) {
            while (result.next()) {
                rows.add(new InDoubt(result.getLong(1), result.getString(2).strip(), result.getString(3),
                        result.getString(4), result.getInt(5), result.getInt(6)));
            }
        }
        return rows;
    }

    static List<String> historyDirections(TrialDatabase database) throws SQLException {
        return strings(database, "SELECT direction FROM revgraph_history ORDER BY id");
    }

    static int count(TrialDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    static Schema snapshot(TrialDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            CatalogReader reader = CatalogReaders.forConnection(connection);
            return reader.read(connection, reader.currentSchema(connection));
        }
    }

    static boolean tableExists(TrialDatabase database, String table) throws SQLException {
        try (Connection connection = database.connect()) {
            String catalog = (database.kind() == dev.revgraph.testdb.DatabaseKind.MARIADB) ? connection.getCatalog()
                    : null;
            String schema = (database.kind() == dev.revgraph.testdb.DatabaseKind.MARIADB) ? null
                    : connection.getSchema();
            for (String name : List.of(table, table.toUpperCase(java.util.Locale.ROOT))) {
                try (ResultSet tables = connection.getMetaData().getTables(catalog, schema, name, null)) {
                    if (tables.next()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static List<String> strings(TrialDatabase database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1).strip());
            }
        }
        return values;
    }

    /** A history row in doubt. */
    record InDoubt(long id, String revision, String direction, String status, int statementsDone,
            int statementsTotal) {
    }

}
