package dev.revgraph.benchmarks.migration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;

import dev.revgraph.dialect.Dialect;
import dev.revgraph.dialect.Dialects;
import dev.revgraph.runtime.MigrationSettings;
import dev.revgraph.runtime.VersionTableSql;

import org.jspecify.annotations.Nullable;

/**
 * What W1's bookkeeping costs the PostgreSQL server, apart from RevGraph: the 1,000 W1 statements run by
 * plain JDBC on one connection, with the bookkeeping tables RevGraph creates, in six ways — the floor
 * (autocommit), an explicit {@code COMMIT} per statement, RevGraph's three writes as one batch before it
 * (with and without an index on the history table, and without the applied row), and the three writes as
 * one prepared data-modifying CTE. Each on a new database, 3 rounds, printed as it goes.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.revgraph.benchmarks.migration.BookkeepingCost [count] [rounds]
 * </pre>
 */
public final class BookkeepingCost {

    private static final String CHECKSUM = "0123456789abcdef".repeat(4);

    private enum Variant {
        FLOOR, COMMIT, BATCH, BATCH_INDEXED, BATCH_WITHOUT_APPLIED, CTE
    }

    private BookkeepingCost() {
    }

    public static void main(String[] args) throws Exception {
        int count = (args.length > 0) ? Integer.parseInt(args[0]) : 1000;
        int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 3;
        List<String> statements = DdlSteps.statements(count);
        Path scratch = Files.createTempDirectory("revgraph-bk");
        for (int round = 1; round <= rounds; round++) {
            for (Variant variant : Variant.values()) {
                try (FreshDatabase database = FreshDatabase.create(Target.POSTGRESQL, scratch)) {
                    double millis = run(database, variant, statements);
                    System.out.printf(Locale.ROOT, "round %d  %-22s %8.0f ms  %.3f ms per revision%n", round,
                            variant.name().toLowerCase(Locale.ROOT), millis, millis / count);
                }
            }
        }
    }

    private static double run(FreshDatabase database, Variant variant, List<String> statements) throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            createTables(connection, variant);
            long start = System.nanoTime();
            @Nullable String previous = null;
            for (int i = 0; i < statements.size(); i++) {
                String revision = String.format(Locale.ROOT, "step_%05d", i + 1);
                connection.setAutoCommit(variant == Variant.FLOOR);
                try (Statement statement = connection.createStatement()) {
                    statement.execute(statements.get(i));
                    switch (variant) {
                        case FLOOR, COMMIT -> {
                        }
                        case CTE -> writeAsOneStatement(connection, revision, previous);
                        default -> writeAsBatch(statement, revision, previous, variant != Variant.BATCH_WITHOUT_APPLIED);
                    }
                }
                if (variant != Variant.FLOOR) {
                    connection.commit();
                }
                previous = revision;
            }
            return (System.nanoTime() - start) / 1e6;
        }
    }

    private static void createTables(Connection connection, Variant variant) throws SQLException {
        Dialect dialect = Dialects.of(connection);
        VersionTableSql sql = new VersionTableSql(dialect, MigrationSettings.defaults());
        try (Statement statement = connection.createStatement()) {
            for (String ddl : sql.createVersionTable()) {
                statement.execute(ddl);
            }
            for (String ddl : sql.createAppliedTable()) {
                statement.execute(ddl);
            }
            for (String ddl : sql.createHistoryTable()) {
                statement.execute(ddl);
            }
            if (variant == Variant.BATCH_INDEXED) {
                statement.execute("CREATE INDEX revgraph_history_revision ON revgraph_history (revision, id)");
            }
        }
    }

    private static void writeAsBatch(Statement statement, String revision, @Nullable String previous,
            boolean applied) throws SQLException {
        statement.addBatch("INSERT INTO revgraph_history (revision, direction, rows_before, rows_after, checksum, "
                + "started, finished, duration_ms, status, statements_done, statements_total, error, db_user, "
                + "single_transaction) VALUES ('" + revision + "', 'upgrade', '" + ((previous != null) ? previous : "")
                + "', '" + revision + "', '" + CHECKSUM + "', TIMESTAMP '2026-01-01 00:00:00', "
                + "TIMESTAMP '2026-01-01 00:00:01', 3, 'success', 1, 1, NULL, 'bench', TRUE)");
        statement.addBatch((previous == null) ? "INSERT INTO revgraph_version (version_num) VALUES ('" + revision + "')"
                : "UPDATE revgraph_version SET version_num = '" + revision + "' WHERE version_num = '" + previous + "'");
        if (applied) {
            statement.addBatch("INSERT INTO revgraph_applied (revision, checksum, origin, history_id) SELECT '" + revision
                    + "', '" + CHECKSUM + "', 'run', MAX(id) FROM revgraph_history WHERE revision = '" + revision + "'");
        }
        for (int changed : statement.executeBatch()) {
            if (changed != 1) {
                throw new IllegalStateException("A bookkeeping write changed " + changed + " rows");
            }
        }
    }

    private static void writeAsOneStatement(Connection connection, String revision, @Nullable String previous)
            throws SQLException {
        String version = (previous == null) ? "v AS (INSERT INTO revgraph_version (version_num) VALUES (?) RETURNING 1)"
                : "v AS (UPDATE revgraph_version SET version_num = ? WHERE version_num = ? RETURNING 1)";
        String sql = "WITH h AS (INSERT INTO revgraph_history (revision, direction, rows_before, rows_after, checksum, "
                + "started, finished, duration_ms, status, statements_done, statements_total, error, db_user, "
                + "single_transaction) VALUES (?, 'upgrade', ?, ?, ?, ?, ?, 3, 'success', 1, 1, NULL, 'bench', TRUE) "
                + "RETURNING id), " + version + ", a AS (INSERT INTO revgraph_applied (revision, checksum, origin, "
                + "history_id) SELECT ?, ?, 'run', h.id FROM h RETURNING 1) "
                + "SELECT (SELECT COUNT(*) FROM v), (SELECT COUNT(*) FROM a)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Timestamp now = new Timestamp(System.currentTimeMillis());
            int i = 1;
            statement.setString(i++, revision);
            statement.setString(i++, (previous != null) ? previous : "");
            statement.setString(i++, revision);
            statement.setString(i++, CHECKSUM);
            statement.setTimestamp(i++, now);
            statement.setTimestamp(i++, now);
            statement.setString(i++, revision);
            if (previous != null) {
                statement.setString(i++, previous);
            }
            statement.setString(i++, revision);
            statement.setString(i, CHECKSUM);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                if (result.getInt(1) != 1 || result.getInt(2) != 1) {
                    throw new IllegalStateException("A bookkeeping write did not change exactly one row");
                }
            }
        }
    }
}
