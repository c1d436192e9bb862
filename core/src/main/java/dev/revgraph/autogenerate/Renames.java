package dev.revgraph.autogenerate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.revgraph.diff.Canonicalizer;
import dev.revgraph.operation.AlterColumn;
import dev.revgraph.operation.ColumnChange;
import dev.revgraph.operation.RenameTable;
import dev.revgraph.schema.ColumnReference;
import dev.revgraph.schema.IndexColumn;
import dev.revgraph.schema.Schema;
import dev.revgraph.schema.Sequence;
import dev.revgraph.schema.Table;
import dev.revgraph.schema.TableCheckConstraint;
import dev.revgraph.schema.TableColumn;
import dev.revgraph.schema.TableForeignKey;
import dev.revgraph.schema.TableIndex;
import dev.revgraph.schema.TablePrimaryKey;
import dev.revgraph.schema.TableUniqueConstraint;

import org.jspecify.annotations.Nullable;

/**
 * Applies {@link RenameHints} before the comparison: each hint that applies (the old name is in the
 * database, the new one is not, the model has the new one) becomes a rename operation, and the database's
 * snapshot is renamed the same way — in its keys, indexes, foreign keys (its own and those pointing at it)
 * and checks — so that the comparison sees the renamed table or column as the model's and compares the
 * rest of it.
 */
final class Renames {

    private final Canonicalizer canonicalizer;

    private final Definitions definitions;

    private final List<PlannedOperation> operations = new ArrayList<>();

    /** Original database names of renamed tables, by new name key. */
    private final Map<String, String> originalTables = new HashMap<>();

    /** Original database names of renamed columns, by table key and new column key. */
    private final Map<String, String> originalColumns = new HashMap<>();

    private Schema database;

    Renames(Canonicalizer canonicalizer, Definitions definitions, Schema database) {
        this.canonicalizer = canonicalizer;
        this.definitions = definitions;
        this.database = database;
    }

    /** The database's snapshot with the hints applied. */
    Schema database() {
        return database;
    }

    /** The rename operations, in order: tables first. */
    List<PlannedOperation> operations() {
        return List.copyOf(operations);
    }

    /** The table's name in the database as it is now, before the renames. */
    String originalTable(String table) {
        return originalTables.getOrDefault(canonicalizer.nameKey(table), table);
    }

    /** The column's name in the database as it is now, before the renames. */
    String originalColumn(String table, String column) {
        return originalColumns.getOrDefault(canonicalizer.nameKey(table) + "\0" + canonicalizer.nameKey(column), column);
    }

    void apply(Schema model, RenameHints hints) {
        if (hints.isEmpty()) {
            return;
        }
        for (Table modelTable : model.tables()) {
            if (find(database, modelTable.name()).isEmpty()) {
                for (String oldName : hints.oldTableNames(modelTable.name())) {
                    Optional<Table> old = find(database, oldName);
                    if (old.isPresent() && find(model, old.get().name()).isEmpty()) {
                        renameTable(old.get(), modelTable.name());
                        break;
                    }
                }
            }
        }
        for (Table modelTable : model.tables()) {
            Optional<Table> databaseTable = find(database, modelTable.name());
            if (databaseTable.isEmpty()) {
                continue;
            }
            for (TableColumn column : modelTable.columns()) {
                if (column(databaseTable.get(), column.name()).isPresent()) {
                    continue;
                }
                for (String oldName : hints.oldColumnNames(modelTable.name(), column.name())) {
                    Table current = find(database, modelTable.name()).orElseThrow();
                    Optional<TableColumn> old = column(current, oldName);
                    if (old.isPresent() && column(modelTable, old.get().name()).isEmpty()) {
                        renameColumn(current, old.get(), column.name());
                        break;
                    }
                }
            }
        }
    }

    private Optional<Table> find(Schema schema, String name) {
        return schema.tables().stream()
            .filter((table) -> canonicalizer.nameKey(table.name()).equals(canonicalizer.nameKey(name)))
            .findFirst();
    }

    private Optional<TableColumn> column(Table table, String name) {
        return table.columns().stream()
            .filter((column) -> canonicalizer.nameKey(column.name()).equals(canonicalizer.nameKey(name)))
            .findFirst();
    }

    private void renameTable(Table old, String newName) {
        operations.add(PlannedOperation.of(new RenameTable(definitions.name(old.name()), newName))
            .withWarning("renames table " + old.name() + " to " + newName + ", as @RenamedFrom asks"));
        originalTables.put(canonicalizer.nameKey(newName), old.name());
        List<Table> tables = new ArrayList<>();
        for (Table table : database.tables()) {
            Table renamed = (table == old) ? new Table(table.schema(), newName, table.columns(), table.primaryKey(),
                    table.uniqueConstraints(), table.indexes(), table.foreignKeys(), table.checkConstraints(),
                    table.comment()) : table;
            tables.add(withForeignKeys(renamed, renamed.foreignKeys().stream()
                .map((fk) -> sameName(fk.referencedTable(), old.name()) ? new TableForeignKey(fk.name(), fk.columns(),
                        fk.referencedSchema(), newName, fk.referencedColumns(), fk.onDelete(), fk.onUpdate()) : fk)
                .toList()));
        }
        List<Sequence> sequences = database.sequences().stream()
            .map((sequence) -> (sequence.ownedBy() != null && sameName(sequence.ownedBy().table(), old.name()))
                    ? new Sequence(sequence.schema(), sequence.name(), sequence.dataType(), sequence.start(), sequence.increment(),
                            sequence.minValue(), sequence.maxValue(), sequence.cache(), sequence.cycle(),
                            new ColumnReference(newName, sequence.ownedBy().column()), sequence.identity())
                    : sequence)
            .toList();
        database = new Schema(database.name(), tables, sequences);
    }

