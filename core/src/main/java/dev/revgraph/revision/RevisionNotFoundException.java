package dev.revgraph.revision;

import dev.revgraph.ErrorCode;

/** No revision, prefix or branch label matches an identifier. */
public class RevisionNotFoundException extends RevisionGraphException {

    private final String identifier;

    public RevisionNotFoundException(String identifier, String message) {
        super(ErrorCode.NOT_FOUND, message);
        this.identifier = identifier;
    }

    static RevisionNotFoundException noSuchRevision(String identifier) {
        String hint = (identifier.length() < 4)
                ? "; please ensure at least four characters are present for partial revision identifier matches"
                : "";
        return new RevisionNotFoundException(identifier, "No such revision or branch '" + identifier + "'" + hint);
    }

    static RevisionNotFoundException noSuchBranch(String label) {
        return new RevisionNotFoundException(label, "No such branch: '" + label + "'");
    }

    /** The identifier that matched nothing. */
    public String identifier() {
        return this.identifier;
    }
}
