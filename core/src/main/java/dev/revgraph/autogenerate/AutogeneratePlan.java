package dev.revgraph.autogenerate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.revgraph.diff.Difference;
import dev.revgraph.operation.DropColumn;
import dev.revgraph.operation.DropSequence;
import dev.revgraph.operation.DropTable;
import dev.revgraph.operation.Operation;

/**
 * What autogenerate found and what it would write: the differences, the upgrade's operations in
 * dependency order with their risks, and warnings about differences it could not write as operations.
 * The downgrade is the upgrade's mechanical reverse.
 *
 * @param differences every difference between the model and the database
 * @param upgrade the operations that bring the database to the model, in order
 * @param warnings what the revision cannot do and a person must (an identity added to an existing
 * column, say), one sentence each
 */
public record AutogeneratePlan(List<Difference> differences, List<PlannedOperation> upgrade, List<String> warnings) {

    public AutogeneratePlan {
        differences = List.copyOf(differences);
        upgrade = List.copyOf(upgrade);
        warnings = List.copyOf(warnings);
    }

    /** Whether there is nothing to write: no operation (there may still be warnings). */
    public boolean isEmpty() {
        return upgrade.isEmpty();
    }

    /** The upgrade's operations, without their comments. */
    public List<Operation> upgradeOperations() {
        return upgrade.stream().map(PlannedOperation::operation).toList();
    }

    /**
     * The downgrade: the reverse of each upgrade operation, last first. Every operation autogenerate writes
     * knows its reverse — drops carry the definition read from the database.
     */
    public List<PlannedOperation> downgrade() {
        List<PlannedOperation> downgrade = new ArrayList<>();
        for (int i = upgrade.size() - 1; i >= 0; i--) {
            Operation operation = upgrade.get(i).operation();
            Operation reverse = operation.reverse()
                .orElseThrow(() -> new IllegalStateException("No reverse for " + operation));
            downgrade.add(new PlannedOperation(reverse, destructive(reverse), List.of()));
        }
        return downgrade;
    }

    private static List<Risk> destructive(Operation operation) {
        if (operation instanceof DropTable drop) {
            return List.of(Risk.of(Risk.Kind.DESTRUCTIVE, "drops table " + drop.table() + " and its rows"));
        }
        if (operation instanceof DropColumn drop) {
            return List.of(Risk.of(Risk.Kind.DESTRUCTIVE, "drops column " + drop.table() + "." + drop.column()
                    + " and its values"));
        }
        if (operation instanceof DropSequence drop) {
            return List.of(Risk.of(Risk.Kind.DESTRUCTIVE, "drops sequence " + drop.sequence()));
        }
        return List.of();
    }

    /** Every risk of the upgrade, in order. */
    public List<Risk> risks() {
        return upgrade.stream().flatMap((operation) -> operation.risks().stream()).toList();
    }

    /** This plan with another upgrade (the same operations, their risks counted). */
    public AutogeneratePlan withUpgrade(List<PlannedOperation> newUpgrade) {
        return new AutogeneratePlan(differences, Objects.requireNonNull(newUpgrade, "newUpgrade"), warnings);
    }
}
