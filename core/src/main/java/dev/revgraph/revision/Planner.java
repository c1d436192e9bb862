package dev.revgraph.revision;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import dev.revgraph.ErrorCode;
import dev.revgraph.revision.IdentifierResolver.Position;
import dev.revgraph.revision.IdentifierResolver.Relative;

/**
 * Alembic's collection of the revisions an upgrade or downgrade runs ({@code _collect_upgrade_revisions},
 * {@code _collect_downgrade_revisions}) and of the rows a stamp moves ({@code _stamp_revs}).
 */
final class Planner {

    private final RevisionGraph graph;

    private final Topology topology;

    private final IdentifierResolver resolver;

    Planner(RevisionGraph graph, Topology topology, IdentifierResolver resolver) {
        this.graph = graph;
        this.topology = topology;
        this.resolver = resolver;
    }

    /** The revisions to run, newest first, and the heads the order was walked from. */
    record Collected(BitSet members, List<Integer> heads) {

        List<Revision> ordered(RevisionGraph graph, Topology topology) {
            List<Revision> result = new ArrayList<>();
            for (int index : TopologicalWalk.sort(topology, this.members, this.heads)) {
                result.add(graph.revisions().get(index));
            }
            return result;
        }
    }

    Collected collectUpgrade(List<Revision> current, @Nullable String lowerIdentifier, String target,
            boolean inclusive, boolean implicitBase, boolean assertRelativeLength) {
        List<Revision> targets = parseUpgradeTarget(current, target, assertRelativeLength);
        if (lowerIdentifier != null && lowerIdentifier.contains("@")) {
            // "label@..." as the lower end keeps only the targets on that branch
            String branch = lowerIdentifier.substring(0, lowerIdentifier.indexOf('@'));
            Revision branchRevision = this.graph.find(branch).orElse(null);
            if (branchRevision != null && branchRevision.branchLabels().size() == 1) {
                branch = branchRevision.branchLabels().iterator().next();
            }
            String label = branch;
            targets = targets.stream().filter((candidate) -> candidate.branchLabels().contains(label)).toList();
        }
        requireNoOverlap(targets, "Requested revision");
        BitSet required = this.topology.ancestors(indexes(targets), true);
        if (!implicitBase) {
            for (Revision revision : current) {
                if (!required.get(revision.loadIndex())) {
                    throw new RevisionGraphException(ErrorCode.NOT_IN_BRANCH, "Requested range "
                            + describeEnd(lowerIdentifier) + ":" + target
                            + " does not refer to ancestor/descendant revisions along the same branch (revision "
                            + revision.id() + " is not an ancestor of " + target + ")");
                }
            }
        }
        requireNoOverlap(current, "Current revision");
        BitSet needs = (BitSet) required.clone();
        needs.andNot(this.topology.ancestors(indexes(current), true));
        if (inclusive) {
            for (Revision revision : current) {
                needs.set(revision.loadIndex());
            }
        }
        if (!current.isEmpty() && !implicitBase) {
            needs.and(this.topology.descendants(indexes(current), false));
        }
        return new Collected(needs, indexes(targets));
    }

    Collected collectDowngrade(List<Revision> current, String target, boolean inclusive, boolean implicitBase,
            boolean assertRelativeLength) {
        DowngradeTarget parsed = parseDowngradeTarget(current, target, assertRelativeLength);
        Revision targetRevision = parsed.revision();
        List<Revision> roots;
        if (targetRevision == null) {
            roots = this.graph.basesList();
        }
        else if (inclusive) {
            roots = List.of(targetRevision);
        }
        else {
            roots = targetRevision.children();
        }
        if (parsed.label() != null && roots.size() > 1) {
            BitSet branchAncestors = this.topology.ancestors(
                    List.of(this.resolver.resolveBranch(parsed.label()).loadIndex()), false);
            roots = roots.stream().filter((root) -> branchAncestors.get(root.loadIndex())).toList();
            if (roots.isEmpty()) {
                throw new RevisionGraphException(ErrorCode.NOT_A_DOWNGRADE_TARGET, "Destination " + target
                        + " is not a valid downgrade target from current head(s) " + IdentifierResolver.ids(current));
            }
        }
        BitSet active = this.topology.ancestors(indexes(current), true);
        BitSet members = this.topology.descendants(indexes(roots), true);
        members.and(active);
        if (implicitBase) {
            BitSet otherBranches = (BitSet) active.clone();
            otherBranches.andNot(this.topology.ancestors(indexes(roots), true));
            members.or(otherBranches);
        }
        if (targetRevision != null && members.isEmpty() && !current.contains(targetRevision)) {
            throw new RevisionGraphException(ErrorCode.NOT_A_DOWNGRADE_TARGET, "Destination " + target + " ("
                    + targetRevision.id() + ") is not a valid downgrade target from current head(s) "
                    + IdentifierResolver.ids(current) + ": it is not an applied ancestor of them");
        }
        return new Collected(members, indexes(current));
    }

