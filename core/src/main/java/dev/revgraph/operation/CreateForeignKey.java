package dev.revgraph.operation;

import java.util.Objects;
import java.util.Optional;

/**
 * Adds a foreign key to an existing table.
 *
 * @param table the table
 * @param constraint the foreign key; it must have a name, so that it can be dropped again
 */
public record CreateForeignKey(QualifiedName table, ForeignKey constraint) implements Operation {

    public CreateForeignKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
        if (constraint.name() == null) {
            throw new IllegalArgumentException("A foreign key added to " + table + " needs a name");
        }
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(DropConstraint.of(table, constraint));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.createForeignKey(this);
    }
}
