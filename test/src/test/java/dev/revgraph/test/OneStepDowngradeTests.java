package dev.revgraph.test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.revgraph.revision.RevisionGraph;
import dev.revgraph.revision.RevisionInfo;
import dev.revgraph.revision.Step;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OneStepDowngradeTests {

    // p is a branch point (a, b), m merges them, q is a second base
    private final RevisionGraph graph = RevisionGraph.of(List.of(RevisionInfo.of("p"), RevisionInfo.of("a", "p"),
            RevisionInfo.of("b", "p"), RevisionInfo.of("m", "a", "b"), RevisionInfo.of("q")));

    @Test
    void undoesEachRevisionAloneWhereverTheUpgradeOrderStands() {
        Set<String> rows = new LinkedHashSet<>();
        for (Step step : graph.planUpgrade(Set.of(), "heads").steps()) {
            rows = graph.applyStep(rows, step);
            String target = OneStepDowngrade.target(graph, rows, step.revision()).orElseThrow();
            assertThat(graph.planDowngrade(rows, target).revisionIds()).as(target).containsExactly(step.revisionId());
        }
    }

    @Test
    void aSecondBranchIsUndoneWithoutTheFirst() {
        // downgrading to the branch point p would undo a as well
        assertThat(OneStepDowngrade.target(graph, Set.of("q", "a", "b"), graph.get("b"))).contains("b@-1");
    }

    @Test
    void aMergePointIsUndoneByDowngradingToAParent() {
        assertThat(OneStepDowngrade.target(graph, Set.of("q", "m"), graph.get("m"))).contains("a");
    }

    @Test
    void aBaseIsUndoneWithoutTheOtherBase() {
        assertThat(OneStepDowngrade.target(graph, Set.of("p", "q"), graph.get("q"))).contains("q@-1");
    }
}
