package dev.revgraph.runtime;

import dev.revgraph.ErrorCode;
import dev.revgraph.RevGraphException;

import org.jspecify.annotations.Nullable;

/**
 * A step failed while it ran: a statement the database refused, an exception in a Java revision, or a
 * bookkeeping write that found the version table changed under it. The message names the revision, its
 * source, the statement (with its line in an SQL file), the SQLSTATE, and what the failure left behind.
 */
public class MigrationFailedException extends RevGraphException {

    private final @Nullable String revision;

    private final String source;

    private final int statementIndex;

    private final int line;

    private final @Nullable String statement;

    private final @Nullable String sqlState;

    public MigrationFailedException(String message, @Nullable String revision, String source, int statementIndex,
            int line, @Nullable String statement, @Nullable String sqlState, @Nullable Throwable cause) {
        super(ErrorCode.FAILED_REVISION, message, cause);
        this.revision = revision;
        this.source = source;
        this.statementIndex = statementIndex;
        this.line = line;
        this.statement = statement;
        this.sqlState = sqlState;
    }

    /** The revision whose step failed ({@code null} for a stamp to base). */
    public @Nullable String revision() {
        return this.revision;
    }

    /** Where the revision comes from: its file or class. */
    public String source() {
        return this.source;
    }

    /** The failing statement's number within the step, from 1; 0 when no statement was running. */
    public int statementIndex() {
        return this.statementIndex;
    }

    /** The failing statement's first line in its SQL file; 0 when not from a file. */
    public int line() {
        return this.line;
    }

    /** The failing statement, shortened; {@code null} when no statement was running. */
    public @Nullable String statement() {
        return this.statement;
    }

    /** The SQLSTATE the database reported, if the failure came from the database. */
    public @Nullable String sqlState() {
        return this.sqlState;
    }
}
