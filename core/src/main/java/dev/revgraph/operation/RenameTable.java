package dev.revgraph.operation;

import java.util.Objects;
import java.util.Optional;

/**
 * Renames a table within its schema.
 *
 * @param table the table under its current name
 * @param newName the new name, in the same schema
 */
public record RenameTable(QualifiedName table, String newName) implements Operation {

    public RenameTable {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(newName, "newName");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new RenameTable(table.withName(newName), table.name()));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.renameTable(this);
    }
}
