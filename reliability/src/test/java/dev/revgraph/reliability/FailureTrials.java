package dev.revgraph.reliability;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the failure-at-step trials of scenario 3 and 11 share: the ways a step fails, and how to cause them. */
final class FailureTrials {

    /** How the step at k fails. */
    enum Failure {

        SYNTAX_ERROR, CONSTRAINT_VIOLATION, DIVISION_BY_ZERO, JAVA_EXCEPTION, LOCK_TIMEOUT

    }

    private FailureTrials() {
    }

    /**
     * The application's properties for a trial: the revisions at {@code location} and in {@code javaPackages},
     * a pool of two connections, and for a lock timeout, timeouts short enough to meet {@link #block}.
     */
    static Map<String, String> properties(TrialDatabase database, String location, String javaPackages,
            Failure failure) {
        Map<String, String> properties = new LinkedHashMap<>(database.springProperties());
        properties.put("migrations.locations", location);
        properties.put("migrations.java-packages", javaPackages);
        properties.put("spring.datasource.hikari.maximum-pool-size", "2");
        if (failure == Failure.LOCK_TIMEOUT) {
            properties.put("migrations.lock-timeout", "1s");
            properties.put("migrations.lock-wait-timeout", "1");
        }
        return properties;
    }

    /** Another session that holds a lock on blk_victim in an open transaction. */
    static Connection block(TrialDatabase database) throws SQLException {
        Connection connection = database.connect();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("UPDATE blk_victim SET n = 2 WHERE id = 1");
        }
        return connection;
    }
}
