package dev.revgraph.command;

import java.sql.SQLException;

import dev.revgraph.RevGraphException;

/**
 * The exit statuses of every command, and the one place where an error is mapped to one.
 *
 * <ul>
 * <li>{@code 0} success;</li>
 * <li>{@code 1} a check found something ({@code pending} with pending revisions, {@code check} with
 * drift);</li>
 * <li>{@code 2} a usage or revision error: a bad argument, an unknown tree, and any
 * {@link RevGraphException} about the scripts or the graph ({@code parse_error}, {@code multiple_heads},
 * {@code not_found}, {@code irreversible}, ...);</li>
 * <li>{@code 3} a database error: an {@link SQLException} anywhere in the causes, or a
 * {@link RevGraphException} about the database's state ({@code lock_timeout}, {@code failed_revision},
 * {@code unknown_applied_revision}, {@code checksum_mismatch}, {@code not_empty_without_version_table}).</li>
 * </ul>
 */
public final class ExitStatus {

    /** The command did what was asked. */
    public static final int SUCCESS = 0;

    /** A check found something: revisions pending, drift. */
    public static final int FOUND = 1;

    /** A usage or revision error. */
    public static final int USAGE = 2;

    /** A database error. */
    public static final int DATABASE = 3;

    private ExitStatus() {
    }

    /** The exit status for a command that failed with {@code failure}. */
    public static int of(Throwable failure) {
        if (failure instanceof RevGraphException revGraph) {
            return switch (revGraph.errorCode()) {
                case UNKNOWN_APPLIED_REVISION, FAILED_REVISION, NOT_EMPTY_WITHOUT_VERSION_TABLE, LOCK_TIMEOUT,
                        CHECKSUM_MISMATCH, INTERRUPTED -> DATABASE;
                case DRIFT -> FOUND;
                default -> hasSqlCause(failure) ? DATABASE : USAGE;
            };
        }
        return hasSqlCause(failure) ? DATABASE : USAGE;
    }

    /** The stable code of an error, as {@code --json} writes it: the {@link RevGraphException#code()} or one of ours. */
    public static String code(Throwable failure) {
        if (failure instanceof RevGraphException revGraph) {
            return revGraph.code();
        }
        if (hasSqlCause(failure)) {
            return "database_error";
        }
        if (failure instanceof CommandUsageException || failure instanceof IllegalArgumentException) {
            return "usage";
        }
        return "error";
    }

    private static boolean hasSqlCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
