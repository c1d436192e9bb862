package dev.revgraph.schema;

import java.util.List;
import java.util.Objects;

import dev.revgraph.operation.ForeignKeyAction;

import org.jspecify.annotations.Nullable;

/**
 * A foreign key.
 *
 * @param name the constraint's name, {@code null} when unknown
 * @param columns the referencing columns, in order
 * @param referencedSchema the referenced table's schema, {@code null} when unknown
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, matching {@code columns} one for one
 * @param onDelete the action when a referenced row is deleted
 * @param onUpdate the action when a referenced key is updated
 */
public record TableForeignKey(@Nullable String name, List<String> columns, @Nullable String referencedSchema,
        String referencedTable, List<String> referencedColumns, ForeignKeyAction onDelete,
        ForeignKeyAction onUpdate) {

    public TableForeignKey {
        columns = List.copyOf(columns);
        Objects.requireNonNull(referencedTable, "referencedTable");
        referencedColumns = List.copyOf(referencedColumns);
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
    }

    /** A foreign key doing {@code NO ACTION} on delete and update. */
    public static TableForeignKey of(@Nullable String name, List<String> columns, @Nullable String referencedSchema,
            String referencedTable, List<String> referencedColumns) {
        return new TableForeignKey(name, columns, referencedSchema, referencedTable, referencedColumns,
                ForeignKeyAction.NO_ACTION, ForeignKeyAction.NO_ACTION);
    }

    /** This foreign key with the given actions. */
    public TableForeignKey actions(ForeignKeyAction onDelete, ForeignKeyAction onUpdate) {
        return new TableForeignKey(name, columns, referencedSchema, referencedTable, referencedColumns, onDelete,
                onUpdate);
    }
}
