package dev.revgraph.dialect;

import dev.revgraph.ErrorCode;
import dev.revgraph.RevGraphException;

/**
 * An operation, option or database the dialect cannot express, e.g. dropping a constraint on SQLite or
 * a partial index on MariaDB. Raised while rendering, so before any statement of the step runs.
 */
public class UnsupportedByDialectException extends RevGraphException {

    public UnsupportedByDialectException(String message) {
        super(ErrorCode.UNSUPPORTED, message);
    }
}
