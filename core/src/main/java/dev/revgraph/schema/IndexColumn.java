package dev.revgraph.schema;

import java.util.Objects;

/**
 * One key element of an index: a column or an expression.
 *
 * @param text the column's name, or the expression as the database writes it back
 * ({@code lower(email::text)} on PostgreSQL); a MariaDB prefix index on {@code name(10)} is written so
 * @param expression whether {@code text} is an expression rather than a column
 * @param descending whether the element is sorted descending
 */
public record IndexColumn(String text, boolean expression, boolean descending) {

    public IndexColumn {
        Objects.requireNonNull(text, "text");
    }

    /** An ascending column. */
    public static IndexColumn column(String name) {
        return new IndexColumn(name, false, false);
    }

    /** An ascending expression. */
    public static IndexColumn expression(String sql) {
        return new IndexColumn(sql, true, false);
    }

    /** This element, sorted descending. */
    public IndexColumn desc() {
        return new IndexColumn(text, expression, true);
    }

    /** {@code name}, {@code lower(name)} or {@code created DESC}. */
    @Override
    public String toString() {
        return descending ? text + " DESC" : text;
    }
}
