package dev.revgraph.revision;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The version-row rule of Alembic's head maintainer: which rows one step inserts, deletes or updates.
 *
 * <p>Upgrading a revision inserts a row when none of its parents (or dependencies) is a row (a new
 * branch), merges when several are (deleting all but one and updating the last), and otherwise updates
 * its parent's row. Downgrading a revision deletes its row when it is a base or when every revision it
 * returns to stays implied by another row, re-inserts its parents when it is a merge point (unmerge),
 * and otherwise updates its row to its parent.
 *
 * <p>Where Alembic iterates a Python set (the order of merged or unmerged parents), this follows the
 * declared order of parents and dependencies. "Implied by another row" is answered from the applied set
 * (the rows and all their ancestors): a revision is implied by something else exactly when one of its
 * children or dependents is applied. An instance keeps that set up to date from step to step, so a
 * plan applies its steps through one instance in linear time.
 */
final class VersionRowRule {

    private final RevisionGraph graph;

    private final Topology topology;

    private Set<String> knownRows = Set.of();

    private BitSet applied;

    VersionRowRule(RevisionGraph graph, Topology topology) {
        this.graph = graph;
        this.topology = topology;
    }

    List<RowChange> changes(Set<String> rows, Step step) {
        if (this.applied == null || !rows.equals(this.knownRows)) {
            List<Integer> indexes = new ArrayList<>();
            for (String row : rows) {
                indexes.add(index(row));
            }
            this.applied = this.topology.ancestors(indexes, true);
        }
        List<RowChange> changes = switch (step.direction()) {
            case UP -> upgrade(rows, step.revision());
            case DOWN -> downgrade(rows, step.revision());
            case STAMP -> stamp(rows, step);
        };
        if (step.direction() == Step.Direction.STAMP) {
            this.applied = null;
        }
        else {
            this.applied.set(step.revision().loadIndex(), step.direction() == Step.Direction.UP);
            this.knownRows = apply(rows, changes);
        }
        return changes;
    }

    static Set<String> apply(Set<String> rows, List<RowChange> changes) {
        LinkedHashSet<String> result = new LinkedHashSet<>(rows);
        for (RowChange change : changes) {
            switch (change.kind()) {
                case INSERT -> result.add(change.to());
                case DELETE -> result.remove(change.from());
                case UPDATE -> {
                    result.remove(change.from());
                    result.add(change.to());
                }
            }
        }
        return result;
    }

    private List<RowChange> upgrade(Set<String> rows, Revision revision) {
        List<String> downs = revision.downWithDependencies();
        List<String> downRows = downs.stream().filter(rows::contains).toList();
        if (downRows.isEmpty()) {
            return List.of(RowChange.insert(revision.id()));
        }
        if (downRows.size() == 1) {
            return List.of(RowChange.update(downRows.get(0), revision.id()));
        }
        // a merge: rows still implied by another row stay; the rest collapse into this revision
        List<String> from = new ArrayList<>();
        for (String down : downRows) {
            if (!hasAppliedChild(index(down), -1)) {
                from.add(down);
            }
        }
        if (from.isEmpty()) {
            return List.of(RowChange.insert(revision.id()));
        }
        List<RowChange> changes = new ArrayList<>();
        for (int i = 0; i < from.size() - 1; i++) {
            changes.add(RowChange.delete(from.get(i)));
        }
        changes.add(RowChange.update(from.get(from.size() - 1), revision.id()));
        return changes;
    }

    private List<RowChange> downgrade(Set<String> rows, Revision revision) {
        String id = revision.id();
        if (!rows.contains(id)) {
            throw new IllegalStateException("Cannot downgrade " + id + ": it is not a version row " + rows);
        }
        List<String> downs = revision.downWithDependencies();
        if (downs.isEmpty()) {
            return List.of(RowChange.delete(id));
        }
        List<String> to = unmergeTargets(revision);
        if (to.isEmpty()) {
            return List.of(RowChange.delete(id));
        }
        List<RowChange> changes = new ArrayList<>();
        if (downs.size() > 1) {
            for (int i = 0; i < to.size() - 1; i++) {
                if (!rows.contains(to.get(i))) {
                    changes.add(RowChange.insert(to.get(i)));
                }
            }
        }
        changes.add(updateOrDelete(rows, id, to.get(to.size() - 1)));
        return changes;
    }

    /**
     * The revisions a downgrade returns to that nothing else left applied implies. Alembic drops
     * targets that are ancestors of other targets only when no other row exists; this drops them
     * always, so that the rows never hold a revision together with one of its ancestors.
     */
    private List<String> unmergeTargets(Revision revision) {
        List<String> targets = new ArrayList<>();
        for (String down : revision.downWithDependencies()) {
            if (!hasAppliedChild(index(down), revision.loadIndex())) {
                targets.add(down);
            }
        }
        return targets;
    }

    private List<RowChange> stamp(Set<String> rows, Step step) {
        List<String> from = step.fromIds();
        List<String> to = step.toIds();
        if (!step.upgrade() && step.branchMove()) {
            return List.of(RowChange.delete(from.get(0)));
        }
        boolean fromMissing = from.stream().anyMatch((row) -> !rows.contains(row));
        boolean toMissing = to.stream().anyMatch((row) -> !rows.contains(row));
        if (step.upgrade() && (step.branchMove() || fromMissing) && toMissing) {
            return List.of(RowChange.insert(to.get(0)));
        }
        List<RowChange> changes = new ArrayList<>();
        if (from.size() > 1) {
            for (int i = 0; i < from.size() - 1; i++) {
                changes.add(RowChange.delete(from.get(i)));
            }
            changes.add(updateOrDelete(rows, from.get(from.size() - 1), to.get(0)));
            return changes;
        }
        if (to.size() > 1) {
            for (int i = 0; i < to.size() - 1; i++) {
                changes.add(RowChange.insert(to.get(i)));
            }
            changes.add(updateOrDelete(rows, from.get(0), to.get(to.size() - 1)));
            return changes;
        }
        changes.add(updateOrDelete(rows, from.get(0), to.get(0)));
        return changes;
    }

    private static RowChange updateOrDelete(Set<String> rows, String from, String to) {
        // Alembic asserts the new value is not a row yet; when it is, the old row simply goes
        return rows.contains(to) ? RowChange.delete(from) : RowChange.update(from, to);
    }

    /** Whether a child or dependent of {@code node}, other than {@code ignored}, is applied. */
    private boolean hasAppliedChild(int node, int ignored) {
        for (int child : this.topology.fullUp[node]) {
            if (child != ignored && this.applied.get(child)) {
                return true;
            }
        }
        return false;
    }

    private int index(String id) {
        return this.graph.require(id).loadIndex();
    }
}
