package dev.revgraph.runtime.lock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL: a session advisory lock, {@code pg_try_advisory_lock(key)}, polled on an idle
 * connection in autocommit, so that it holds no snapshot a {@code CREATE INDEX CONCURRENTLY} would wait
 * for. Session locks do not survive PgBouncer's transaction pooling.
 */
final class PostgresAdvisoryLock extends PollingLock {

    /**
     * The {@code pg_locks} rows ({@code l}) of a granted lock on a key given as two parameters: a bigint
     * advisory key is stored as classid = its high 32 bits, objid = its low 32 bits, objsubid = 1.
     */
    private static final String HELD = "l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
            + "AND l.classid::bigint = ? AND l.objid::bigint = ? "
            + "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())";

    PostgresAdvisoryLock(LockTarget target) {
        super(target);
    }

    @Override
    public String description() {
        return "PostgreSQL advisory lock " + this.target.key();
    }

    @Override
    void prepare(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
    }

    @Override
    boolean tryAcquire(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, this.target.key());
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    @Override
    String describeHolder(Connection connection) throws SQLException {
        String sql = "SELECT l.pid, a.application_name, a.usename, a.client_addr, a.backend_start, a.state "
                + "FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid WHERE " + HELD;
        List<String> holders = new ArrayList<>();
        try (PreparedStatement statement = heldQuery(connection, sql)) {
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    holders.add("pid " + result.getInt(1) + " (application_name '" + nullToEmpty(result.getString(2))
                            + "', user " + result.getString(3) + ", client " + result.getString(4) + ", connected since "
                            + result.getString(5) + ", state " + result.getString(6) + ")");
                }
            }
        }
        return holders.isEmpty() ? "a session that has just released it" : String.join("; ", holders);
    }

    @Override
    Optional<Boolean> isHeld(Connection connection) throws SQLException {
        try (PreparedStatement statement = heldQuery(connection, "SELECT EXISTS (SELECT 1 FROM pg_locks l WHERE "
                + HELD + ")"); ResultSet result = statement.executeQuery()) {
            return Optional.of(result.next() && result.getBoolean(1));
        }
    }

    /** {@code sql}, whose condition is {@link #HELD}, with this lock's key as its parameters. */
    private PreparedStatement heldQuery(Connection connection, String sql) throws SQLException {
        long key = this.target.key();
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            statement.setLong(1, key >>> 32);
            statement.setLong(2, key & 0xFFFFFFFFL);
            return statement;
        }
        catch (SQLException ex) {
            statement.close();
            throw ex;
        }
    }

    @Override
    void release(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, this.target.key());
            statement.executeQuery().close();
        }
    }

    private static String nullToEmpty(String value) {
        return (value != null) ? value : "";
    }
}
