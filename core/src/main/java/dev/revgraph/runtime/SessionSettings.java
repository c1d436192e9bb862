package dev.revgraph.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.revgraph.dialect.Dialect;

/**
 * The session settings a migration connection gets, so that a blocked DDL statement fails loudly instead
 * of hanging, and so that literals the dialect writes in UTC mean UTC; and the statements that put the
 * session back before a pooled connection is returned.
 */
final class SessionSettings {

    private final List<String> apply;

    private final List<String> reset;

    private SessionSettings(List<String> apply, List<String> reset) {
        this.apply = List.copyOf(apply);
        this.reset = List.copyOf(reset);
    }

    static SessionSettings of(Dialect dialect, MigrationSettings settings) {
        List<String> apply = new ArrayList<>();
        List<String> reset = new ArrayList<>();
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
                apply.add("SET SESSION time_zone = '+00:00'");
                reset.add("SET SESSION time_zone = DEFAULT");
                if (settings.lockWaitTimeout() != null) {
                    apply.add("SET SESSION lock_wait_timeout = " + seconds(settings.lockWaitTimeout()));
                    reset.add("SET SESSION lock_wait_timeout = DEFAULT");
                }
            }
            case H2 -> {
                if (settings.sessionLockTimeout() != null) {
                    apply.add("SET LOCK_TIMEOUT " + settings.sessionLockTimeout().toMillis());
                }
            }
            default -> {
            }
        }
        return new SessionSettings(apply, reset);
    }

    void apply(Connection connection) throws SQLException {
        run(connection, this.apply);
    }

    void reset(Connection connection) throws SQLException {
        run(connection, this.reset);
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

    private static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
