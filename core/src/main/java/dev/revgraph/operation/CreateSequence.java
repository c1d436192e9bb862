package dev.revgraph.operation;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Creates a sequence, where the database has them.
 *
 * @param sequence the sequence
 * @param start its first value
 * @param increment the step between values
 * @param minValue its lowest value, or {@code null} for the database's default
 * @param maxValue its highest value, or {@code null} for the database's default
 * @param cycle whether it starts again after its last value
 */
public record CreateSequence(QualifiedName sequence, long start, long increment, @Nullable Long minValue,
        @Nullable Long maxValue, boolean cycle) implements Operation {

    public CreateSequence {
        Objects.requireNonNull(sequence, "sequence");
        if (increment == 0) {
            throw new IllegalArgumentException("Sequence " + sequence + " needs a non-zero increment");
        }
    }

    /** A sequence starting at {@code start}, counting by {@code increment}, with the database's limits. */
    public static CreateSequence of(QualifiedName sequence, long start, long increment) {
        return new CreateSequence(sequence, start, increment, null, null, false);
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new DropSequence(sequence, this));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.createSequence(this);
    }
}
