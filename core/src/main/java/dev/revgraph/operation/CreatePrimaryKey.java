package dev.revgraph.operation;

import java.util.Objects;
import java.util.Optional;

/**
 * Adds a primary key to an existing table.
 *
 * @param table the table
 * @param constraint the primary key; it must have a name, so that it can be dropped again
 */
public record CreatePrimaryKey(QualifiedName table, PrimaryKey constraint) implements Operation {

    public CreatePrimaryKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
        if (constraint.name() == null) {
            throw new IllegalArgumentException("A primary key added to " + table + " needs a name");
        }
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(DropConstraint.of(table, constraint));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.createPrimaryKey(this);
    }
}
