package dev.revgraph.runtime;

import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

/**
 * The database failed outside any revision: it could not be reached, or reading or creating the
 * version tables failed. Carries the SQLSTATE; the message never contains credentials.
 */
public class MigrationDatabaseException extends RuntimeException {

    private final @Nullable String sqlState;

    public MigrationDatabaseException(String message, SQLException cause) {
        super(Redaction.redact(message + ": " + cause.getMessage()) + " [SQLSTATE " + cause.getSQLState() + "]", cause);
        this.sqlState = cause.getSQLState();
    }

    /** The SQLSTATE the database reported. */
    public @Nullable String sqlState() {
        return this.sqlState;
    }
}
