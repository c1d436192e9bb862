package dev.revgraph.diff;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import dev.revgraph.schema.IndexColumn;
import dev.revgraph.schema.Schema;
import dev.revgraph.schema.Table;
import dev.revgraph.schema.TableCheckConstraint;
import dev.revgraph.schema.TableForeignKey;
import dev.revgraph.schema.TableIndex;
import dev.revgraph.schema.TablePrimaryKey;
import dev.revgraph.schema.TableUniqueConstraint;

import org.jspecify.annotations.Nullable;

/**
 * Matches one table's unique constraints, indexes, foreign keys and checks by structure.
 *
 * <p>A unique constraint and a unique index on the same columns (no predicate, no expression) enforce
 * the same thing and match each other: MariaDB keeps nothing else, and a model's unique index may meet a
 * database's unique constraint. An index the database made for a constraint (the index behind a primary
 * key or unique constraint, InnoDB's and H2's index for a foreign key) may match a model's index of the
 * same structure, and is otherwise not compared.
 *
 * <p>Written with loops rather than streams, and objects removed by identity rather than by record
 * equality: this runs for every table, and in a JVM that has just started each stream pipeline, lambda
 * and record {@code equals} is code to spin and compile on the comparison's critical path.
 */
final class ConstraintComparator {

    private final Canonicalizer canonicalizer;

    private final CompareOptions options;

    private final Schema modelSchema;

    private final Table model;

    private final Table database;

    private final List<Difference> differences;

    ConstraintComparator(Canonicalizer canonicalizer, CompareOptions options, Schema modelSchema, Table model,
            Table database, List<Difference> differences) {
        this.canonicalizer = canonicalizer;
        this.options = options;
        this.modelSchema = modelSchema;
        this.model = model;
        this.database = database;
        this.differences = differences;
    }

    void compare() {
        compareUniquesAndIndexes();
        compareForeignKeys();
        compareChecks();
    }

    // --- unique constraints and indexes -----------------------------------------------------------------

    private void compareUniquesAndIndexes() {
        List<TableUniqueConstraint> databaseUniques = new ArrayList<>(database.uniqueConstraints());
        List<TableIndex> databaseIndexes = new ArrayList<>(database.indexes());
        List<TableUniqueConstraint> addedUniques = new ArrayList<>();
        List<TableIndex> addedIndexes = new ArrayList<>();
        for (TableUniqueConstraint unique : model.uniqueConstraints()) {
            List<String> columns = keys(unique.columns());
            TableUniqueConstraint constraint = uniqueOn(databaseUniques, columns);
            if (constraint != null) {
                consumeUnique(constraint, databaseUniques, databaseIndexes);
                continue;
            }
            TableIndex index = uniqueIndexOn(databaseIndexes, columns);
            if (index != null) {
                consumeIndex(index, databaseUniques, databaseIndexes);
                continue;
            }
            addedUniques.add(unique);
        }
        for (TableIndex index : model.indexes()) {
            IndexShape shape = shape(index);
            TableIndex match = indexShaped(databaseIndexes, shape, false);
            if (match == null) {
                match = indexShaped(databaseIndexes, shape, true);
            }
            if (match != null) {
                consumeIndex(match, databaseUniques, databaseIndexes);
                continue;
            }
            if (shape.unique() && shape.predicate() == null && plainAscending(index)) {
                TableUniqueConstraint constraint = uniqueOn(databaseUniques, shape.elements());
                if (constraint != null) {
                    consumeUnique(constraint, databaseUniques, databaseIndexes);
                    continue;
                }
            }
            addedIndexes.add(index);
        }
        for (TableUniqueConstraint unique : databaseUniques) {
            report(Difference.Kind.REMOVED, ObjectKind.UNIQUE_CONSTRAINT, unique.name(), unique.columns(), null,
                    "UNIQUE " + unique.columns(), null, unique, "structure.unique");
        }
        for (TableIndex index : databaseIndexes) {
            if (!index.implicit()) {
                report(Difference.Kind.REMOVED, ObjectKind.INDEX, index.name(), index.columnNames(), null,
                        describe(index), null, index, "structure.index");
            }
        }
        for (TableUniqueConstraint unique : addedUniques) {
            report(Difference.Kind.ADDED, ObjectKind.UNIQUE_CONSTRAINT, unique.name(), unique.columns(),
                    "UNIQUE " + unique.columns(), null, unique, null, "structure.unique");
        }
        for (TableIndex index : addedIndexes) {
            report(Difference.Kind.ADDED, ObjectKind.INDEX, index.name(), index.columnNames(), describe(index), null,
                    index, null, "structure.index");
        }
    }

