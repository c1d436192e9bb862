package dev.revgraph.operation;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Changes a column's type, nullability, default, comment or name. Each attribute is a {@link Change}
 * carrying the value it replaces, so every alteration is reversible; a {@code null} attribute is
 * neither changed nor known. Build one with
 * {@link Operations#alterColumn(String, String, ColumnChange...)}.
 *
 * <p>Databases that rewrite the whole column to change any part of it (MariaDB and MySQL
 * {@code MODIFY}, SQL Server {@code ALTER COLUMN}) need the unchanged type and nullability too; pass
 * them with {@link ColumnChange#existingType(ColumnType)} and
 * {@link ColumnChange#existingNullable(boolean)}. A default or comment not stated counts as none there,
 * as in Alembic.
 *
 * @param table the table
 * @param column the column's current name
 * @param type its type before and after, or {@code null}
 * @param nullable its nullability before and after, or {@code null}
 * @param defaultExpression its default (SQL, {@code null} for none) before and after, or {@code null}
 * @param comment its comment before and after, or {@code null}
 * @param newName its new name, or {@code null} to keep the name
 */
public record AlterColumn(QualifiedName table, String column, @Nullable Change<ColumnType> type,
        @Nullable Change<Boolean> nullable, @Nullable Change<@Nullable String> defaultExpression,
        @Nullable Change<@Nullable String> comment, @Nullable String newName) implements Operation {

    public AlterColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        if (column.equals(newName)) {
            newName = null;
        }
    }

    /** Alters {@code column} of {@code table} by each of {@code changes} in turn. */
    public static AlterColumn of(QualifiedName table, String column, ColumnChange... changes) {
        AlterColumn alter = new AlterColumn(table, column, null, null, null, null, null);
        for (ColumnChange change : changes) {
            alter = change.applyTo(alter);
        }
        return alter;
    }

    /** The column's name after the alteration. */
    public String finalName() {
        return (newName != null) ? newName : column;
    }

    /** Whether the type changes. */
    public boolean changesType() {
        return type != null && type.changed();
    }

    /** Whether the nullability changes. */
    public boolean changesNullable() {
        return nullable != null && nullable.changed();
    }

    /** Whether the default changes. */
    public boolean changesDefault() {
        return defaultExpression != null && defaultExpression.changed();
    }

    /** Whether the comment changes. */
    public boolean changesComment() {
        return comment != null && comment.changed();
    }

    public AlterColumn withType(@Nullable Change<ColumnType> type) {
        return new AlterColumn(table, column, type, nullable, defaultExpression, comment, newName);
    }

    public AlterColumn withNullable(@Nullable Change<Boolean> nullable) {
        return new AlterColumn(table, column, type, nullable, defaultExpression, comment, newName);
    }

    public AlterColumn withDefaultExpression(@Nullable Change<@Nullable String> defaultExpression) {
        return new AlterColumn(table, column, type, nullable, defaultExpression, comment, newName);
    }

    public AlterColumn withComment(@Nullable Change<@Nullable String> comment) {
        return new AlterColumn(table, column, type, nullable, defaultExpression, comment, newName);
    }

    public AlterColumn withNewName(@Nullable String newName) {
        return new AlterColumn(table, column, type, nullable, defaultExpression, comment, newName);
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new AlterColumn(table, finalName(), reversed(type), reversed(nullable),
                reversed(defaultExpression), reversed(comment), (newName != null) ? column : null));
    }

    private static <T extends @Nullable Object> @Nullable Change<T> reversed(@Nullable Change<T> change) {
        return (change != null) ? change.reversed() : null;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.alterColumn(this);
    }
}
