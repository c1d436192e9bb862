package dev.revgraph.schema;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A table's primary key.
 *
 * @param name the constraint's name ({@code PRIMARY} on MariaDB and MySQL, generated names such as
 * {@code CONSTRAINT_2} on H2 when none was given); {@code null} when unknown, e.g. in a model not yet
 * named by a database
 * @param columns its columns, in key order
 */
public record TablePrimaryKey(@Nullable String name, List<String> columns) {

    public TablePrimaryKey {
        columns = List.copyOf(columns);
    }

    public static TablePrimaryKey of(@Nullable String name, String... columns) {
        return new TablePrimaryKey(name, List.of(columns));
    }
}
