package dev.revgraph.autogenerate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dev.revgraph.diff.Canonicalizer;
import dev.revgraph.diff.Difference;
import dev.revgraph.operation.AddColumn;
import dev.revgraph.operation.DropColumn;
import dev.revgraph.operation.QualifiedName;
import dev.revgraph.schema.Table;
import dev.revgraph.schema.TableColumn;

/**
 * A column dropped and one of the same type added in one table may be a rename that nothing declared:
 * written as a drop and an add, it loses the column's values. The revision says so, prominently, above
 * both operations, and says how to make it a rename ({@link dev.revgraph.RenamedFrom}).
 */
final class PossibleRenames {

    private final Canonicalizer canonicalizer;

    private final Definitions definitions;

    private final List<String> warnings;

    PossibleRenames(Canonicalizer canonicalizer, Definitions definitions, List<String> warnings) {
        this.canonicalizer = canonicalizer;
        this.definitions = definitions;
        this.warnings = warnings;
    }

    private QualifiedName name(Table table) {
        return definitions.name(table.name());
    }

    /** A column dropped and one of the same type added in one table may be a rename: say so above both. */
    List<PlannedOperation> warn(Collection<TableChanges> changedTables, List<PlannedOperation> operations) {
        List<PlannedOperation> result = new ArrayList<>(operations);
        for (TableChanges table : changedTables) {
            for (Difference removed : table.removedColumns) {
                TableColumn old = (TableColumn) removed.databaseObject();
                for (Difference added : table.addedColumns) {
                    TableColumn candidate = (TableColumn) added.modelObject();
                    if (!canonicalizer.type(old.type()).equals(canonicalizer.type(candidate.type()))) {
                        continue;
                    }
                    String warning = "possible rename of " + table.database.name() + "." + old.name() + " to "
                            + candidate.name() + ": written as a drop and an add, which loses the values of "
                            + old.name() + ". If it is a rename, annotate the field with @RenamedFrom(\"" + old.name()
                            + "\") and generate the revision again";
                    warnings.add(warning);
                    for (int i = 0; i < result.size(); i++) {
                        PlannedOperation each = result.get(i);
                        if ((each.operation() instanceof DropColumn drop && drop.column().equals(old.name())
                                && drop.table().equals(name(table.database)))
                                || (each.operation() instanceof AddColumn add
                                        && add.column().name().equals(candidate.name())
                                        && add.table().equals(name(table.database)))) {
                            result.set(i, each.withWarning(warning));
                        }
                    }
                }
            }
        }
        return result;
    }

}
