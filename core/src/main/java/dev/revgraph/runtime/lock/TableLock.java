package dev.revgraph.runtime.lock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.revgraph.dialect.Dialect;
import dev.revgraph.dialect.DatabaseId;

import org.jspecify.annotations.Nullable;

/**
 * A lock row: for databases without a session lock function (H2). The dedicated connection inserts one
 * row per lock target into a lock table and keeps its transaction open; a second inserter waits on that
 * row for at most a short lock timeout and tries again later. The row is never committed, so a process
 * that dies releases the lock with its transaction.
 */
final class TableLock extends PollingLock {

    /** How long one attempt waits on a row another transaction holds. */
    private static final int ATTEMPT_MILLIS = 100;

    private final Dialect dialect;

    private final String table;

    /** The lock table's own name, as H2's {@code INFORMATION_SCHEMA.LOCKS} lists it (ignoring case). */
    private final String tableName;

    /** The session's own H2 lock timeout, set again when the lock is given back; null elsewhere. */
    private @Nullable Long sessionLockTimeout;

    /** The connection's auto-commit mode as the pool handed it over. */
    private @Nullable Boolean autoCommit;

    TableLock(LockTarget target, Dialect dialect, String qualifiedTable) {
        super(target);
        this.dialect = dialect;
        this.table = qualifiedTable;
        this.tableName = qualifiedTable.substring(qualifiedTable.lastIndexOf('.') + 1).replace("\"", "");
    }

    @Override
    public String description() {
        return "lock row '" + this.target.name() + "' in " + this.table;
    }

    @Override
    void prepare(Connection connection) throws SQLException {
        this.autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + this.table + " (lock_name VARCHAR(64) NOT NULL PRIMARY KEY, "
                    + "locked_at " + this.dialect.typeSql(dev.revgraph.operation.ColumnType.timestamp(3)) + ")");
            if (this.dialect.id() == DatabaseId.H2) {
                try (ResultSet timeout = statement.executeQuery("SELECT LOCK_TIMEOUT()")) {
                    timeout.next();
                    this.sessionLockTimeout = timeout.getLong(1);
                }
                statement.execute("SET LOCK_TIMEOUT " + ATTEMPT_MILLIS);
            }
        }
        connection.setAutoCommit(false);
    }

    @Override
    void restore(Connection connection) throws SQLException {
        if (this.autoCommit == null) {
            return; // prepare did not get as far as changing anything
        }
        if (!connection.getAutoCommit()) {
            connection.rollback();
        }
        if (this.sessionLockTimeout != null) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCK_TIMEOUT " + this.sessionLockTimeout);
            }
        }
        connection.setAutoCommit(this.autoCommit);
    }

    @Override
    boolean tryAcquire(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + this.table
                + " (lock_name, locked_at) VALUES (?, ?)")) {
            statement.setString(1, this.target.name());
            statement.setObject(2, LocalDateTime.now(ZoneOffset.UTC));
            statement.setQueryTimeout(1);
            statement.executeUpdate();
            return true;
        }
        catch (SQLException ex) {
            // A lock timeout (the row is held) or a duplicate key (a lock row was committed by hand): try later.
            connection.rollback();
            return false;
        }
    }

    @Override
    String describeHolder(Connection connection) throws SQLException {
        if (this.dialect.id() != DatabaseId.H2) {
            return "another session with an open transaction on " + this.table;
        }
        List<String> sessions = holders(connection);
        return sessions.isEmpty() ? "a session that has just released it"
                : (sessions.size() == 1) ? sessions.get(0) : "one of " + String.join(", ", sessions);
    }

    /**
     * On H2, whether another session keeps the lock table locked: the open insert of a lock holder does,
     * until its transaction ends. H2 shows the table, not the row, so a lock of another tree in this schema
     * counts too; elsewhere the uncommitted row cannot be seen at all.
     */
    @Override
    Optional<Boolean> isHeld(Connection connection) throws SQLException {
        if (this.dialect.id() != DatabaseId.H2) {
            return Optional.empty();
        }
        return Optional.of(!holders(connection).isEmpty());
    }

    /** The other H2 sessions that hold a lock on the lock table, described. */
    private List<String> holders(Connection connection) throws SQLException {
        List<String> sessions = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT DISTINCT s.SESSION_ID, s.USER_NAME, "
                + "s.SESSION_START FROM INFORMATION_SCHEMA.LOCKS l JOIN INFORMATION_SCHEMA.SESSIONS s "
                + "ON s.SESSION_ID = l.SESSION_ID WHERE UPPER(l.TABLE_NAME) = UPPER(?) AND l.SESSION_ID <> SESSION_ID() "
                + "ORDER BY s.SESSION_ID")) {
            statement.setString(1, this.tableName);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    sessions.add("H2 session " + result.getInt(1) + " (user " + result.getString(2) + ", since "
                            + result.getString(3) + ")");
                }
            }
        }
        return sessions;
    }

    @Override
    void release(Connection connection) throws SQLException {
        connection.rollback();
    }
}
