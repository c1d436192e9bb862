package dev.revgraph.schema;

import java.util.Objects;

/**
 * A column of a table of the same schema, e.g. the owner of a sequence.
 *
 * @param table the table's name
 * @param column the column's name
 */
public record ColumnReference(String table, String column) {

    public ColumnReference {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    /** {@code table.column}. */
    @Override
    public String toString() {
        return table + "." + column;
    }
}
