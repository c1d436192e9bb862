package dev.revgraph.runtime.lock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * MariaDB and MySQL: a named user lock, {@code GET_LOCK(name, 0)}, polled; released with
 * {@code RELEASE_LOCK} or when the connection ends.
 */
final class MySqlNamedLock extends PollingLock {

    MySqlNamedLock(LockTarget target) {
        super(target);
    }

    @Override
    public String description() {
        return "named lock '" + this.target.name() + "'";
    }

    @Override
    void prepare(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
    }

    @Override
    boolean tryAcquire(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, 0)")) {
            statement.setString(1, this.target.name());
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getInt(1) == 1;
            }
        }
    }

    @Override
    String describeHolder(Connection connection) throws SQLException {
        long holder;
        try (PreparedStatement statement = connection.prepareStatement("SELECT IS_USED_LOCK(?)")) {
            statement.setString(1, this.target.name());
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next() || result.getObject(1) == null) {
                    return "a connection that has just released it";
                }
                holder = result.getLong(1);
            }
        }
        String description = "connection id " + holder;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT USER, HOST, TIME, STATE FROM information_schema.PROCESSLIST WHERE ID = ?")) {
            statement.setLong(1, holder);
            try (ResultSet result = statement.executeQuery()) {
                if (result.next()) {
                    description += " (user " + result.getString(1) + ", host " + result.getString(2) + ", "
                            + result.getLong(3) + " s in state '" + result.getString(4) + "')";
                }
            }
        }
        catch (SQLException ex) {
            // PROCESSLIST may not be readable; the connection id is enough to KILL it.
        }
        return description;
    }

    @Override
    Optional<Boolean> isHeld(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT IS_USED_LOCK(?) IS NOT NULL")) {
            statement.setString(1, this.target.name());
            try (ResultSet result = statement.executeQuery()) {
                return Optional.of(result.next() && result.getBoolean(1));
            }
        }
    }

    @Override
    void release(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            statement.setString(1, this.target.name());
            statement.executeQuery().close();
        }
    }
}
