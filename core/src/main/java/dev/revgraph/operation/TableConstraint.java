package dev.revgraph.operation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A constraint declared on a table: inside {@link CreateTable}, added by its own operation, or carried by
 * {@link DropConstraint} so the drop can be reversed.
 */
public sealed interface TableConstraint permits PrimaryKey, UniqueConstraint, CheckConstraint, ForeignKey {

    /** The constraint's name, or {@code null} to let the database choose one (inside a new table only). */
    @Nullable String name();

    ConstraintKind kind();

    /** The operation that adds this constraint to an existing {@code table}. */
    Operation createOn(QualifiedName table);

    /** Copies {@code columns}, refusing an empty list or a null element. */
    static List<String> columnList(List<String> columns, String what) {
        List<String> copy = List.copyOf(columns);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one column");
        }
        return copy;
    }
}
