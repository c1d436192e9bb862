package dev.revgraph.operation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A unique constraint.
 *
 * @param name the constraint's name, or {@code null} inside a new table for the database's choice
 * @param columns its columns, in order
 */
public record UniqueConstraint(@Nullable String name, List<String> columns) implements TableConstraint {

    public UniqueConstraint {
        columns = TableConstraint.columnList(columns, "A unique constraint");
    }

    public static UniqueConstraint of(@Nullable String name, String... columns) {
        return new UniqueConstraint(name, List.of(columns));
    }

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.UNIQUE;
    }

    @Override
    public Operation createOn(QualifiedName table) {
        return new CreateUniqueConstraint(table, this);
    }
}
