package dev.revgraph.operation;

import org.jspecify.annotations.Nullable;

/**
 * One part of an {@link AlterColumn}, for
 * {@link Operations#alterColumn(String, String, ColumnChange...)}:
 *
 * <pre>{@code
 * op.alterColumn("users", "email",
 *         ColumnChange.type(ColumnType.varchar(100), ColumnType.varchar(255)),
 *         ColumnChange.notNull(),
 *         ColumnChange.rename("email_address"));
 * }</pre>
 */
@FunctionalInterface
public interface ColumnChange {

    /** Returns {@code alter} with this change applied. */
    AlterColumn applyTo(AlterColumn alter);

    /** Changes the type from {@code existing} to {@code target}. */
    static ColumnChange type(ColumnType existing, ColumnType target) {
        return (alter) -> alter.withType(Change.of(existing, target));
    }

    /** States the unchanged type, for databases that rewrite the whole column. */
    static ColumnChange existingType(ColumnType existing) {
        return (alter) -> alter.withType(Change.unchanged(existing));
    }

    /** Changes the nullability from {@code existing} to {@code target}. */
    static ColumnChange nullable(boolean existing, boolean target) {
        return (alter) -> alter.withNullable(Change.of(existing, target));
    }

    /** Makes a nullable column refuse {@code NULL}. */
    static ColumnChange notNull() {
        return nullable(true, false);
    }

    /** Makes a {@code NOT NULL} column accept {@code NULL}. */
    static ColumnChange allowNull() {
        return nullable(false, true);
    }

    /** States the unchanged nullability, for databases that rewrite the whole column. */
    static ColumnChange existingNullable(boolean existing) {
        return (alter) -> alter.withNullable(Change.unchanged(existing));
    }

    /** Changes the default (SQL; {@code null} for none) from {@code existing} to {@code target}. */
    static ColumnChange defaultExpression(@Nullable String existing, @Nullable String target) {
        return (alter) -> alter.withDefaultExpression(Change.of(existing, target));
    }

    /** States the unchanged default, for databases that rewrite the whole column. */
    static ColumnChange existingDefault(@Nullable String existing) {
        return (alter) -> alter.withDefaultExpression(Change.unchanged(existing));
    }

    /** Changes the comment ({@code null} for none) from {@code existing} to {@code target}. */
    static ColumnChange comment(@Nullable String existing, @Nullable String target) {
        return (alter) -> alter.withComment(Change.of(existing, target));
    }

    /** States the unchanged comment, for databases that rewrite the whole column. */
    static ColumnChange existingComment(@Nullable String existing) {
        return (alter) -> alter.withComment(Change.unchanged(existing));
    }

    /** Renames the column. */
    static ColumnChange rename(String newName) {
        return (alter) -> alter.withNewName(newName);
    }

    /** States every attribute of the column as it is now, e.g. from a schema read. */
    static ColumnChange existing(Column column) {
        return (alter) -> alter.withType(Change.unchanged(column.type()))
                .withNullable(Change.unchanged(column.nullable()))
                .withDefaultExpression(Change.unchanged(column.defaultExpression()))
                .withComment(Change.unchanged(column.comment()));
    }
}
