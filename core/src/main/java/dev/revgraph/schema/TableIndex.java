package dev.revgraph.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An index, including those the database made for a constraint (see {@link #implicit()}).
 *
 * @param name the index's name
 * @param unique whether it is unique
 * @param columns its key columns and expressions, in order
 * @param predicate the condition of a partial index as the database writes it back (PostgreSQL), or
 * {@code null}
 * @param method the access method where the catalog reports one ({@code btree}, {@code gin} on
 * PostgreSQL; {@code BTREE}, {@code HASH}, {@code FULLTEXT} on MariaDB), or {@code null}
 * @param constraintName the primary key, unique or foreign key constraint this index enforces or was
 * made for, or {@code null} for an index of its own
 * @param implicit whether the database created it by itself for that constraint, rather than because
 * an index was asked for: PostgreSQL's index of a primary key or unique constraint, MariaDB's
 * {@code PRIMARY}, the index of each unique constraint (which is that index) and InnoDB's index for a
 * foreign key, H2's generated indexes ({@code PRIMARY_KEY_2}, {@code FK_X_INDEX_2})
 */
public record TableIndex(String name, boolean unique, List<IndexColumn> columns, @Nullable String predicate,
        @Nullable String method, @Nullable String constraintName, boolean implicit) {

    public TableIndex {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }

    /** A plain index of its own on {@code columns}, no predicate, method unknown. */
    public static TableIndex of(String name, boolean unique, IndexColumn... columns) {
        return new TableIndex(name, unique, List.of(columns), null, null, null, false);
    }

    /** This index with the given access method. */
    public TableIndex method(@Nullable String method) {
        return new TableIndex(name, unique, columns, predicate, method, constraintName, implicit);
    }

    /** This index limited to the rows matching {@code predicate}. */
    public TableIndex where(@Nullable String predicate) {
        return new TableIndex(name, unique, columns, predicate, method, constraintName, implicit);
    }

    /** This index as made by the database for {@code constraint}. */
    public TableIndex implicitFor(String constraint) {
        return new TableIndex(name, unique, columns, predicate, method, constraint, true);
    }

    /** The names of the plain columns, expressions left out. */
    public List<String> columnNames() {
        List<String> names = new ArrayList<>(columns.size());
        for (IndexColumn column : columns) {
            if (!column.expression()) {
                names.add(column.text());
            }
        }
        return Collections.unmodifiableList(names);
    }
}
