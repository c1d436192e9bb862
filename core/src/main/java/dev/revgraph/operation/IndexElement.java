package dev.revgraph.operation;

import java.util.Objects;

/**
 * One element of an index: a column (quoted by the dialect as needed) or an expression (written as
 * SQL, e.g. {@code lower(email)}).
 *
 * @param text the column name or the expression
 * @param expression whether {@code text} is an expression
 */
public record IndexElement(String text, boolean expression) {

    public IndexElement {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("An index element cannot be blank");
        }
    }

    public static IndexElement column(String name) {
        return new IndexElement(name, false);
    }

    public static IndexElement expression(String sql) {
        return new IndexElement(sql, true);
    }
}
