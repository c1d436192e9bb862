package dev.revgraph.revision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The fast ordering against a plain re-statement of Alembic's walk, on a few hundred seeded random
 * graphs with branches, merges, several bases, dependencies and shuffled load order.
 */
class TopologicalWalkTests {

    private static final int GRAPHS = 400;

    @Test
    void upgradePlansRunInExactlyAlembicsOrder() {
        for (int seed = 0; seed < GRAPHS; seed++) {
            Random random = new Random(seed);
            RevisionGraph graph = RevisionGraph.of(RandomGraphs.generate(random, 5 + random.nextInt(40)));
            ReferenceOrdering reference = new ReferenceOrdering(graph);
            for (int round = 0; round < 5; round++) {
                Set<String> rows = randomRows(random, graph, reference);
                String target = (random.nextInt(3) == 0) ? "heads" : randomId(random, graph);
                List<String> targets = graph.resolve(target).stream().map(Revision::id).toList();
                Plan plan = graph.planUpgrade(rows, target);
                assertThat(plan.revisionIds()).as("seed %d rows %s target %s", seed, rows, target)
                    .containsExactlyElementsOf(reference.upgradeOrder(rows, targets));
                Set<String> expectedApplied = new HashSet<>(reference.ancestors(rows));
                expectedApplied.addAll(reference.ancestors(targets));
                assertConsistentRows(reference, plan.rowsAfter(), expectedApplied, seed);
            }
        }
    }

    @Test
    void downgradePlansRunInExactlyAlembicsOrder() {
        for (int seed = 0; seed < GRAPHS; seed++) {
            Random random = new Random(seed * 31L + 7);
            RevisionGraph graph = RevisionGraph.of(RandomGraphs.generate(random, 5 + random.nextInt(40)));
            ReferenceOrdering reference = new ReferenceOrdering(graph);
            for (int round = 0; round < 5; round++) {
                Set<String> rows = randomRows(random, graph, reference);
                List<String> applied = new ArrayList<>(reference.ancestors(rows));
                applied.sort(String::compareTo);
                String target = (applied.isEmpty() || random.nextInt(4) == 0) ? null
                        : applied.get(random.nextInt(applied.size()));
                List<String> expected = reference.downgradeOrder(rows, target);
                if (target != null && expected.isEmpty() && !rows.contains(target)) {
                    assertThatExceptionOfType(RevisionGraphException.class)
                        .isThrownBy(() -> graph.planDowngrade(rows, target))
                        .satisfies((ex) -> assertThat(ex.code()).isEqualTo("not_a_downgrade_target"));
                    continue;
                }
                Plan plan = graph.planDowngrade(rows, (target != null) ? target : "base");
                assertThat(plan.revisionIds()).as("seed %d rows %s target %s", seed, rows, target)
                    .containsExactlyElementsOf(expected);
                Set<String> expectedApplied = new HashSet<>(reference.ancestors(rows));
                expected.forEach(expectedApplied::remove);
                assertConsistentRows(reference, plan.rowsAfter(), expectedApplied, seed);
            }
        }
    }

    @Test
    void historyOfEverythingIsTheReferenceOrderFromTheRealHeads() {
        for (int seed = 0; seed < 100; seed++) {
            Random random = new Random(seed + 1000);
            RevisionGraph graph = RevisionGraph.of(RandomGraphs.generate(random, 5 + random.nextInt(30)));
            ReferenceOrdering reference = new ReferenceOrdering(graph);
            List<String> heads = graph.realHeads().stream().map(Revision::id).toList();
            Set<String> all = new HashSet<>(reference.ancestors(heads));
            assertThat(graph.history(null)).extracting(Revision::id)
                .containsExactlyElementsOf(reference.sort(all, heads));
        }
    }

    /** Rows never hold a revision with one of its ancestors, and imply exactly what was applied. */
    private static void assertConsistentRows(ReferenceOrdering reference, Set<String> rows,
            Set<String> expectedApplied, int seed) {
        assertThat(reference.ancestors(rows)).as("seed %d: what rows %s imply", seed, rows)
            .containsExactlyInAnyOrderElementsOf(expectedApplied);
        for (String row : rows) {
            Set<String> others = new LinkedHashSet<>(rows);
            others.remove(row);
            assertThat(reference.ancestors(others)).as("seed %d: rows %s overlap", seed, rows).doesNotContain(row);
        }
    }

    /** The branch tips of the closure of a few random revisions: a consistent set of version rows. */
    private static Set<String> randomRows(Random random, RevisionGraph graph, ReferenceOrdering reference) {
        List<String> picked = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            picked.add(randomId(random, graph));
        }
        Set<String> applied = reference.ancestors(picked);
        Set<String> rows = new LinkedHashSet<>();
        for (Revision revision : graph.revisions()) {
            if (!applied.contains(revision.id())) {
                continue;
            }
            boolean hasAppliedChild = false;
            for (Revision other : graph.revisions()) {
                if (applied.contains(other.id())
                        && (other.down().contains(revision.id()) || other.dependsOn().contains(revision.id()))) {
                    hasAppliedChild = true;
                }
            }
            if (!hasAppliedChild) {
                rows.add(revision.id());
            }
        }
        return rows;
    }

    private static String randomId(Random random, RevisionGraph graph) {
        return graph.revisions().get(random.nextInt(graph.revisions().size())).id();
    }
}
