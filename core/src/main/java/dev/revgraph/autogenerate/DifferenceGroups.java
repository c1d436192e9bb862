package dev.revgraph.autogenerate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.revgraph.diff.Difference;
import dev.revgraph.schema.Table;
import dev.revgraph.schema.TableColumn;

/**
 * The differences sorted by what the operations are made from: tables to create, tables to drop, the
 * changes of each table found on both sides (in the comparator's order), and sequences.
 */
final class DifferenceGroups {

    final List<Table> addedTables = new ArrayList<>();

    final List<Table> removedTables = new ArrayList<>();

    /** By the database's table name. */
    final Map<String, TableChanges> changedTables = new LinkedHashMap<>();

    final List<Difference> sequences = new ArrayList<>();

    private DifferenceGroups() {
    }

    static DifferenceGroups of(List<Difference> differences) {
        DifferenceGroups groups = new DifferenceGroups();
        differences.forEach(groups::sort);
        return groups;
    }

    private void sort(Difference difference) {
        switch (difference.objectKind()) {
            case TABLE -> {
                if (difference.kind() == Difference.Kind.ADDED) {
                    addedTables.add(difference.modelTable());
                }
                else if (difference.kind() == Difference.Kind.REMOVED) {
                    removedTables.add(difference.databaseTable());
                }
                else {
                    changes(difference).comment = difference;
                }
            }
            case SEQUENCE -> sequences.add(difference);
            case COLUMN -> {
                TableChanges changes = changes(difference);
                switch (difference.kind()) {
                    case ADDED -> changes.addedColumns.add(difference);
                    case REMOVED -> changes.removedColumns.add(difference);
                    case CHANGED -> changes.changedColumns.computeIfAbsent(
                            ((TableColumn) difference.databaseObject()).name(), (name) -> new ArrayList<>())
                        .add(difference);
                }
            }
            case FOREIGN_KEY -> {
                TableChanges changes = changes(difference);
                if (difference.kind() != Difference.Kind.ADDED) {
                    changes.removedForeignKeys.add(difference);
                }
                if (difference.kind() != Difference.Kind.REMOVED) {
                    changes.addedForeignKeys.add(difference);
                }
            }
            default -> {
                TableChanges changes = changes(difference);
                if (difference.kind() != Difference.Kind.ADDED) {
                    changes.removedKeys.add(difference);
                }
                if (difference.kind() != Difference.Kind.REMOVED) {
                    changes.addedKeys.add(difference);
                }
            }
        }
    }

    private TableChanges changes(Difference difference) {
        Table databaseTable = Objects.requireNonNull(difference.databaseTable());
        return changedTables.computeIfAbsent(databaseTable.name(),
                (name) -> new TableChanges(Objects.requireNonNull(difference.modelTable()), databaseTable));
    }

}
