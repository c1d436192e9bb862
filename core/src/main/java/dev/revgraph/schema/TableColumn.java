package dev.revgraph.schema;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A column as the catalog describes it.
 *
 * @param name the column's name, in the case the database stores it
 * @param type its type, raw and parsed
 * @param nullable whether it accepts {@code NULL}
 * @param defaultExpression the default exactly as the catalog reports it, or {@code null} when the
 * catalog reports none: PostgreSQL's {@code 'draft'::character varying}, MariaDB's {@code 'draft'} and
 * its {@code NULL} (the word, for a nullable column declared without default), H2's {@code 'draft'}
 * @param identity how the database generates its values, if it does
 * @param sequence the sequence this column owns ({@code serial}, {@code OWNED BY}) or that generates its
 * identity, when the database names one; {@code null} otherwise
 * @param generatedAs the expression of a generated (computed) column, {@code null} for an ordinary one
 * @param comment the column's comment, {@code null} when it has none
 */
public record TableColumn(String name, DataType type, boolean nullable, @Nullable String defaultExpression,
        Identity identity, @Nullable String sequence, @Nullable String generatedAs, @Nullable String comment) {

    public TableColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(identity, "identity");
    }

    /** A nullable column without default, generation or comment. */
    public static TableColumn of(String name, DataType type) {
        return new TableColumn(name, type, true, null, Identity.NONE, null, null, null);
    }

    /** This column with the given nullability. */
    public TableColumn nullable(boolean nullable) {
        return new TableColumn(name, type, nullable, defaultExpression, identity, sequence, generatedAs, comment);
    }

    /** This column with a default as the catalog would report it; {@code null} for none. */
    public TableColumn defaultExpression(@Nullable String defaultExpression) {
        return new TableColumn(name, type, nullable, defaultExpression, identity, sequence, generatedAs, comment);
    }

    /** This column generated as {@code identity}, by the given sequence if it has one. */
    public TableColumn identity(Identity identity, @Nullable String sequence) {
        return new TableColumn(name, type, nullable, defaultExpression, identity, sequence, generatedAs, comment);
    }

    /** This column computed from {@code expression}; {@code null} for an ordinary column. */
    public TableColumn generatedAs(@Nullable String expression) {
        return new TableColumn(name, type, nullable, defaultExpression, identity, sequence, expression, comment);
    }

    /** This column with a comment; {@code null} for none. */
    public TableColumn comment(@Nullable String comment) {
        return new TableColumn(name, type, nullable, defaultExpression, identity, sequence, generatedAs, comment);
    }

    /** This column with another type. */
    public TableColumn type(DataType type) {
        return new TableColumn(name, type, nullable, defaultExpression, identity, sequence, generatedAs, comment);
    }
}
