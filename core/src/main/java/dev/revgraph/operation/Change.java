package dev.revgraph.operation;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One attribute of a column before and after an {@link AlterColumn}. An unchanged attribute still
 * states its value when a database needs it to rewrite the column (MariaDB's {@code MODIFY}, SQL
 * Server's {@code ALTER COLUMN}).
 *
 * @param <T> the attribute's type
 * @param existing the value before the change
 * @param target the value after it
 */
public record Change<T extends @Nullable Object>(T existing, T target) {

    public static <T extends @Nullable Object> Change<T> of(T existing, T target) {
        return new Change<>(existing, target);
    }

    /** A value that stays as it is but is known. */
    public static <T extends @Nullable Object> Change<T> unchanged(T existing) {
        return new Change<>(existing, existing);
    }

    /** Whether the value changes. */
    public boolean changed() {
        return !Objects.equals(existing, target);
    }

    /** The change that undoes this one. */
    public Change<T> reversed() {
        return new Change<>(target, existing);
    }
}
