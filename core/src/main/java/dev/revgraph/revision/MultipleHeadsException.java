package dev.revgraph.revision;

import java.util.List;

import dev.revgraph.ErrorCode;

/**
 * An identifier that must name one revision ({@code head}, {@code label@head}) names several heads.
 * Carries the heads, in load order, and the argument as given.
 */
public class MultipleHeadsException extends RevisionGraphException {

    private final List<String> heads;

    private final String argument;

    public MultipleHeadsException(List<String> heads, String argument) {
        super(ErrorCode.MULTIPLE_HEADS, "Multiple head revisions are present for given argument '" + argument
                + "'; please specify a specific target revision, '<branchname>@head' to narrow to a specific head, "
                + "or 'heads' for all heads (heads: " + String.join(", ", heads) + ")");
        this.heads = List.copyOf(heads);
        this.argument = argument;
    }

    /** The head revision ids the argument resolved to, in load order. */
    public List<String> heads() {
        return this.heads;
    }

    /** The identifier as it was given, e.g. {@code head}. */
    public String argument() {
        return this.argument;
    }
}
