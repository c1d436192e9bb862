package dev.revgraph.revision;

import dev.revgraph.ErrorCode;
import dev.revgraph.RevGraphException;

/**
 * An error in the revision graph or in an identifier or plan that refers to it: a cycle, a missing
 * parent, an ambiguous prefix, a relative walk that cannot be taken. The {@link #code()} says which.
 */
public class RevisionGraphException extends RevGraphException {

    public RevisionGraphException(ErrorCode errorCode, String message) {
        super(errorCode, message);
    }
}
