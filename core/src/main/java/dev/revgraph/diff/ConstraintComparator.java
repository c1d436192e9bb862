package dev.revgraph.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

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
            Optional<TableUniqueConstraint> constraint = databaseUniques.stream()
                .filter((candidate) -> keys(candidate.columns()).equals(columns))
                .findFirst();
            if (constraint.isPresent()) {
                consumeUnique(constraint.get(), databaseUniques, databaseIndexes);
                continue;
            }
            Optional<TableIndex> index = databaseIndexes.stream()
                .filter((candidate) -> candidate.unique() && plainColumns(candidate).equals(columns))
                .findFirst();
            if (index.isPresent()) {
                consumeIndex(index.get(), databaseUniques, databaseIndexes);
                continue;
            }
            addedUniques.add(unique);
        }
        for (TableIndex index : model.indexes()) {
            IndexShape shape = shape(index);
            Optional<TableIndex> match = first(databaseIndexes,
                    (candidate) -> !candidate.implicit() && shape.equals(shape(candidate)),
                    (candidate) -> candidate.implicit() && shape.equals(shape(candidate)));
            if (match.isPresent()) {
                consumeIndex(match.get(), databaseUniques, databaseIndexes);
                continue;
            }
            if (shape.unique() && shape.predicate() == null && index.columns().stream().noneMatch(IndexColumn::expression)
                    && index.columns().stream().noneMatch(canonicalizer::descending)) {
                Optional<TableUniqueConstraint> constraint = databaseUniques.stream()
                    .filter((candidate) -> keys(candidate.columns()).equals(shape.elements()))
                    .findFirst();
                if (constraint.isPresent()) {
                    consumeUnique(constraint.get(), databaseUniques, databaseIndexes);
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

    @SafeVarargs
    private static <T> Optional<T> first(List<T> candidates, Predicate<T>... conditions) {
        for (Predicate<T> condition : conditions) {
            Optional<T> found = candidates.stream().filter(condition).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** A unique constraint and the index behind it are one object. */
    private static void consumeUnique(TableUniqueConstraint unique, List<TableUniqueConstraint> uniques,
            List<TableIndex> indexes) {
        uniques.remove(unique);
        if (unique.name() != null) {
            indexes.removeIf((index) -> unique.name().equals(index.constraintName()));
        }
    }

    private static void consumeIndex(TableIndex index, List<TableUniqueConstraint> uniques, List<TableIndex> indexes) {
        indexes.remove(index);
        String constraint = index.constraintName();
        if (constraint != null) {
            uniques.removeIf((unique) -> constraint.equals(unique.name()));
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
        List<String> elements = index.columns().stream()
            .map((column) -> (column.expression() ? canonicalizer.expression(column.text())
                    : canonicalizer.nameKey(column.text())) + (canonicalizer.descending(column) ? " desc" : ""))
            .toList();
        String predicate = (index.predicate() != null) ? canonicalizer.expression(index.predicate()) : null;
        String method = (index.method() != null && !index.method().equalsIgnoreCase("btree")) ? index.method() : null;
        return new IndexShape(index.unique(), elements, predicate, method);
    }

    private List<String> plainColumns(TableIndex index) {
        if (index.predicate() != null || index.columns().stream().anyMatch((c) -> c.expression() || canonicalizer.descending(c))) {
            return List.of();
        }
        return keys(index.columnNames());
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
            Optional<TableForeignKey> match = unmatched.stream()
                .filter((candidate) -> reference(candidate).equals(target))
                .findFirst();
            if (match.isEmpty()) {
                report(Difference.Kind.ADDED, ObjectKind.FOREIGN_KEY, foreignKey.name(), foreignKey.columns(),
                        describe(foreignKey), null, foreignKey, null, "structure.foreign-key");
                continue;
            }
            TableForeignKey existing = match.get();
            unmatched.remove(existing);
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
            referenced = modelSchema.tables().stream()
                .filter((table) -> canonicalizer.nameKey(table.name()).equals(canonicalizer.nameKey(foreignKey.referencedTable())))
                .map(Table::primaryKey)
                .filter(Objects::nonNull)
                .map(TablePrimaryKey::columns)
                .findFirst()
                .orElse(List.of());
        }
        List<String> key = new ArrayList<>(keys(foreignKey.columns()));
        key.add("->" + canonicalizer.nameKey(foreignKey.referencedTable()));
        key.addAll(keys(referenced));
        return key;
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
        List<TableCheckConstraint> unmatched = new ArrayList<>(database.checkConstraints().stream()
            .filter((check) -> !check.implicit())
            .toList());
        for (TableCheckConstraint check : model.checkConstraints()) {
            if (check.implicit()) {
                continue;
            }
            String expression = canonicalizer.expression(check.expression());
            Optional<TableCheckConstraint> match = unmatched.stream()
                .filter((candidate) -> canonicalizer.expression(candidate.expression()).equals(expression))
                .findFirst();
            if (match.isPresent()) {
                unmatched.remove(match.get());
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
        return columns.stream().map(canonicalizer::nameKey).toList();
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
