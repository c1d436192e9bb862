package dev.revgraph.operation;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Drops a sequence.
 *
 * @param sequence the sequence
 * @param definition its definition, which makes the drop reversible (its current value is not
 * restored); or {@code null}
 */
public record DropSequence(QualifiedName sequence, @Nullable CreateSequence definition) implements Operation {

    public DropSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.ofNullable(definition);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.dropSequence(this);
    }
}
