package dev.revgraph.operation;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A column's definition. Start from {@link #of(String, ColumnType)} (nullable, no default) and refine:
 *
 * <pre>{@code
 * Column.of("id", ColumnType.BIGINT).asIdentity()
 * Column.of("email", ColumnType.varchar(255)).notNull().comment("Where we write to")
 * Column.of("created_at", ColumnType.TIMESTAMP).notNull().defaultExpression("CURRENT_TIMESTAMP")
 * }</pre>
 *
 * @param name the column's name
 * @param type its type
 * @param nullable whether it accepts {@code NULL}
 * @param defaultExpression the server-side default as SQL, written as the database expects it
 * ({@code "0"}, {@code "'draft'"}, {@code "CURRENT_TIMESTAMP"}), or {@code null} for none
 * @param identity whether the database generates its values (identity or auto-increment)
 * @param comment the column's comment, or {@code null} for none
 */
public record Column(String name, ColumnType type, boolean nullable, @Nullable String defaultExpression,
        boolean identity, @Nullable String comment) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (identity && defaultExpression != null) {
            throw new IllegalArgumentException("Column '" + name + "' cannot be an identity and have a default");
        }
        if (identity && nullable) {
            throw new IllegalArgumentException("Identity column '" + name + "' cannot be nullable");
        }
    }

    /** A nullable column without default, identity or comment. */
    public static Column of(String name, ColumnType type) {
        return new Column(name, type, true, null, false, null);
    }

    /** This column, refusing {@code NULL}. */
    public Column notNull() {
        return nullable(false);
    }

    /** This column with the given nullability. */
    public Column nullable(boolean nullable) {
        return new Column(name, type, nullable, defaultExpression, identity, comment);
    }

    /** This column with a server-side default, SQL as the database expects it; {@code null} removes it. */
    public Column defaultExpression(@Nullable String defaultExpression) {
        return new Column(name, type, nullable, defaultExpression, identity, comment);
    }

    /** This column as a generated identity (PostgreSQL identity, MariaDB auto-increment...); implies not null. */
    public Column asIdentity() {
        return new Column(name, type, false, null, true, comment);
    }

    /** This column with a comment; {@code null} removes it. */
    public Column comment(@Nullable String comment) {
        return new Column(name, type, nullable, defaultExpression, identity, comment);
    }

    /** This column under another name. */
    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultExpression, identity, comment);
    }

    /** This column with another type. */
    public Column withType(ColumnType newType) {
        return new Column(name, newType, nullable, defaultExpression, identity, comment);
    }
}
