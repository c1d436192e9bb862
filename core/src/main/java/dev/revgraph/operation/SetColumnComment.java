package dev.revgraph.operation;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Sets or removes a column's comment. Databases without comments render no statement.
 *
 * @param table the table
 * @param column the column's name
 * @param comment the new comment, or {@code null} to remove it
 * @param existing the comment it replaces, or {@code null} if there was none
 * @param definition the column's current definition (its comment is ignored), needed by MariaDB and
 * MySQL, which can only set a column comment by restating the whole column; or {@code null}
 */
public record SetColumnComment(QualifiedName table, String column, @Nullable String comment,
        @Nullable String existing, @Nullable Column definition) implements Operation {

    public SetColumnComment {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        if (definition != null && !definition.name().equals(column)) {
            throw new IllegalArgumentException("Commenting column " + column + " with the definition of "
                    + definition.name());
        }
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new SetColumnComment(table, column, existing, comment, definition));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.setColumnComment(this);
    }
}
