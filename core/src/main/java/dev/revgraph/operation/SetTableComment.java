package dev.revgraph.operation;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Sets or removes a table's comment. Databases without comments render no statement.
 *
 * @param table the table
 * @param comment the new comment, or {@code null} to remove it
 * @param existing the comment it replaces, or {@code null} if there was none
 */
public record SetTableComment(QualifiedName table, @Nullable String comment, @Nullable String existing)
        implements Operation {

    public SetTableComment {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new SetTableComment(table, existing, comment));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.setTableComment(this);
    }
}
