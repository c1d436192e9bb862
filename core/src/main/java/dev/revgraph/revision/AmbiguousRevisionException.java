package dev.revgraph.revision;

import java.util.List;
import java.util.stream.Collectors;

import dev.revgraph.ErrorCode;

/** A partial identifier matches more than one revision or branch label. */
public class AmbiguousRevisionException extends RevisionGraphException {

    private final String prefix;

    private final List<String> candidates;

    public AmbiguousRevisionException(String prefix, List<String> candidates) {
        super(ErrorCode.AMBIGUOUS, "Multiple revisions start with '" + prefix + "': "
                + candidates.stream().map((candidate) -> "'" + candidate + "'").collect(Collectors.joining(", ")));
        this.prefix = prefix;
        this.candidates = List.copyOf(candidates);
    }

    /** The prefix as given. */
    public String prefix() {
        return this.prefix;
    }

    /** Every id or label that starts with the prefix, sorted. */
    public List<String> candidates() {
        return this.candidates;
    }
}