    /** Alembic's {@code _parse_upgrade_target}. */
    List<Revision> parseUpgradeTarget(List<Revision> current, String target, boolean assertRelativeLength) {
        IdentifierResolver.rejectRange(target);
        Relative relative = IdentifierResolver.parseRelative(target);
        if (relative == null) {
            return this.resolver.resolve(target);
        }
        Position position;
        if (relative.steps() > 0 && relative.symbol() == null) {
            Revision start = upgradeStart(current, relative.label());
            position = this.resolver.walk(start, relative.steps(), relative.label(), assertRelativeLength);
        }
        else if (relative.symbol() == null) {
            throw IdentifierResolver.outOfRange(relative);
        }
        else {
            position = this.resolver.walkFromSymbol(relative, assertRelativeLength);
        }
        Position reached = IdentifierResolver.requireWalk(position, relative);
        return (reached.revision() != null) ? List.of(reached.revision()) : List.of();
    }

    /** Where {@code +N} starts: the current row (of the branch), else that branch's applied tip, else base. */
    private @Nullable Revision upgradeStart(List<Revision> current, @Nullable String label) {
        List<Revision> starts = current;
        if (label != null) {
            Revision branch = this.resolver.resolveBranch(label);
            starts = this.resolver.filterForLineage(current, List.of(branch), false);
            if (starts.isEmpty()) {
                BitSet onBranchIndexes = this.topology.ancestors(indexes(current), true);
                onBranchIndexes.and(lineage(branch));
                List<Revision> onBranch = new ArrayList<>();
                for (int i = onBranchIndexes.nextSetBit(0); i >= 0; i = onBranchIndexes.nextSetBit(i + 1)) {
                    onBranch.add(this.graph.revisions().get(i));
                }
                Set<String> below = new LinkedHashSet<>();
                for (Revision revision : onBranch) {
                    below.addAll(revision.downWithDependencies());
                }
                starts = onBranch.stream().filter((revision) -> !below.contains(revision.id())).toList();
            }
        }
        if (starts.size() > 1) {
            throw new RevisionGraphException(ErrorCode.AMBIGUOUS_WALK, "Ambiguous upgrade from multiple current "
                    + "revisions " + IdentifierResolver.ids(starts) + "; use '<branchname>@+N' or name a revision");
        }
        return starts.isEmpty() ? null : starts.get(0);
    }

    /** The revision, its ancestors and its descendants, through parents only. */
    private BitSet lineage(Revision revision) {
        BitSet lineage = this.topology.ancestors(List.of(revision.loadIndex()), false);
        lineage.or(this.topology.descendants(List.of(revision.loadIndex()), false));
        return lineage;
    }

    record DowngradeTarget(@Nullable String label, @Nullable Revision revision) {
    }

    /** Alembic's {@code _parse_downgrade_target}. */
    DowngradeTarget parseDowngradeTarget(List<Revision> current, String target, boolean assertRelativeLength) {
        IdentifierResolver.rejectRange(target);
        Relative relative = IdentifierResolver.parseRelative(target);
        if (relative == null) {
            int at = target.lastIndexOf('@');
            String label = (at > 0) ? target.substring(0, at) : null;
            return new DowngradeTarget(label, this.resolver.resolveOne(target));
        }
        if (relative.steps() >= 0) {
            if (relative.symbol() == null) {
                throw IdentifierResolver.outOfRange(relative);
            }
            Position position = this.resolver.walk(this.resolver.resolveOne(relative.symbol()), relative.steps(),
                    relative.label(), assertRelativeLength);
            return new DowngradeTarget(relative.label(), IdentifierResolver.requireWalk(position, relative).revision());
        }
        if (relative.symbol() != null) {
            Position position = this.resolver.walkFromSymbol(relative, assertRelativeLength);
            return new DowngradeTarget(relative.label(), IdentifierResolver.requireWalk(position, relative).revision());
        }
        String label = relative.label();
        Revision start;
        if (label != null) {
            Revision branch = this.resolver.resolveBranch(label);
            List<Revision> onBranch = this.resolver.filterForLineage(current, List.of(branch), false);
            if (onBranch.isEmpty()) {
                onBranch = this.resolver.filterForLineage(currentBranchHeads(current), List.of(branch), false);
            }
            if (onBranch.size() != 1) {
                throw new RevisionGraphException(ErrorCode.AMBIGUOUS_WALK, "Relative revision " + target
                        + " needs exactly one current revision on branch '" + label + "'; found "
                        + IdentifierResolver.ids(onBranch));
            }
            start = onBranch.get(0);
        }
        else {
            if (current.isEmpty()) {
                throw IdentifierResolver.outOfRange(relative);
            }
            if (current.size() > 1) {
                // Alembic warns and takes the first row; which row is first is up to the database
                throw new RevisionGraphException(ErrorCode.AMBIGUOUS_WALK, "Relative revision " + target
                        + " is ambiguous from multiple current revisions " + IdentifierResolver.ids(current)
                        + "; use '<branchname>@" + target + "' or name a revision");
            }
            start = current.get(0);
            label = start.id();
        }
        Position position = this.resolver.walk(start, relative.steps(), null, assertRelativeLength);
        return new DowngradeTarget(label, IdentifierResolver.requireWalk(position, relative).revision());
    }

