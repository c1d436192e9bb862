package dev.revgraph.schema;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A unique constraint. MariaDB and MySQL make no difference between a unique constraint and a unique
 * index: their catalogs report each unique index as a unique constraint too, and the readers say so.
 *
 * @param name the constraint's name, {@code null} when unknown
 * @param columns its columns, in order
 */
public record TableUniqueConstraint(@Nullable String name, List<String> columns) {

    public TableUniqueConstraint {
        columns = List.copyOf(columns);
    }

    public static TableUniqueConstraint of(@Nullable String name, String... columns) {
        return new TableUniqueConstraint(name, List.of(columns));
    }
}
