package dev.revgraph.operation;

import java.util.Objects;
import java.util.Optional;

/**
 * Adds a unique constraint to an existing table.
 *
 * @param table the table
 * @param constraint the unique constraint; it must have a name, so that it can be dropped again
 */
public record CreateUniqueConstraint(QualifiedName table, UniqueConstraint constraint) implements Operation {

    public CreateUniqueConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
        if (constraint.name() == null) {
            throw new IllegalArgumentException("A unique constraint added to " + table + " needs a name");
        }
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(DropConstraint.of(table, constraint));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.createUniqueConstraint(this);
    }
}
