package dev.revgraph.operation;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Drops a table.
 *
 * @param table the table
 * @param definition the table's full definition, which makes the drop reversible; or {@code null}
 */
public record DropTable(QualifiedName table, @Nullable CreateTable definition) implements Operation {

    public DropTable {
        Objects.requireNonNull(table, "table");
        if (definition != null && !definition.table().equals(table)) {
            throw new IllegalArgumentException("Dropping " + table + " with the definition of " + definition.table());
        }
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.ofNullable(definition);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.dropTable(this);
    }
}
