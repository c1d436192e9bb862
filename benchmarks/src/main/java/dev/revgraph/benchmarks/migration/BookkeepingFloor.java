package dev.revgraph.benchmarks.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.revgraph.dialect.Dialect;
import dev.revgraph.dialect.Dialects;
import dev.revgraph.revision.RowChange;
import dev.revgraph.runtime.AppliedOrigin;
import dev.revgraph.runtime.MigrationSettings;
import dev.revgraph.runtime.VersionTableSql;

/**
 * The floor of RevGraph's protocol for databases whose DDL commits (MariaDB): plain JDBC on one
 * connection doing W1's DDL plus exactly the bookkeeping writes RevGraph makes per revision, as counted
 * with {@code -Drevgraph.bench.trace=true} on RevGraph's own run:
 *
 * <ol>
 * <li>once, before the first revision: {@code INSERT} its {@code running} history row (generated id);
 * commit;</li>
 * <li>per revision: its statement (which commits on its own); then one batch — {@code UPDATE} the history
 * row to {@code success}, {@code INSERT} (first) or {@code UPDATE} the version row, {@code INSERT} the
 * applied row, {@code INSERT} the next revision's {@code running} row (all but the last) — and commit.</li>
 * </ol>
 *
 * Four or five statements, one batch and one explicit commit per revision, into tables created with
 * RevGraph's own DDL ({@link VersionTableSql}), with statements of the same shape. What it leaves out is
 * everything else RevGraph does: loading and parsing the files, the lock, reading the tables, planning.
 */
final class BookkeepingFloor implements ToolAdapter {

    private static final String INSERT_HISTORY = "INSERT INTO revgraph_history (revision, direction, rows_before, "
            + "rows_after, checksum, started, finished, duration_ms, status, statements_done, statements_total, error, "
            + "db_user, single_transaction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** A SHA-256 in hex, standing in for each revision's checksum. */
    private static final String CHECKSUM = "5d453135ae62a01b8478641b7da3a80b92525867d5e00cd1c1ec70fbd7100863";

    @Override
    public void apply(DataSource dataSource, WorkloadFiles files, Target target) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Dialect dialect = Dialects.of(connection);
            VersionTableSql sql = new VersionTableSql(dialect, MigrationSettings.defaults());
            List<String> tables = new ArrayList<>(sql.createAppliedTable());
            tables.addAll(sql.createHistoryTable());
            tables.addAll(sql.createVersionTable());
            try (Statement statement = connection.createStatement()) {
                for (String ddl : tables) {
                    statement.execute(ddl);
                }
            }
            connection.setAutoCommit(false);
            List<String> statements = files.statements();
            String previous = null;
            Timestamp started = new Timestamp(System.currentTimeMillis());
            long first = insertRunning(connection, WorkloadFiles.revisionId(1), null, started);
            connection.commit();
            for (int i = 0; i < statements.size(); i++) {
                String revision = WorkloadFiles.revisionId(i + 1);
                try (Statement statement = connection.createStatement()) {
                    statement.execute(statements.get(i));
                }
                long now = System.currentTimeMillis();
                RowChange change = (previous == null) ? RowChange.insert(revision) : RowChange.update(previous, revision);
                try (Statement batch = connection.createStatement()) {
                    batch.addBatch("UPDATE revgraph_history SET finished = TIMESTAMP '" + new Timestamp(now)
                            + "', duration_ms = " + (now - started.getTime()) + ", status = 'success', "
                            + "statements_done = 1, error = NULL WHERE revision = '" + revision + "' AND id >= " + first);
                    for (String row : sql.rowChange(change)) {
                        batch.addBatch(row);
                    }
                    batch.addBatch("INSERT INTO revgraph_applied (revision, checksum, origin, history_id) SELECT '"
                            + revision + "', '" + CHECKSUM + "', 'run', MAX(id) FROM revgraph_history WHERE revision = '"
                            + revision + "'");
                    if (i + 1 < statements.size()) {
                        started = new Timestamp(now);
                        batch.addBatch("INSERT INTO revgraph_history (revision, direction, rows_before, rows_after, "
                                + "checksum, started, finished, duration_ms, status, statements_done, statements_total, "
                                + "error, db_user, single_transaction) VALUES ('" + WorkloadFiles.revisionId(i + 2)
                                + "', 'upgrade', '" + revision + "', '" + WorkloadFiles.revisionId(i + 2) + "', '"
                                + CHECKSUM + "', TIMESTAMP '" + started + "', NULL, NULL, 'running', 0, 1, NULL, "
                                + "'revgraph', FALSE)");
                    }
                    for (int count : batch.executeBatch()) {
                        check(count);
                    }
                }
                connection.commit();
                previous = revision;
            }
        }
    }

    private static long insertRunning(Connection connection, String revision, String previous, Timestamp started)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT_HISTORY,
                Statement.RETURN_GENERATED_KEYS)) {
            statement.setString(1, revision);
            statement.setString(2, "upgrade");
            statement.setString(3, (previous != null) ? previous : "");
            statement.setString(4, revision);
            statement.setString(5, CHECKSUM);
            statement.setTimestamp(6, started);
            statement.setNull(7, Types.TIMESTAMP);
            statement.setNull(8, Types.BIGINT);
            statement.setString(9, "running");
            statement.setInt(10, 0);
            statement.setInt(11, 1);
            statement.setNull(12, Types.VARCHAR);
            statement.setString(13, "revgraph");
            statement.setBoolean(14, false);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void check(int count) {
        if (count != 1) {
            throw new IllegalStateException("Expected one row changed, got " + count);
        }
    }

    @Override
    public void startUp(DataSource dataSource, WorkloadFiles files, Target target) {
        throw new UnsupportedOperationException("The bookkeeping floor is W1's");
    }
}