    /** Alembic's {@code _get_all_current}: the branch tips of everything the rows imply. */
    private List<Revision> currentBranchHeads(List<Revision> current) {
        BitSet applied = this.topology.ancestors(indexes(current), true);
        List<Revision> tips = new ArrayList<>();
        for (int i = applied.nextSetBit(0); i >= 0; i = applied.nextSetBit(i + 1)) {
            boolean hasAppliedChild = false;
            for (int child : this.topology.children[i]) {
                hasAppliedChild |= applied.get(child);
            }
            if (!hasAppliedChild) {
                tips.add(this.graph.revisions().get(i));
            }
        }
        return tips;
    }

    /** Alembic's {@code _stamp_revs}, with each destination moving only the rows related to it. */
    List<Step> stampSteps(List<Revision> current, List<String> targets) {
        List<String> identifiers = targets.isEmpty() ? List.of("base") : targets;
        LinkedHashSet<Revision> related = new LinkedHashSet<>();
        List<Revision> destinations = new ArrayList<>();
        for (String identifier : identifiers) {
            IdentifierResolver.rejectRange(identifier);
            List<Revision> resolved = this.resolver.resolve(identifier);
            destinations.addAll(resolved);
            List<Revision> anchors = new ArrayList<>(resolved);
            int at = identifier.indexOf('@');
            if (at > 0 && IdentifierResolver.parseRelative(identifier) == null) {
                anchors.add(this.resolver.resolveBranch(identifier.substring(0, at)));
            }
            related.addAll(this.resolver.filterForLineage(current, anchors, true));
        }
        requireNoOverlap(destinations, "Stamp target");
        List<Step> steps = new ArrayList<>();
        if (destinations.isEmpty()) {
            for (Revision row : related) {
                steps.add(Step.stamp(List.of(row.id()), null, false, true));
            }
            return steps;
        }
        Set<Revision> consumed = new LinkedHashSet<>();
        for (Revision destination : new LinkedHashSet<>(destinations)) {
            if (related.contains(destination)) {
                continue;
            }
            BitSet below = this.topology.ancestors(List.of(destination.loadIndex()), true);
            BitSet above = this.topology.descendants(List.of(destination.loadIndex()), true);
            List<Revision> rowsAbove = related.stream()
                .filter((row) -> above.get(row.loadIndex()) && !consumed.contains(row)).toList();
            List<Revision> rowsBelow = related.stream()
                .filter((row) -> below.get(row.loadIndex()) && !consumed.contains(row)).toList();
            if (!rowsAbove.isEmpty()) {
                steps.add(Step.stamp(IdentifierResolver.ids(rowsAbove), destination, false, false));
                consumed.addAll(rowsAbove);
            }
            else if (!rowsBelow.isEmpty()) {
                steps.add(Step.stamp(IdentifierResolver.ids(rowsBelow), destination, true, false));
                consumed.addAll(rowsBelow);
            }
            else {
                steps.add(Step.stamp(List.of(), destination, true, true));
            }
        }
        return steps;
    }

    /** Refuses a set of revisions in which one is an ancestor of another. */
    void requireNoOverlap(Collection<Revision> revisions, String what) {
        if (revisions.size() < 2) {
            return;
        }
        List<Integer> parents = new ArrayList<>();
        for (Revision revision : revisions) {
            for (int parent : this.topology.fullDown[revision.loadIndex()]) {
                parents.add(parent);
            }
        }
        BitSet strictAncestors = this.topology.ancestors(parents, true);
        for (Revision revision : revisions) {
            if (strictAncestors.get(revision.loadIndex())) {
                List<String> descendants = new ArrayList<>();
                for (Revision other : revisions) {
                    if (other != revision
                            && this.topology.isAncestorOrSelf(revision.loadIndex(), other.loadIndex(), true)) {
                        descendants.add(other.id());
                    }
                }
                throw new RevisionGraphException(ErrorCode.OVERLAP, what + " " + revision.id() + " ("
                        + revision.source() + ") overlaps with other requested revisions " + String.join(", ", descendants)
                        + ": it is their ancestor");
            }
        }
    }

    private static String describeEnd(@Nullable String identifier) {
        return (identifier != null) ? identifier : "base";
    }

    static List<Integer> indexes(Collection<Revision> revisions) {
        TreeSet<Integer> indexes = new TreeSet<>();
        for (Revision revision : revisions) {
            indexes.add(revision.loadIndex());
        }
        return new ArrayList<>(indexes);
    }
}
