package dev.revgraph.operation;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Drops a column.
 *
 * @param table the table
 * @param column the column's name
 * @param definition the column's definition, which makes the drop reversible (its data is not restored);
 * or {@code null}
 */
public record DropColumn(QualifiedName table, String column, @Nullable Column definition) implements Operation {

    public DropColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        if (definition != null && !definition.name().equals(column)) {
            throw new IllegalArgumentException("Dropping column " + column + " with the definition of "
                    + definition.name());
        }
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.ofNullable(definition).map((column) -> new AddColumn(table, column));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.dropColumn(this);
    }
}
