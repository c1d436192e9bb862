package dev.revgraph.operation;

import java.util.Objects;

/**
 * One element of an index: a column (quoted by the dialect as needed) or an expression (written as
 * SQL, e.g. {@code lower(email)}), sorted ascending (the default) or descending.
 *
 * <pre>{@code
 * op.createIndex("ix_product_region_price", "product", i -> i.columns("region").descending("price"));
 * op.createIndex("ix_users_lower_email", "users", i -> i.element(IndexElement.expression("lower(email)").desc()));
 * }</pre>
 *
 * @param text the column name or the expression
 * @param expression whether {@code text} is an expression
 * @param descending whether the element is sorted descending ({@code DESC}); MariaDB before 10.8 and
 * MySQL before 8.0 accept {@code DESC} and build the element ascending
 */
public record IndexElement(String text, boolean expression, boolean descending) {

    public IndexElement {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("An index element cannot be blank");
        }
    }

    /** An ascending element. */
    public IndexElement(String text, boolean expression) {
        this(text, expression, false);
    }

    /** An ascending column. */
    public static IndexElement column(String name) {
        return new IndexElement(name, false, false);
    }

    /** An ascending expression. */
    public static IndexElement expression(String sql) {
        return new IndexElement(sql, true, false);
    }

    /** This element, sorted descending. */
    public IndexElement desc() {
        return new IndexElement(text, expression, true);
    }

    /** {@code name}, {@code lower(name)} or {@code price DESC}. */
    @Override
    public String toString() {
        return descending ? text + " DESC" : text;
    }
}
