package dev.revgraph.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.revgraph.RevGraphException;
import dev.revgraph.revision.Plan;
import dev.revgraph.revision.Revision;
import dev.revgraph.revision.RevisionGraph;

/**
 * The downgrade target that undoes exactly one revision, the newest applied on its branch, and nothing
 * else. A parent id is not enough: downgrading to a branch point also undoes its other applied branches.
 * {@code <rev>@-1} walks down the revision's own branch; a merge point, where that walk is ambiguous,
 * is undone by downgrading to one of its parents. The candidate is checked with the graph's own
 * planner, never assumed.
 */
final class OneStepDowngrade {

    private OneStepDowngrade() {
    }

    /** The identifier whose downgrade from {@code rows} runs exactly {@code revision}'s downgrade. */
    static Optional<String> target(RevisionGraph graph, Set<String> rows, Revision revision) {
        List<String> candidates = new ArrayList<>();
        candidates.add(revision.id() + "@-1");
        candidates.addAll(revision.down());
        for (String candidate : candidates) {
            try {
                Plan plan = graph.planDowngrade(rows, candidate);
                if (plan.revisionIds().equals(List.of(revision.id()))) {
                    return Optional.of(candidate);
                }
            }
            catch (RevGraphException ex) {
                // not this one: the next candidate may do
            }
        }
        return Optional.empty();
    }
}