    private void renameColumn(Table table, TableColumn old, String newName) {
        AlterColumn rename = AlterColumn.of(definitions.name(table.name()), old.name(),
                ColumnChange.existingType(definitions.columnType(old.type())),
                ColumnChange.existingNullable(old.nullable()), ColumnChange.existingDefault(
                        definitions.defaultExpression(old)), ColumnChange.existingComment(old.comment()),
                ColumnChange.rename(newName));
        operations.add(PlannedOperation.of(rename).withWarning("renames column " + table.name() + "." + old.name()
                + " to " + newName + ", as @RenamedFrom asks"));
        originalColumns.put(canonicalizer.nameKey(table.name()) + "\0" + canonicalizer.nameKey(newName),
                originalColumn(table.name(), old.name()));
        List<Table> tables = new ArrayList<>();
        for (Table each : database.tables()) {
            List<TableForeignKey> foreignKeys = each.foreignKeys().stream()
                .map((fk) -> sameName(fk.referencedTable(), table.name()) ? new TableForeignKey(fk.name(),
                        fk.columns(), fk.referencedSchema(), fk.referencedTable(),
                        renamed(fk.referencedColumns(), old.name(), newName), fk.onDelete(), fk.onUpdate()) : fk)
                .toList();
            if (each != table) {
                tables.add(withForeignKeys(each, foreignKeys));
                continue;
            }
            List<TableColumn> columns = each.columns().stream()
                .map((column) -> (column == old) ? new TableColumn(newName, column.type(), column.nullable(),
                        column.defaultExpression(), column.identity(), column.sequence(), column.generatedAs(),
                        column.comment()) : column)
                .toList();
            TablePrimaryKey key = (each.primaryKey() != null) ? new TablePrimaryKey(each.primaryKey().name(),
                    renamed(each.primaryKey().columns(), old.name(), newName)) : null;
            List<TableUniqueConstraint> uniques = each.uniqueConstraints().stream()
                .map((unique) -> new TableUniqueConstraint(unique.name(), renamed(unique.columns(), old.name(), newName)))
                .toList();
            List<TableIndex> indexes = each.indexes().stream()
                .map((index) -> new TableIndex(index.name(), index.unique(), index.columns().stream()
                    .map((column) -> (!column.expression() && sameName(column.text(), old.name()))
                            ? new IndexColumn(newName, false, column.descending()) : column)
                    .toList(), index.predicate(), index.method(), index.constraintName(), index.implicit()))
                .toList();
            List<TableForeignKey> own = foreignKeys.stream()
                .map((fk) -> new TableForeignKey(fk.name(), renamed(fk.columns(), old.name(), newName),
                        fk.referencedSchema(), fk.referencedTable(), fk.referencedColumns(), fk.onDelete(),
                        fk.onUpdate()))
                .toList();
            List<TableCheckConstraint> checks = each.checkConstraints().stream()
                .map((check) -> new TableCheckConstraint(check.name(), renamedIn(check.expression(), old.name(),
                        newName), check.implicit()))
                .toList();
            tables.add(new Table(each.schema(), each.name(), columns, key, uniques, indexes, own, checks,
                    each.comment()));
        }
        database = new Schema(database.name(), tables, database.sequences());
    }

    private static Table withForeignKeys(Table table, List<TableForeignKey> foreignKeys) {
        return new Table(table.schema(), table.name(), table.columns(), table.primaryKey(), table.uniqueConstraints(),
                table.indexes(), foreignKeys, table.checkConstraints(), table.comment());
    }

    private List<String> renamed(List<String> columns, String oldName, String newName) {
        return columns.stream().map((column) -> sameName(column, oldName) ? newName : column).toList();
    }

    private boolean sameName(@Nullable String a, String b) {
        return a != null && canonicalizer.nameKey(a).equals(canonicalizer.nameKey(b));
    }

    /** The old name as a whole word (bare or quoted) in an expression, replaced by the new one. */
    private static String renamedIn(String expression, String oldName, String newName) {
        Pattern word = Pattern.compile("([\"`]?)\\b" + Pattern.quote(oldName) + "\\b\\1", Pattern.CASE_INSENSITIVE);
        return word.matcher(expression).replaceAll(Matcher.quoteReplacement(newName));
    }
}
