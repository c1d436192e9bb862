package dev.revgraph.autoconfigure;

import dev.revgraph.ErrorCode;
import dev.revgraph.RevGraphException;

/**
 * A configured revision location or Java revision package does not exist; code {@code not_found}.
 */
final class MissingRevisionLocationException extends RevGraphException {

    private final String location;

    MissingRevisionLocationException(String location, String message) {
        super(ErrorCode.NOT_FOUND, message);
        this.location = location;
    }

    /** The location or package as configured (after {@code {vendor}} expansion). */
    String location() {
        return this.location;
    }

}
