package dev.revgraph.diff;

import java.util.List;
import java.util.Objects;

import dev.revgraph.schema.Schema;
import dev.revgraph.schema.Table;
import dev.revgraph.schema.TableColumn;
import dev.revgraph.schema.TablePrimaryKey;

import org.jspecify.annotations.Nullable;

/** Compares one table found on both sides: its comment, columns and primary key, then its constraints. */
final class TableComparator {

    private final Canonicalizer canonicalizer;

    private final CompareOptions options;

    private final Schema modelSchema;

    private final Table model;

    private final Table database;

    private final List<Difference> differences;

    TableComparator(Canonicalizer canonicalizer, CompareOptions options, Schema modelSchema, Table model,
            Table database, List<Difference> differences) {
        this.canonicalizer = canonicalizer;
        this.options = options;
        this.modelSchema = modelSchema;
        this.model = model;
        this.database = database;
        this.differences = differences;
    }

    void compare() {
        if (options.compareComments() && !Objects.equals(model.comment(), database.comment())) {
            differences.add(new Difference(Difference.Kind.CHANGED, ObjectKind.TABLE, database.name(), "comment",
                    model.comment(), database.comment(), "exact.comment", model, database, model, database));
        }
        for (Pairs.Pair<TableColumn> pair : Pairs.byName(model.columns(), database.columns(), TableColumn::name,
                canonicalizer::nameKey)) {
            compareColumn(pair.model(), pair.database());
        }
        comparePrimaryKey();
        new ConstraintComparator(canonicalizer, options, modelSchema, model, database, differences).compare();
    }

    private void compareColumn(@Nullable TableColumn modelColumn, @Nullable TableColumn databaseColumn) {
        String name = (databaseColumn != null) ? databaseColumn.name() : modelColumn.name();
        String path = database.name() + "." + name;
        if (!options.filter().include(ObjectKind.COLUMN, path, modelColumn, databaseColumn)) {
            return;
        }
        if (databaseColumn == null) {
            add(Difference.Kind.ADDED, path, null, modelColumn.type().nativeType(), null, "structure.column",
                    modelColumn, null);
            return;
        }
        if (modelColumn == null) {
            add(Difference.Kind.REMOVED, path, null, null, databaseColumn.type().nativeType(), "structure.column", null,
                    databaseColumn);
            return;
        }
        CanonicalType modelType = canonicalizer.type(modelColumn.type());
        CanonicalType databaseType = canonicalizer.type(databaseColumn.type());
        if (options.compareTypes() && !modelType.equals(databaseType)) {
            add(Difference.Kind.CHANGED, path, "type", modelColumn.type().nativeType(),
                    databaseColumn.type().nativeType(), canonicalizer.rule("type"), modelColumn, databaseColumn);
        }
        if (modelColumn.nullable() != databaseColumn.nullable()) {
            add(Difference.Kind.CHANGED, path, "nullable", String.valueOf(modelColumn.nullable()),
                    String.valueOf(databaseColumn.nullable()), "exact.nullable", modelColumn, databaseColumn);
        }
        boolean modelGenerated = canonicalizer.generated(modelColumn);
        boolean databaseGenerated = canonicalizer.generated(databaseColumn);
        if (modelGenerated != databaseGenerated) {
            add(Difference.Kind.CHANGED, path, "identity", modelColumn.identity().name(),
                    databaseColumn.identity().name(), canonicalizer.rule("identity"), modelColumn, databaseColumn);
        }
        else if (options.compareDefaults() && !modelGenerated) {
            String modelDefault = canonicalizer.defaultValue(modelColumn.defaultExpression(), modelType);
            String databaseDefault = canonicalizer.defaultValue(databaseColumn.defaultExpression(), databaseType);
            if (!Objects.equals(modelDefault, databaseDefault)) {
                add(Difference.Kind.CHANGED, path, "default", modelColumn.defaultExpression(),
                        databaseColumn.defaultExpression(), canonicalizer.rule("default"), modelColumn, databaseColumn);
            }
        }
        if (modelColumn.generatedAs() != null || databaseColumn.generatedAs() != null) {
            String modelExpression = (modelColumn.generatedAs() != null)
                    ? canonicalizer.expression(modelColumn.generatedAs()) : null;
            String databaseExpression = (databaseColumn.generatedAs() != null)
                    ? canonicalizer.expression(databaseColumn.generatedAs()) : null;
            if (!Objects.equals(modelExpression, databaseExpression)) {
                add(Difference.Kind.CHANGED, path, "generated", modelColumn.generatedAs(),
                        databaseColumn.generatedAs(), canonicalizer.rule("expression"), modelColumn, databaseColumn);
            }
        }
        if (options.compareComments() && !Objects.equals(modelColumn.comment(), databaseColumn.comment())) {
            add(Difference.Kind.CHANGED, path, "comment", modelColumn.comment(), databaseColumn.comment(),
                    "exact.comment", modelColumn, databaseColumn);
        }
    }

    private void comparePrimaryKey() {
        TablePrimaryKey modelKey = model.primaryKey();
        TablePrimaryKey databaseKey = database.primaryKey();
        if (modelKey == null && databaseKey == null) {
            return;
        }
        String name = (databaseKey != null && databaseKey.name() != null) ? databaseKey.name()
                : (modelKey != null && modelKey.name() != null) ? modelKey.name() : "primary key";
        String path = database.name() + "." + name;
        if (!options.filter().include(ObjectKind.PRIMARY_KEY, path, modelKey, databaseKey)) {
            return;
        }
        String modelColumns = (modelKey != null) ? String.valueOf(modelKey.columns()) : null;
        String databaseColumns = (databaseKey != null) ? String.valueOf(databaseKey.columns()) : null;
        if (databaseKey == null) {
            addKey(Difference.Kind.ADDED, path, null, modelColumns, null, modelKey, null);
        }
        else if (modelKey == null) {
            addKey(Difference.Kind.REMOVED, path, null, null, databaseColumns, null, databaseKey);
        }
        else if (!keys(modelKey.columns()).equals(keys(databaseKey.columns()))) {
            addKey(Difference.Kind.CHANGED, path, "columns", modelColumns, databaseColumns, modelKey, databaseKey);
        }
    }

    private List<String> keys(List<String> columns) {
        return canonicalizer.nameKeys(columns);
    }

    private void addKey(Difference.Kind kind, String path, @Nullable String property, @Nullable String modelValue,
            @Nullable String databaseValue, @Nullable TablePrimaryKey modelKey, @Nullable TablePrimaryKey databaseKey) {
        differences.add(new Difference(kind, ObjectKind.PRIMARY_KEY, path, property, modelValue, databaseValue,
                "structure.primary-key", model, database, modelKey, databaseKey));
    }

    private void add(Difference.Kind kind, String path, @Nullable String property, @Nullable String modelValue,
            @Nullable String databaseValue, String rule, @Nullable TableColumn modelColumn,
            @Nullable TableColumn databaseColumn) {
        differences.add(new Difference(kind, ObjectKind.COLUMN, path, property, modelValue, databaseValue, rule, model,
                database, modelColumn, databaseColumn));
    }
}
