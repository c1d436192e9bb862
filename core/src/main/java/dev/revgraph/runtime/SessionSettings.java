package dev.revgraph.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.revgraph.dialect.Dialect;

/**
 * The session settings a migration connection gets, so that a blocked DDL statement fails loudly instead
 * of hanging, and so that literals the dialect writes in UTC mean UTC; and the statements that put the
 * session back as it was before a pooled connection is returned: PostgreSQL's {@code RESET} goes back to
 * the value the session started with, MariaDB's and H2's values are read when they are set.
 */
final class SessionSettings {

    private final List<String> apply;

    private final List<String> reset;

    /** H2 has no statement that puts the lock timeout back: the session's own value is read and set again. */
    private final boolean restoresLockTimeout;

    private SessionSettings(List<String> apply, List<String> reset, boolean restoresLockTimeout) {
        this.apply = List.copyOf(apply);
        this.reset = List.copyOf(reset);
        this.restoresLockTimeout = restoresLockTimeout;
    }

    static SessionSettings of(Dialect dialect, MigrationSettings settings) {
        List<String> apply = new ArrayList<>();
        List<String> reset = new ArrayList<>();
        boolean restoresLockTimeout = false;
        switch (dialect.id()) {
            case POSTGRESQL -> {
                if (settings.sessionLockTimeout() != null) {
                    apply.add("SET lock_timeout = '" + settings.sessionLockTimeout().toMillis() + "ms'");
                    reset.add("RESET lock_timeout");
                }
                if (settings.statementTimeout() != null) {
                    apply.add("SET statement_timeout = '" + settings.statementTimeout().toMillis() + "ms'");
                    reset.add("RESET statement_timeout");
                }
            }
            case MARIADB, MYSQL -> {
                // the session's own values (a driver or pool may have set them) kept in user variables by
                // the same statement: DEFAULT would be the server's global value
                apply.add("SET @revgraph_time_zone = @@SESSION.time_zone, SESSION time_zone = '+00:00'");
                reset.add("SET SESSION time_zone = @revgraph_time_zone, @revgraph_time_zone = NULL");
                if (settings.lockWaitTimeout() != null) {
                    apply.add("SET @revgraph_lock_wait_timeout = @@SESSION.lock_wait_timeout, SESSION lock_wait_timeout = "
                            + seconds(settings.lockWaitTimeout()));
                    reset.add("SET SESSION lock_wait_timeout = @revgraph_lock_wait_timeout, "
                            + "@revgraph_lock_wait_timeout = NULL");
                }
            }
            case H2 -> {
                if (settings.sessionLockTimeout() != null) {
                    apply.add("SET LOCK_TIMEOUT " + settings.sessionLockTimeout().toMillis());
                    restoresLockTimeout = true;
                }
            }
            default -> {
            }
        }
        return new SessionSettings(apply, reset, restoresLockTimeout);
    }

    /** Applies the settings to {@code connection}; returns the statements that put its session back. */
    List<String> apply(Connection connection) throws SQLException {
        List<String> reset = this.reset;
        if (this.restoresLockTimeout) {
            reset = List.of("SET LOCK_TIMEOUT " + h2LockTimeout(connection));
        }
        run(connection, this.apply);
        return reset;
    }

    /** Runs the statements {@link #apply} returned, before the connection goes back to its pool. */
    static void reset(Connection connection, List<String> reset) throws SQLException {
        run(connection, reset);
    }

    private static void run(Connection connection, List<String> statements) throws SQLException {
        if (statements.isEmpty()) {
            return;
        }
        boolean autoCommit = connection.getAutoCommit();
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        if (!autoCommit) {
            connection.commit();
        }
    }

    /** The lock timeout of this H2 session, in milliseconds. */
    static long h2LockTimeout(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT LOCK_TIMEOUT()")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
