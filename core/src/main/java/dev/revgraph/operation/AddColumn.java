package dev.revgraph.operation;

import java.util.Objects;
import java.util.Optional;

/**
 * Adds a column to a table.
 *
 * @param table the table
 * @param column the new column
 */
public record AddColumn(QualifiedName table, Column column) implements Operation {

    public AddColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new DropColumn(table, column.name(), column));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.addColumn(this);
    }
}
