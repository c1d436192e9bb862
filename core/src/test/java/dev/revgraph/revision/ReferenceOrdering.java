package dev.revgraph.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A deliberately plain re-statement of Alembic's ordering walk ({@code _topological_sort}), with a full
 * ancestor set per pending head recomputed whenever a head is replaced, and of the sets an upgrade or a
 * downgrade collects. Slow on purpose: the fast implementation is checked against it.
 */
final class ReferenceOrdering {

    private final RevisionGraph graph;

    ReferenceOrdering(RevisionGraph graph) {
        this.graph = graph;
    }

    /** The revision and all its ancestors, parents and dependencies. */
    Set<String> ancestors(Collection<String> ids) {
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> todo = new ArrayDeque<>(ids);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(this.graph.get(id).downWithDependencies());
            }
        }
        return seen;
    }

    /** The revisions and all their descendants through parents and dependencies. */
    Set<String> descendants(Collection<String> ids) {
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> todo = new ArrayDeque<>(ids);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                for (Revision candidate : this.graph.revisions()) {
                    if (candidate.down().contains(id) || candidate.dependsOn().contains(id)) {
                        todo.add(candidate.id());
                    }
                }
            }
        }
        return seen;
    }

    List<String> upgradeOrder(Set<String> rows, List<String> targets) {
        Set<String> needs = new HashSet<>(ancestors(targets));
        needs.removeAll(ancestors(rows));
        List<String> newestFirst = sort(needs, targets);
        return reversed(newestFirst);
    }

    List<String> downgradeOrder(Set<String> rows, String targetOrNullForBase) {
        List<String> roots = new ArrayList<>();
        for (Revision revision : this.graph.revisions()) {
            boolean root = (targetOrNullForBase == null) ? revision.isBase()
                    : revision.down().contains(targetOrNullForBase);
            if (root) {
                roots.add(revision.id());
            }
        }
        Set<String> members = new HashSet<>(descendants(roots));
        members.retainAll(ancestors(rows));
        return sort(members, new ArrayList<>(rows));
    }

    List<String> sort(Set<String> members, Collection<String> headIds) {
        Set<String> todo = new HashSet<>(members);
        List<String> heads = new ArrayList<>(new LinkedHashSet<>(headIds));
        heads.removeIf((head) -> !todo.contains(head));
        heads.sort(Comparator.comparingInt((String id) -> this.graph.get(id).loadIndex()));
        List<Set<String>> ancestorsByHead = new ArrayList<>();
        for (String head : heads) {
            ancestorsByHead.add(ancestors(List.of(head)));
        }
        List<String> output = new ArrayList<>();
        int index = 0;
        while (!heads.isEmpty()) {
            String candidate = heads.get(index);
            int blockedBy = -1;
            for (int other = 0; other < heads.size(); other++) {
                if (other != index && ancestorsByHead.get(other).contains(candidate)) {
                    blockedBy = other;
                    break;
                }
            }
            if (blockedBy >= 0) {
                index = blockedBy;
                continue;
            }
            if (todo.remove(candidate)) {
                output.add(candidate);
            }
            List<String> toAdd = new ArrayList<>();
            for (String down : this.graph.get(candidate).downWithDependencies()) {
                if (todo.contains(down) && !heads.contains(down)) {
                    toAdd.add(down);
                }
            }
            if (toAdd.isEmpty()) {
                heads.remove(index);
                ancestorsByHead.remove(index);
                index = Math.max(index - 1, 0);
            }
            else {
                heads.set(index, toAdd.get(0));
                ancestorsByHead.set(index, ancestors(List.of(toAdd.get(0))));
                for (String extra : toAdd.subList(1, toAdd.size())) {
                    heads.add(extra);
                    ancestorsByHead.add(ancestors(List.of(extra)));
                }
            }
        }
        if (!todo.isEmpty()) {
            throw new IllegalStateException("reference walk left " + todo);
        }
        return output;
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
