package dev.revgraph.operation;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A foreign key.
 *
 * <pre>{@code
 * ForeignKey.of("fk_comments_resource", "resource_id", "resources", "id").onDelete(ForeignKeyAction.CASCADE)
 * }</pre>
 *
 * @param name the constraint's name, or {@code null} inside a new table for the database's choice
 * @param columns the referencing columns, in order
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, matching {@code columns} one for one
 * @param onDelete the action when a referenced row is deleted
 * @param onUpdate the action when a referenced key is updated
 */
public record ForeignKey(@Nullable String name, List<String> columns, QualifiedName referencedTable,
        List<String> referencedColumns, ForeignKeyAction onDelete, ForeignKeyAction onUpdate)
        implements TableConstraint {

    public ForeignKey {
        columns = TableConstraint.columnList(columns, "A foreign key");
        referencedColumns = TableConstraint.columnList(referencedColumns, "A foreign key's reference");
        Objects.requireNonNull(referencedTable, "referencedTable");
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
        if (columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("Foreign key " + name + " has " + columns.size()
                    + " columns but references " + referencedColumns.size());
        }
    }

    /** A single-column foreign key with {@code NO ACTION} on delete and update. */
    public static ForeignKey of(@Nullable String name, String column, String referencedTable,
            String referencedColumn) {
        return of(name, List.of(column), QualifiedName.of(referencedTable), List.of(referencedColumn));
    }

    /** A foreign key with {@code NO ACTION} on delete and update. */
    public static ForeignKey of(@Nullable String name, List<String> columns, QualifiedName referencedTable,
            List<String> referencedColumns) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, ForeignKeyAction.NO_ACTION,
                ForeignKeyAction.NO_ACTION);
    }

    /** This foreign key with another action on delete. */
    public ForeignKey onDelete(ForeignKeyAction action) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, action, onUpdate);
    }

    /** This foreign key with another action on update. */
    public ForeignKey onUpdate(ForeignKeyAction action) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, action);
    }

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.FOREIGN_KEY;
    }

    @Override
    public Operation createOn(QualifiedName table) {
        return new CreateForeignKey(table, this);
    }
}
