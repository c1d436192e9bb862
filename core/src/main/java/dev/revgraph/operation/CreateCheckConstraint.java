package dev.revgraph.operation;

import java.util.Objects;
import java.util.Optional;

/**
 * Adds a check constraint to an existing table.
 *
 * @param table the table
 * @param constraint the check constraint; it must have a name, so that it can be dropped again
 */
public record CreateCheckConstraint(QualifiedName table, CheckConstraint constraint) implements Operation {

    public CreateCheckConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
        if (constraint.name() == null) {
            throw new IllegalArgumentException("A check constraint added to " + table + " needs a name");
        }
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(DropConstraint.of(table, constraint));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.createCheckConstraint(this);
    }
}
