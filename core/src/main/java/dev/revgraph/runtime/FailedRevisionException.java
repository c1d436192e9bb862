package dev.revgraph.runtime;

import dev.revgraph.ErrorCode;
import dev.revgraph.RevGraphException;

/**
 * The migrator refuses to go on: an earlier attempt at a revision, outside a single transaction, failed
 * or was interrupted, and may have left part of its work behind. The message names the revision, its
 * source, which statements ran and which did not, and the two ways on:
 * {@code migrations resolve REV --retry} or {@code --mark-applied}.
 */
public class FailedRevisionException extends RevGraphException {

    private final HistoryEntry record;

    public FailedRevisionException(String message, HistoryEntry record) {
        super(ErrorCode.FAILED_REVISION, message);
        this.record = record;
    }

    /** The history row of the attempt. */
    public HistoryEntry record() {
        return this.record;
    }
}
