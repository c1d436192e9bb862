package dev.revgraph.autogenerate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.revgraph.dialect.Dialect;
import dev.revgraph.diff.CanonicalType;
import dev.revgraph.diff.Canonicalizer;
import dev.revgraph.diff.Difference;
import dev.revgraph.operation.AddColumn;
import dev.revgraph.operation.AlterColumn;
import dev.revgraph.operation.ColumnChange;
import dev.revgraph.operation.CreateForeignKey;
import dev.revgraph.operation.CreateIndex;
import dev.revgraph.operation.CreateTable;
import dev.revgraph.operation.DropColumn;
import dev.revgraph.operation.DropConstraint;
import dev.revgraph.operation.DropIndex;
import dev.revgraph.operation.DropSequence;
import dev.revgraph.operation.DropTable;
import dev.revgraph.operation.ExecuteSql;
import dev.revgraph.operation.ForeignKey;
import dev.revgraph.operation.QualifiedName;
import dev.revgraph.operation.SetTableComment;
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
 * Turns differences into operations, in an order every database accepts:
 *
 * <ol>
 * <li>renames ({@link Renames}, before this);</li>
 * <li>foreign keys dropped (removed, changed, and those of tables about to be dropped), with the index
 * InnoDB leaves behind;</li>
 * <li>indexes, unique constraints, checks and primary keys dropped (the old half of a change), and the
 * indexes of tables about to be dropped;</li>
 * <li>sequences created and altered;</li>
 * <li>tables created, each after the tables it references; a foreign key that would point at a table
 * not yet created (a cycle) is left for step 9;</li>
 * <li>columns added;</li>
 * <li>columns altered, each with every existing value stated;</li>
 * <li>primary keys, unique constraints, indexes and checks created, table comments set;</li>
 * <li>foreign keys created;</li>
 * <li>columns dropped;</li>
 * <li>tables dropped;</li>
 * <li>sequences dropped.</li>
 * </ol>
 *
 * Drops carry the definition read from the database, so the downgrade (each operation's reverse, last
 * first) restores it.
 */
final class OperationGenerator {

    private final Canonicalizer canonicalizer;

    private final Definitions definitions;

    private final RiskRules risks;

    private final Schema model;

    private final Schema database;

    private final List<String> warnings = new ArrayList<>();

    private List<Table> addedTables = List.of();

    private List<Table> removedTables = List.of();

    private Map<String, TableChanges> changedTables = Map.of();

    private List<Difference> sequences = List.of();