    /** The first unique constraint on these column keys, or {@code null}. */
    private @Nullable TableUniqueConstraint uniqueOn(List<TableUniqueConstraint> uniques, List<String> columns) {
        for (TableUniqueConstraint candidate : uniques) {
            if (keys(candidate.columns()).equals(columns)) {
                return candidate;
            }
        }
        return null;
    }

    /** The first unique index on exactly these plain column keys, or {@code null}. */
    private @Nullable TableIndex uniqueIndexOn(List<TableIndex> indexes, List<String> columns) {
        for (TableIndex candidate : indexes) {
            if (candidate.unique() && plainColumns(candidate).equals(columns)) {
                return candidate;
            }
        }
        return null;
    }

    /** The first index of this shape that the database made ({@code implicit}) or was asked for, or {@code null}. */
    private @Nullable TableIndex indexShaped(List<TableIndex> indexes, IndexShape shape, boolean implicit) {
        for (TableIndex candidate : indexes) {
            if (candidate.implicit() == implicit && shape.equals(shape(candidate))) {
                return candidate;
            }
        }
        return null;
    }

    /** A unique constraint and the index behind it are one object. */
    private static void consumeUnique(TableUniqueConstraint unique, List<TableUniqueConstraint> uniques,
            List<TableIndex> indexes) {
        removeSame(uniques, unique);
        if (unique.name() != null) {
            for (Iterator<TableIndex> each = indexes.iterator(); each.hasNext();) {
                if (unique.name().equals(each.next().constraintName())) {
                    each.remove();
                }
            }
        }
    }

    private static void consumeIndex(TableIndex index, List<TableUniqueConstraint> uniques, List<TableIndex> indexes) {
        removeSame(indexes, index);
        String constraint = index.constraintName();
        if (constraint != null) {
            for (Iterator<TableUniqueConstraint> each = uniques.iterator(); each.hasNext();) {
                if (constraint.equals(each.next().name())) {
                    each.remove();
                }
            }
        }
    }

