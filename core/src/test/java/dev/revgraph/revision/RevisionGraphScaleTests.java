package dev.revgraph.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 10,000-revision graph (long lines, a branch and its merge every 50 revisions, a second base joined
 * by dependencies) built and planned end to end. No timing assertions: the JMH benchmark measures; this
 * keeps the shape of such a graph correct and would hang on an accidentally cubic step.
 */
class RevisionGraphScaleTests {

    static List<RevisionInfo> largeGraph(int size) {
        List<RevisionInfo> revisions = new ArrayList<>(size);
        revisions.add(RevisionInfo.of("m0"));
        revisions.add(RevisionInfo.of("side0").withBranchLabels("side"));
        String previous = "m0";
        String previousSide = "side0";
        for (int i = 1; revisions.size() < size; i++) {
            if (i % 50 == 0) {
                String left = "l" + i;
                String right = "r" + i;
                revisions.add(RevisionInfo.of(left, previous));
                revisions.add(RevisionInfo.of(right, previous));
                revisions.add(RevisionInfo.of("m" + i, left, right));
            }
            else if (i % 97 == 0) {
                String side = "side" + i;
                revisions.add(RevisionInfo.of(side, previousSide));
                previousSide = side;
                revisions.add(RevisionInfo.of("m" + i, previous).withDependsOn(side));
            }
            else {
                revisions.add(RevisionInfo.of("m" + i, previous));
            }
            previous = "m" + i;
        }
        return revisions;
    }

    @Test
    void plansTenThousandRevisionsFromBaseToHeads() {
        List<RevisionInfo> infos = largeGraph(10_000);
        RevisionGraph graph = RevisionGraph.of(infos);
        Plan plan = graph.planUpgrade(Set.of(), "heads");
        assertThat(plan.steps()).hasSize(infos.size());
        assertThat(plan.rowsAfter()).containsExactly(graph.realHeads().iterator().next().id());
        assertRunsAfterItsAncestors(graph, plan.revisionIds());
        Plan down = graph.planDowngrade(plan.rowsAfter(), "base");
        assertThat(down.steps()).hasSize(infos.size());
        assertThat(down.rowsAfter()).isEmpty();
        assertThat(graph.history(null)).hasSize(infos.size());
    }

    @Test
    void plansTheLastFewRevisionsOfALargeGraph() {
        RevisionGraph graph = RevisionGraph.of(largeGraph(10_000));
        String head = graph.realHeads().iterator().next().id();
        Plan plan = graph.planUpgrade(Set.of(head), "heads");
        assertThat(plan.isEmpty()).isTrue();
        Plan back = graph.planDowngrade(Set.of(head), "-3");
        assertThat(back.steps()).hasSize(3);
        assertThat(graph.planUpgrade(back.rowsAfter(), "heads").steps()).hasSize(3);
    }

    private static void assertRunsAfterItsAncestors(RevisionGraph graph, List<String> order) {
        Set<String> done = new java.util.HashSet<>();
        for (String id : order) {
            assertThat(done).containsAll(graph.get(id).downWithDependencies());
            done.add(id);
        }
    }
}
