package dev.revgraph;

import java.util.Locale;

/** The stable codes of {@link RevGraphException}; their spelling is part of the public contract. */
public enum ErrorCode {

    MULTIPLE_HEADS,
    AMBIGUOUS,
    NOT_FOUND,
    CYCLE,
    SELF_LOOP,
    DUPLICATE_REVISION,
    DUPLICATE_LABEL,
    MISSING_PARENT,
    NOT_IN_BRANCH,
    AMBIGUOUS_WALK,
    RELATIVE_OUT_OF_RANGE,
    RANGE_NOT_ALLOWED,
    NOT_A_DOWNGRADE_TARGET,
    OVERLAP,
    IRREVERSIBLE,
    PARSE_ERROR,
    CHECKSUM_MISMATCH,
    UNKNOWN_APPLIED_REVISION,
    FAILED_REVISION,
    NOT_EMPTY_WITHOUT_VERSION_TABLE,
    LOCK_TIMEOUT,
    DRIFT,

    /** The database cannot do what was asked (an operation its dialect cannot render). */
    UNSUPPORTED,

    /** The run was asked to stop (the process is shutting down) and stopped between two steps. */
    INTERRUPTED;

    /** The code as written in JSON and logs: lower case with underscores. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
