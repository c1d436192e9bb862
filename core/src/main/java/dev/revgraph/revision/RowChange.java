package dev.revgraph.revision;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One change to the version table, as Alembic's head maintainer would make it: insert a row, delete a
 * row, or update one row's value.
 *
 * @param kind the kind of change
 * @param from the row deleted or updated, {@code null} for an insert
 * @param to the row inserted or the new value, {@code null} for a delete
 */
public record RowChange(Kind kind, @Nullable String from, @Nullable String to) {

    /** The kinds of change. */
    public enum Kind {
        INSERT, DELETE, UPDATE
    }

    public RowChange {
        Objects.requireNonNull(kind, "kind");
        if (kind != Kind.INSERT) {
            Objects.requireNonNull(from, "from");
        }
        if (kind != Kind.DELETE) {
            Objects.requireNonNull(to, "to");
        }
    }

    public static RowChange insert(String to) {
        return new RowChange(Kind.INSERT, null, to);
    }

    public static RowChange delete(String from) {
        return new RowChange(Kind.DELETE, from, null);
    }

    public static RowChange update(String from, String to) {
        return new RowChange(Kind.UPDATE, from, to);
    }
}
