package dev.revgraph.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A table: its columns in the database's order, and everything else sorted by name so that two readings
 * of the same catalog are equal.
 *
 * @param schema the schema it lives in, {@code null} when unknown
 * @param name the table's name, in the case the database stores it
 * @param columns its columns, in ordinal order
 * @param primaryKey its primary key, or {@code null}
 * @param uniqueConstraints its unique constraints
 * @param indexes its indexes, including those the database made for constraints
 * ({@link TableIndex#implicit()})
 * @param foreignKeys its foreign keys
 * @param checkConstraints its check constraints
 * @param comment its comment, or {@code null}
 */
public record Table(@Nullable String schema, String name, List<TableColumn> columns,
        @Nullable TablePrimaryKey primaryKey, List<TableUniqueConstraint> uniqueConstraints, List<TableIndex> indexes,
        List<TableForeignKey> foreignKeys, List<TableCheckConstraint> checkConstraints, @Nullable String comment) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        uniqueConstraints = Ordering.byName(uniqueConstraints, TableUniqueConstraint::name);
        indexes = Ordering.byName(indexes, TableIndex::name);
        foreignKeys = Ordering.byName(foreignKeys, TableForeignKey::name);
        checkConstraints = Ordering.byName(checkConstraints, TableCheckConstraint::name);
    }

    /** A table with columns only. */
    public static Table of(@Nullable String schema, String name, List<TableColumn> columns) {
        return new Table(schema, name, columns, null, List.of(), List.of(), List.of(), List.of(), null);
    }

    /** The column with exactly this name. */
    public Optional<TableColumn> column(String columnName) {
        return columns.stream().filter((column) -> column.name().equals(columnName)).findFirst();
    }

    /** The index with exactly this name. */
    public Optional<TableIndex> index(String indexName) {
        return indexes.stream().filter((index) -> index.name().equals(indexName)).findFirst();
    }

    /** The names of the columns, in order. */
    public List<String> columnNames() {
        return columns.stream().map(TableColumn::name).toList();
    }
}
