package dev.revgraph.operation;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A check constraint.
 *
 * @param name the constraint's name, or {@code null} inside a new table for the database's choice
 * @param condition the condition as SQL, e.g. {@code "score BETWEEN 0 AND 5"}
 */
public record CheckConstraint(@Nullable String name, String condition) implements TableConstraint {

    public CheckConstraint {
        Objects.requireNonNull(condition, "condition");
        if (condition.isBlank()) {
            throw new IllegalArgumentException("A check constraint needs a condition");
        }
    }

    public static CheckConstraint of(@Nullable String name, String condition) {
        return new CheckConstraint(name, condition);
    }

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.CHECK;
    }

    @Override
    public Operation createOn(QualifiedName table) {
        return new CreateCheckConstraint(table, this);
    }
}
