package dev.revgraph.operation;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The name of a table or sequence, optionally in a schema. Without a schema the database resolves the
 * name as it resolves any unqualified name (PostgreSQL's {@code search_path}, the connection's current
 * database on MariaDB and MySQL).
 *
 * @param schema the schema, or {@code null} for the connection's default
 * @param name the object's own name
 */
public record QualifiedName(@Nullable String schema, String name) {

    public QualifiedName {
        Objects.requireNonNull(name, "name");
    }

    /** An unqualified name. */
    public static QualifiedName of(String name) {
        return new QualifiedName(null, name);
    }

    /** A name in {@code schema}; a {@code null} schema gives an unqualified name. */
    public static QualifiedName of(@Nullable String schema, String name) {
        return new QualifiedName(schema, name);
    }

    /** The same schema with another name, for renames and for objects that live beside a table. */
    public QualifiedName withName(String newName) {
        return new QualifiedName(schema, newName);
    }

    @Override
    public String toString() {
        return (schema != null) ? schema + "." + name : name;
    }
}