    OperationGenerator(Dialect dialect, Canonicalizer canonicalizer, Definitions definitions, Renames renames,
            Schema model, Schema database) {
        this.canonicalizer = canonicalizer;
        this.definitions = definitions;
        this.risks = new RiskRules(dialect, canonicalizer, renames);
        this.model = model;
        this.database = database;
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    List<PlannedOperation> generate(List<Difference> differences) {
        DifferenceGroups groups = DifferenceGroups.of(differences);
        addedTables = groups.addedTables;
        removedTables = groups.removedTables;
        changedTables = groups.changedTables;
        sequences = groups.sequences;
        List<PlannedOperation> drops = new ArrayList<>();
        List<PlannedOperation> creates = new ArrayList<>();
        List<PlannedOperation> foreignKeys = new ArrayList<>();
        List<PlannedOperation> lastDrops = new ArrayList<>();
        dropForeignKeys(drops);
        changedTables.values().forEach((table) -> dropKeys(table, drops));
        removedTables.forEach((table) -> dropIndexesOf(table, drops));
        createSequences(creates);
        createTables(creates, foreignKeys);
        changedTables.values().forEach((table) -> addColumns(table, creates));
        changedTables.values().forEach((table) -> alterColumns(table, creates));
        changedTables.values().forEach((table) -> createKeys(table, creates));
        changedTables.values().forEach((table) -> createForeignKeys(table, foreignKeys));
        changedTables.values().forEach((table) -> dropColumns(table, lastDrops));
        dropTables(lastDrops);
        dropSequences(lastDrops);
        List<PlannedOperation> all = new ArrayList<>(drops);
        all.addAll(creates);
        all.addAll(foreignKeys);
        all.addAll(lastDrops);
        return new PossibleRenames(canonicalizer, definitions, warnings).warn(changedTables.values(), all);
    }

    private QualifiedName name(Table table) {
        return definitions.name(table.name());
    }

    // --- drops first ------------------------------------------------------------------------------------

    private void dropForeignKeys(List<PlannedOperation> into) {
        for (TableChanges table : changedTables.values()) {
            for (Difference difference : table.removedForeignKeys) {
                dropForeignKey(table.database, (TableForeignKey) difference.databaseObject(), true, into);
            }
        }
        for (Table table : removedTables) {
            for (TableForeignKey foreignKey : table.foreignKeys()) {
                if (droppedFirst(table, foreignKey)) {
                    dropForeignKey(table, foreignKey, false, into);
                }
            }
        }
    }

    /**
     * Whether a foreign key of a table to drop is dropped on its own, first: when it references another
     * table to drop (which may reference this one back), and on databases where the key holds on to an
     * index the table's indexes are dropped before it. The others stay in the table's definition, so the
     * downgrade creates the table as it was.
     */
    private boolean droppedFirst(Table table, TableForeignKey foreignKey) {
        return canonicalizer.foreignKeysNeedAnIndex() || (!sameName(foreignKey.referencedTable(), table.name())
                && removedTables.stream().anyMatch((removed) -> sameName(removed.name(), foreignKey.referencedTable())));
    }

    private void dropForeignKey(Table table, TableForeignKey foreignKey, boolean withLeftIndex,
            List<PlannedOperation> into) {
        ForeignKey definition = definitions.foreignKey(table, foreignKey, database, false);
        into.add(PlannedOperation.of(DropConstraint.of(name(table), definition)));
        if (withLeftIndex) {
            for (TableIndex index : canonicalizer.indexesLeftByForeignKey(table, foreignKey)) {
                CreateIndex created = definitions.index(table, index);
                into.add(PlannedOperation.of(new DropIndex(index.name(), name(table), false, created)));
            }
        }
    }

    private void dropKeys(TableChanges table, List<PlannedOperation> into) {
        List<PlannedOperation> primaryKey = new ArrayList<>();
        for (Difference difference : table.removedKeys) {
            Object object = difference.databaseObject();
            if (object instanceof TableIndex index) {
                into.add(PlannedOperation.of(new DropIndex(index.name(), name(table.database), false,
                        definitions.index(table.database, index))));
            }
            else if (object instanceof TableUniqueConstraint unique) {
                into.add(PlannedOperation.of(DropConstraint.of(name(table.database),
                        definitions.unique(table.database, unique, true))));
            }
            else if (object instanceof TableCheckConstraint check) {
                into.add(PlannedOperation.of(DropConstraint.of(name(table.database),
                        definitions.check(table.database, check, true))));
            }
            else if (object instanceof TablePrimaryKey key) {
                primaryKey.add(PlannedOperation.of(DropConstraint.of(name(table.database),
                        definitions.primaryKey(table.database, key, true))));
            }
        }
        into.addAll(primaryKey);
    }

    private void dropIndexesOf(Table table, List<PlannedOperation> into) {
        for (TableIndex index : table.indexes()) {
            if (!index.implicit()) {
                into.add(PlannedOperation.of(new DropIndex(index.name(), name(table), false,
                        definitions.index(table, index))));
            }
        }
    }

    // --- creates ----------------------------------------------------------------------------------------

    private void createSequences(List<PlannedOperation> into) {
        for (Difference difference : sequences) {
            if (difference.kind() == Difference.Kind.ADDED) {
                into.add(PlannedOperation.of(definitions.sequence((Sequence) difference.modelObject(), false)));
            }
            else if (difference.kind() == Difference.Kind.CHANGED) {
                Sequence modelSequence = (Sequence) difference.modelObject();
                Sequence databaseSequence = (Sequence) difference.databaseObject();
                String sequence = databaseSequence.name();
                into.add(PlannedOperation.of(ExecuteSql.of(alterIncrement(sequence, modelSequence.increment()),
                        alterIncrement(sequence, databaseSequence.increment()))));
            }
        }
    }

    private String alterIncrement(String sequence, long increment) {
        return "ALTER SEQUENCE " + definitions.qualified(sequence) + " INCREMENT BY " + increment;
    }

    private void createTables(List<PlannedOperation> into, List<PlannedOperation> deferred) {
        List<Table> pending = new ArrayList<>(addedTables);
        pending.sort(Comparator.comparing(Table::name));
        while (!pending.isEmpty()) {
            Table next = pending.stream()
                .filter((table) -> table.foreignKeys().stream().allMatch((fk) -> available(fk, table, pending)))
                .findFirst()
                .orElse(pending.get(0)); // a cycle: its foreign keys to tables still to come are added later
            pending.remove(next);
            CreateTable table = definitions.createTable(next, model,
                    (fk) -> available(fk, next, pending) && !heldIndex(next, fk));
            into.add(PlannedOperation.of(table));
            for (TableIndex index : next.indexes()) {
                into.add(PlannedOperation.of(definitions.index(next, index)));
            }
            for (TableForeignKey foreignKey : next.foreignKeys()) {
                if (!available(foreignKey, next, pending) || heldIndex(next, foreignKey)) {
                    deferred.add(PlannedOperation.of(new CreateForeignKey(name(next),
                            definitions.foreignKey(next, foreignKey, model, true))));
                }
            }
        }
    }

    /**
     * Whether the foreign key would hold on to one of the table's own indexes (InnoDB), which the downgrade
     * could then not drop before the table: such a key is created after the indexes, and so dropped first.
     */
    private boolean heldIndex(Table table, TableForeignKey foreignKey) {
        return canonicalizer.foreignKeysNeedAnIndex() && coveringIndex(table.indexes(), foreignKey.columns());
    }

    /** Whether an index of its own starts with {@code columns}, so that a foreign key on them can use it. */
    private boolean coveringIndex(List<TableIndex> indexes, List<String> columns) {
        return indexes.stream().filter((index) -> !index.implicit()).anyMatch((index) -> {
            List<String> names = index.columnNames();
            if (names.size() < columns.size() || index.columns().size() < columns.size()) {
                return false;
            }
            for (int i = 0; i < columns.size(); i++) {
                if (!sameName(names.get(i), columns.get(i))) {
                    return false;
                }
            }
            return true;
        });
    }

    /** Whether the table {@code foreignKey} references exists when {@code table} is created. */
    private boolean available(TableForeignKey foreignKey, Table table, List<Table> pending) {
        return sameName(foreignKey.referencedTable(), table.name())
                || pending.stream().noneMatch((other) -> sameName(other.name(), foreignKey.referencedTable()));
    }

    private void addColumns(TableChanges table, List<PlannedOperation> into) {
        for (Difference difference : table.addedColumns) {
            TableColumn column = (TableColumn) difference.modelObject();
            PlannedOperation add = PlannedOperation.of(new AddColumn(name(table.database), definitions.column(column)));
            if (!column.nullable() && definitions.defaultExpression(column) == null && !canonicalizer.generated(column)) {
                add = add.withRisks(List.of(risks.addNotNullColumn(table.database, column)));
            }
            into.add(add);
        }
    }

    private void alterColumns(TableChanges table, List<PlannedOperation> into) {
        for (List<Difference> changes : table.changedColumns.values()) {
            TableColumn modelColumn = (TableColumn) changes.get(0).modelObject();
            TableColumn databaseColumn = (TableColumn) changes.get(0).databaseObject();
            List<ColumnChange> alter = new ArrayList<>();
            List<Risk> columnRisks = new ArrayList<>();
            Set<String> properties = new LinkedHashSet<>();
            changes.forEach((difference) -> properties.add(difference.property()));
            if (properties.contains("type")) {
                CanonicalType from = canonicalizer.type(databaseColumn.type());
                CanonicalType to = canonicalizer.type(modelColumn.type());
                alter.add(ColumnChange.type(definitions.columnType(databaseColumn.type()),
                        definitions.columnType(modelColumn.type())));
                risks.typeChange(table.database, databaseColumn, from, to).ifPresent(columnRisks::add);
            }
            else {
                alter.add(ColumnChange.existingType(definitions.columnType(databaseColumn.type())));
            }
            if (properties.contains("nullable")) {
                alter.add(ColumnChange.nullable(databaseColumn.nullable(), modelColumn.nullable()));
                if (!modelColumn.nullable()) {
                    columnRisks.add(risks.setNotNull(table.database, databaseColumn));
                }
            }
            else {
                alter.add(ColumnChange.existingNullable(databaseColumn.nullable()));
            }
            String existingDefault = definitions.defaultExpression(databaseColumn);
            alter.add(properties.contains("default")
                    ? ColumnChange.defaultExpression(existingDefault, definitions.defaultExpression(modelColumn))
                    : ColumnChange.existingDefault(existingDefault));
            alter.add(properties.contains("comment")
                    ? ColumnChange.comment(databaseColumn.comment(), modelColumn.comment())
                    : ColumnChange.existingComment(databaseColumn.comment()));
            for (String property : List.of("identity", "generated")) {
                if (properties.contains(property)) {
                    warnings.add("Column " + table.database.name() + "." + databaseColumn.name() + " is "
                            + describe(property, modelColumn) + " in the model but not in the database (or the other "
                            + "way round); autogenerate cannot change that on an existing column: write it by hand");
                }
            }
            AlterColumn operation = AlterColumn.of(name(table.database), databaseColumn.name(),
                    alter.toArray(ColumnChange[]::new));
            if (operation.changesType() || operation.changesNullable() || operation.changesDefault()
                    || operation.changesComment()) {
                into.add(new PlannedOperation(operation, columnRisks, List.of()));
            }
        }
    }

    private static String describe(String property, TableColumn column) {
        return property.equals("identity") ? "generated (" + column.identity() + ")" : "computed";
    }

    private void createKeys(TableChanges table, List<PlannedOperation> into) {
        if (table.comment != null) {
            into.add(PlannedOperation.of(new SetTableComment(name(table.database), table.model.comment(),
                    table.database.comment())));
        }
        List<PlannedOperation> others = new ArrayList<>();
        for (Difference difference : table.addedKeys) {
            Object object = difference.modelObject();
            if (object instanceof TablePrimaryKey key) {
                into.add(new PlannedOperation(definitions.primaryKey(table.model, key, true).createOn(name(table.database)),
                        List.of(risks.unique(table.database, databaseColumns(table, key.columns()), "PRIMARY KEY")),
                        List.of()));
            }
            else if (object instanceof TableUniqueConstraint unique) {
                others.add(new PlannedOperation(definitions.unique(table.model, unique, true)
                    .createOn(name(table.database)), uniqueRisk(table, unique.columns(), "UNIQUE"), List.of()));
            }
            else if (object instanceof TableIndex index) {
                others.add(new PlannedOperation(definitions.index(table.database, index),
                        index.unique() ? uniqueRisk(table, index.columnNames(), "UNIQUE INDEX") : List.of(), List.of()));
            }
            else if (object instanceof TableCheckConstraint check) {
                others.add(new PlannedOperation(definitions.check(table.model, check, true).createOn(name(table.database)),
                        List.of(risks.check(table.database, Definitions.stripOuterParentheses(check.expression()))),
                        List.of()));
            }
        }
        into.addAll(others);
    }

    /** The risk of a new unique key: only when all its columns already exist (new ones hold only NULLs). */
    private List<Risk> uniqueRisk(TableChanges table, List<String> columns, String what) {
        List<String> existing = databaseColumns(table, columns);
        return (existing.size() == columns.size()) ? List.of(risks.unique(table.database, existing, what)) : List.of();
    }

    private List<String> databaseColumns(TableChanges table, List<String> columns) {
        List<String> names = new ArrayList<>();
        for (String column : columns) {
            table.database.columns().stream()
                .filter((candidate) -> sameName(candidate.name(), column))
                .findFirst()
                .ifPresent((found) -> names.add(found.name()));
        }
        return names;
    }

    private void createForeignKeys(TableChanges table, List<PlannedOperation> into) {
        for (Difference difference : table.addedForeignKeys) {
            TableForeignKey foreignKey = (TableForeignKey) difference.modelObject();
            ForeignKey definition = definitions.foreignKey(table.model, foreignKey, model, true);
            List<String> existing = databaseColumns(table, foreignKey.columns());
            List<Risk> foreignKeyRisks = List.of();
            if (existing.size() == foreignKey.columns().size()) {
                Table referenced = database.tables().stream()
                    .filter((candidate) -> sameName(candidate.name(), foreignKey.referencedTable()))
                    .findFirst()
                    .orElse(null);
                List<String> referencedColumns = (referenced != null) ? definition.referencedColumns().stream()
                    .map((column) -> referenced.columns().stream().filter((c) -> sameName(c.name(), column))
                        .map(TableColumn::name).findFirst().orElse(column))
                    .toList() : definition.referencedColumns();
                foreignKeyRisks = List.of(risks.foreignKey(table.database, existing, referenced, referencedColumns));
            }
            if (canonicalizer.foreignKeysNeedAnIndex() && !coveringIndex(table.model.indexes(), foreignKey.columns())) {
                // The index InnoDB would make, made on purpose, so the downgrade drops it with the key
                into.add(PlannedOperation.of(CreateIndex.builder(definition.name(), name(table.database))
                    .columns(definition.columns().toArray(String[]::new))
                    .build()));
            }
            into.add(new PlannedOperation(new CreateForeignKey(name(table.database), definition), foreignKeyRisks,
                    List.of()));
        }
    }

    // --- drops last -------------------------------------------------------------------------------------

    private void dropColumns(TableChanges table, List<PlannedOperation> into) {
        for (Difference difference : table.removedColumns) {
            TableColumn column = (TableColumn) difference.databaseObject();
            into.add(new PlannedOperation(new DropColumn(name(table.database), column.name(),
                    definitions.column(column)), List.of(risks.dropColumn(table.database, column)), List.of()));
        }
    }

    private void dropTables(List<PlannedOperation> into) {
        List<Table> sorted = new ArrayList<>(removedTables);
        sorted.sort(Comparator.comparing(Table::name));
        for (Table table : sorted) {
            CreateTable definition = definitions.createTable(table, database, (fk) -> !droppedFirst(table, fk));
            into.add(new PlannedOperation(new DropTable(name(table), definition), List.of(risks.dropTable(table)),
                    List.of()));
        }
    }

    private void dropSequences(List<PlannedOperation> into) {
        for (Difference difference : sequences) {
            if (difference.kind() == Difference.Kind.REMOVED) {
                Sequence sequence = (Sequence) difference.databaseObject();
                into.add(new PlannedOperation(new DropSequence(definitions.name(sequence.name()),
                        definitions.sequence(sequence, true)), List.of(risks.dropSequence(sequence.name())), List.of()));
            }
        }
    }

    private boolean sameName(@Nullable String a, @Nullable String b) {
        return a != null && b != null && canonicalizer.nameKey(a).equals(canonicalizer.nameKey(b));
    }
}
