package dev.revgraph.operation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A primary key.
 *
 * @param name the constraint's name, or {@code null} inside a new table for the database's choice
 * @param columns the key's columns, in order
 */
public record PrimaryKey(@Nullable String name, List<String> columns) implements TableConstraint {

    public PrimaryKey {
        columns = TableConstraint.columnList(columns, "A primary key");
    }

    public static PrimaryKey of(@Nullable String name, String... columns) {
        return new PrimaryKey(name, List.of(columns));
    }

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.PRIMARY_KEY;
    }

    @Override
    public Operation createOn(QualifiedName table) {
        return new CreatePrimaryKey(table, this);
    }
}