    /** Removes this very object (found in the list), without comparing records field by field. */
    private static <T> void removeSame(List<T> items, T item) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == item) {
                items.remove(i);
                return;
            }
        }
    }

    /** What makes two indexes the same index. */
    private record IndexShape(boolean unique, List<String> elements, @Nullable String predicate,
            @Nullable String method) {

        @Override
        public boolean equals(Object other) {
            return other instanceof IndexShape shape && unique == shape.unique && elements.equals(shape.elements)
                    && Objects.equals(predicate, shape.predicate)
                    && (method == null || shape.method == null || method.equalsIgnoreCase(shape.method));
        }

        @Override
        public int hashCode() {
            return Objects.hash(unique, elements, predicate);
        }
    }

    private IndexShape shape(TableIndex index) {
        List<String> elements = new ArrayList<>(index.columns().size());
        for (IndexColumn column : index.columns()) {
            String element = column.expression() ? canonicalizer.expression(column.text())
                    : canonicalizer.nameKey(column.text());
            elements.add(canonicalizer.descending(column) ? element + " desc" : element);
        }
        String predicate = (index.predicate() != null) ? canonicalizer.expression(index.predicate()) : null;
        String method = (index.method() != null && !index.method().equalsIgnoreCase("btree")) ? index.method() : null;
        return new IndexShape(index.unique(), elements, predicate, method);
    }

    private List<String> plainColumns(TableIndex index) {
        if (index.predicate() != null || !plainAscending(index)) {
            return List.of();
        }
        return keys(index.columnNames());
    }

    /** Whether every element of the index is a column, ascending as the database keeps it. */
    private boolean plainAscending(TableIndex index) {
        for (IndexColumn column : index.columns()) {
            if (column.expression() || canonicalizer.descending(column)) {
                return false;
            }
        }
        return true;
    }

    /** {@code UNIQUE [name, created DESC] WHERE ...}: the elements as {@link IndexColumn} writes them. */
    private static String describe(TableIndex index) {
        return (index.unique() ? "UNIQUE " : "") + index.columns() + ((index.predicate() != null)
                ? " WHERE " + index.predicate() : "");
    }

    // --- foreign keys -----------------------------------------------------------------------------------

    private void compareForeignKeys() {
        List<TableForeignKey> unmatched = new ArrayList<>(database.foreignKeys());
        for (TableForeignKey foreignKey : model.foreignKeys()) {
            List<String> target = reference(foreignKey);
            TableForeignKey existing = null;
            for (TableForeignKey candidate : unmatched) {
                if (reference(candidate).equals(target)) {
                    existing = candidate;
                    break;
                }
            }
            if (existing == null) {
                report(Difference.Kind.ADDED, ObjectKind.FOREIGN_KEY, foreignKey.name(), foreignKey.columns(),
                        describe(foreignKey), null, foreignKey, null, "structure.foreign-key");
                continue;
            }
            removeSame(unmatched, existing);
            if (canonicalizer.action(foreignKey.onDelete()) != canonicalizer.action(existing.onDelete())
                    || canonicalizer.action(foreignKey.onUpdate()) != canonicalizer.action(existing.onUpdate())) {
                String name = (existing.name() != null) ? existing.name() : foreignKey.name();
                report(Difference.Kind.CHANGED, ObjectKind.FOREIGN_KEY, name, foreignKey.columns(), actions(foreignKey),
                        actions(existing), foreignKey, existing, canonicalizer.rule("foreign-key-actions"));
            }
        }
        for (TableForeignKey foreignKey : unmatched) {
            report(Difference.Kind.REMOVED, ObjectKind.FOREIGN_KEY, foreignKey.name(), foreignKey.columns(), null,
                    describe(foreignKey), null, foreignKey, "structure.foreign-key");
        }
    }

    /** Columns, referenced table and referenced columns (the model's referenced primary key when it names none). */
    private List<String> reference(TableForeignKey foreignKey) {
        List<String> referenced = foreignKey.referencedColumns();
        if (referenced.isEmpty()) {
            referenced = primaryKeyColumns(foreignKey.referencedTable());
        }
        List<String> key = new ArrayList<>(keys(foreignKey.columns()));
        key.add("->" + canonicalizer.nameKey(foreignKey.referencedTable()));
        key.addAll(keys(referenced));
        return key;
    }

    /** The columns of the primary key of the model's table of this name, or none. */
    private List<String> primaryKeyColumns(String tableName) {
        String key = canonicalizer.nameKey(tableName);
        for (Table table : modelSchema.tables()) {
            TablePrimaryKey primaryKey = table.primaryKey();
            if (primaryKey != null && canonicalizer.nameKey(table.name()).equals(key)) {
                return primaryKey.columns();
            }
        }
        return List.of();
    }

    private String actions(TableForeignKey foreignKey) {
        return "ON DELETE " + canonicalizer.action(foreignKey.onDelete()).sql() + " ON UPDATE "
                + canonicalizer.action(foreignKey.onUpdate()).sql();
    }

    private static String describe(TableForeignKey foreignKey) {
        return foreignKey.columns() + " REFERENCES " + foreignKey.referencedTable() + " " + foreignKey.referencedColumns()
                + " ON DELETE " + foreignKey.onDelete().sql() + " ON UPDATE " + foreignKey.onUpdate().sql();
    }

    // --- checks -----------------------------------------------------------------------------------------

    private void compareChecks() {
        List<TableCheckConstraint> unmatched = new ArrayList<>();
        for (TableCheckConstraint check : database.checkConstraints()) {
            if (!check.implicit()) {
                unmatched.add(check);
            }
        }
        for (TableCheckConstraint check : model.checkConstraints()) {
            if (check.implicit()) {
                continue;
            }
            String expression = canonicalizer.expression(check.expression());
            TableCheckConstraint match = null;
            for (TableCheckConstraint candidate : unmatched) {
                if (canonicalizer.expression(candidate.expression()).equals(expression)) {
                    match = candidate;
                    break;
                }
            }
            if (match != null) {
                removeSame(unmatched, match);
            }
            else {
                report(Difference.Kind.ADDED, ObjectKind.CHECK_CONSTRAINT, check.name(), List.of(),
                        check.expression(), null, check, null, canonicalizer.rule("check"));
            }
        }
        for (TableCheckConstraint check : unmatched) {
            report(Difference.Kind.REMOVED, ObjectKind.CHECK_CONSTRAINT, check.name(), List.of(), null,
                    check.expression(), null, check, canonicalizer.rule("check"));
        }
    }

    // --- shared -----------------------------------------------------------------------------------------

    private List<String> keys(List<String> columns) {
        return canonicalizer.nameKeys(columns);
    }

    private void report(Difference.Kind kind, ObjectKind objectKind, @Nullable String name, List<String> columns,
            @Nullable String modelValue, @Nullable String databaseValue, @Nullable Object modelObject,
            @Nullable Object databaseObject, String rule) {
        String path = database.name() + "." + ((name != null) ? name : "(" + String.join(", ", columns) + ")");
        if (!options.filter().include(objectKind, path, modelObject, databaseObject)) {
            return;
        }
        String property = (kind == Difference.Kind.CHANGED) ? "actions" : null;
        differences.add(new Difference(kind, objectKind, path, property, modelValue, databaseValue, rule, model,
                database, modelObject, databaseObject));
    }
}
