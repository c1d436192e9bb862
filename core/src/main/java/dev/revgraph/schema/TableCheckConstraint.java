package dev.revgraph.schema;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A check constraint.
 *
 * @param name the constraint's name (on MariaDB a check written on a column is named after the column;
 * on H2 an unnamed one gets a generated name such as {@code CONSTRAINT_C}); {@code null} when unknown
 * @param expression the condition as the database writes it back: PostgreSQL {@code score >= 0::numeric},
 * MariaDB {@code `score` >= 0}, H2 {@code "SCORE" >= 0}
 * @param implicit whether the database added it by itself for a column's type: MariaDB's
 * {@code json_valid(`doc`)} check of a {@code JSON} column
 */
public record TableCheckConstraint(@Nullable String name, String expression, boolean implicit) {

    public TableCheckConstraint {
        Objects.requireNonNull(expression, "expression");
    }

    /** A check declared on purpose. */
    public static TableCheckConstraint of(@Nullable String name, String expression) {
        return new TableCheckConstraint(name, expression, false);
    }
}
