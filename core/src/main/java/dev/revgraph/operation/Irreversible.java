package dev.revgraph.operation;

import java.util.Objects;
import java.util.Optional;

/**
 * Marks a direction as impossible. It renders no SQL: the runtime sees it before any statement runs and
 * refuses the whole step.
 *
 * @param reason why, shown to whoever asked for the step
 */
public record Irreversible(String reason) implements Operation {

    public Irreversible {
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.empty();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.irreversible(this);
    }
}
