package dev.revgraph.revision;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The version-row rule for one step, and stamps, through {@link RevisionGraph}'s public API. */
class VersionRowRuleTests {

    private final RevisionGraph diamond = RevisionGraphTests.diamond();

    @Test
    void upgradingABaseInsertsARow() {
        Step step = up(this.diamond, "a");
        assertThat(this.diamond.rowChanges(Set.of(), step)).containsExactly(RowChange.insert("a"));
        assertThat(this.diamond.applyStep(Set.of(), step)).containsExactly("a");
    }

    @Test
    void upgradingAChildUpdatesItsParentsRow() {
        assertThat(this.diamond.rowChanges(Set.of("a"), up(this.diamond, "b1")))
            .containsExactly(RowChange.update("a", "b1"));
    }

    @Test
    void upgradingTheSecondChildOfABranchPointInsertsANewBranch() {
        assertThat(this.diamond.rowChanges(Set.of("b1"), up(this.diamond, "b2")))
            .containsExactly(RowChange.insert("b2"));
    }

    @Test
    void upgradingAMergePointDeletesAllParentsButOneAndUpdatesTheLast() {
        assertThat(this.diamond.rowChanges(Set.of("b1", "b2"), up(this.diamond, "c")))
            .containsExactly(RowChange.delete("b1"), RowChange.update("b2", "c"));
        assertThat(this.diamond.applyStep(Set.of("b1", "b2"), up(this.diamond, "c"))).containsExactly("c");
    }

    @Test
    void downgradingAMergePointReinsertsItsParents() {
        assertThat(this.diamond.rowChanges(Set.of("c"), down(this.diamond, "c")))
            .containsExactly(RowChange.insert("b1"), RowChange.update("c", "b2"));
    }

    @Test
    void downgradingABranchWhoseParentStaysImpliedDeletesItsRow() {
        assertThat(this.diamond.rowChanges(Set.of("b1", "b2"), down(this.diamond, "b2")))
            .containsExactly(RowChange.delete("b2"));
    }

    @Test
    void downgradingTheLastBranchUpdatesItsRowToTheParent() {
        assertThat(this.diamond.rowChanges(Set.of("b1"), down(this.diamond, "b1")))
            .containsExactly(RowChange.update("b1", "a"));
    }

    @Test
    void downgradingABaseDeletesItsRow() {
        assertThat(this.diamond.rowChanges(Set.of("a"), down(this.diamond, "a"))).containsExactly(RowChange.delete("a"));
    }

    @Test
    void refusesToDowngradeARevisionThatIsNotARow() {
        assertThatIllegalStateException().isThrownBy(() -> this.diamond.applyStep(Set.of("c"), down(this.diamond, "b1")));
    }

    @Test
    void upgradingARevisionWhoseDependencyIsARowAbsorbsThatRow() {
        RevisionGraph graph = RevisionGraph.of(List.of(RevisionInfo.of("x1"), RevisionInfo.of("y1"),
                RevisionInfo.of("y2", "y1").withDependsOn("x1")));
        assertThat(graph.rowChanges(Set.of("x1", "y1"), up(graph, "y2")))
            .containsExactly(RowChange.delete("y1"), RowChange.update("x1", "y2"));
        Plan plan = graph.planUpgrade(Set.of(), "heads");
        assertThat(plan.revisionIds()).containsExactly("x1", "y1", "y2");
        assertThat(graph.rowsAfterEachStep(plan)).containsExactly(Set.of("x1"), Set.of("x1", "y1"), Set.of("y2"));
    }

    @Test
    void downgradingARevisionWithADependencyLeavesTheDependencyAsARow() {
        RevisionGraph graph = RevisionGraph.of(List.of(RevisionInfo.of("x1"), RevisionInfo.of("y1"),
                RevisionInfo.of("y2", "y1").withDependsOn("x1")));
        assertThat(graph.rowChanges(Set.of("y2"), down(graph, "y2")))
            .containsExactly(RowChange.insert("y1"), RowChange.update("y2", "x1"));
        Plan plan = graph.planDowngrade(Set.of("y2"), "y1");
        assertThat(plan.revisionIds()).containsExactly("y2");
        assertThat(plan.rowsAfter()).containsExactly("x1", "y1");
    }

    @Test
    void upgradingAlongsideARowThatDependsOnTheParentInsertsANewRow() {
        RevisionGraph graph = RevisionGraph.of(List.of(RevisionInfo.of("x1"), RevisionInfo.of("x2", "x1"),
                RevisionInfo.of("y1").withDependsOn("x1")));
        assertThat(graph.rowChanges(Set.of("y1"), up(graph, "x2"))).containsExactly(RowChange.insert("x2"));
    }

    @Test
    void stampsUpwardByUpdatingTheRow() {
        RevisionGraph graph = linear();
        Plan plan = graph.planStamp(Set.of("a"), List.of("c"), false);
        assertThat(plan.steps()).singleElement().satisfies((step) -> {
            assertThat(step.direction()).isEqualTo(Step.Direction.STAMP);
            assertThat(step.revisionId()).isEqualTo("c");
            assertThat(step.upgrade()).isTrue();
            assertThat(step.fromIds()).containsExactly("a");
            assertThat(step.describe()).isEqualTo("stamp_revision a -> c");
        });
        assertThat(graph.rowChanges(Set.of("a"), plan.steps().get(0))).containsExactly(RowChange.update("a", "c"));
        assertThat(plan.rowsAfter()).containsExactly("c");
    }

    @Test
    void stampsDownward() {
        Plan plan = linear().planStamp(Set.of("c"), List.of("a"), false);
        assertThat(plan.steps()).singleElement().satisfies((step) -> assertThat(step.upgrade()).isFalse());
        assertThat(plan.rowsAfter()).containsExactly("a");
    }

    @Test
    void stampsDownFromTwoBranchesToTheirBranchPointAsOneStep() {
        Plan plan = this.diamond.planStamp(Set.of("b1", "b2"), List.of("a"), false);
        assertThat(plan.steps()).singleElement().satisfies((step) -> assertThat(step.fromIds()).containsExactly("b1", "b2"));
        assertThat(plan.rowsAfter()).containsExactly("a");
    }

    @Test
    void stampsSidewaysOntoABranchNotRepresentedAsANewRow() {
        Plan plan = this.diamond.planStamp(Set.of("b1"), List.of("b2"), false);
        assertThat(plan.steps()).singleElement().satisfies((step) -> assertThat(step.branchMove()).isTrue());
        assertThat(plan.rowsAfter()).containsExactly("b1", "b2");
    }

    @Test
    void stampingARowThatIsAlreadyThereDoesNothing() {
        assertThat(linear().planStamp(Set.of("b"), List.of("b"), false).isEmpty()).isTrue();
    }

    @Test
    void stampingHeadsFromNothingInsertsEveryHead() {
        Plan plan = this.diamond.planStamp(Set.of(), List.of("heads"), false);
        assertThat(plan.rowsAfter()).containsExactly("d");
    }

    @Test
    void stampingBaseRemovesTheRows() {
        Plan plan = this.diamond.planStamp(Set.of("b1", "b2"), List.of("base"), false);
        assertThat(plan.steps()).hasSize(2).allSatisfy((step) -> {
            assertThat(step.revision()).isNull();
            assertThat(step.toIds()).isEmpty();
        });
        assertThat(plan.rowsAfter()).isEmpty();
    }

    @Test
    void stampingALabelledBaseRemovesOnlyThatBranchsRows() {
        RevisionGraph graph = RevisionGraphTests.crossDependencyMap();
        Plan plan = graph.planStamp(Set.of("b1a", "d2", "b3"), List.of("b_2@base"), false);
        assertThat(plan.rowsAfter()).containsExactly("b1a", "b3");
    }

    @Test
    void purgingDeletesEveryRowThenInsertsTheTargets() {
        Plan plan = this.diamond.planStamp(Set.of("b1", "b2"), List.of("b1"), true);
        assertThat(plan.purge()).isTrue();
        assertThat(plan.rowsBefore()).isEmpty();
        assertThat(plan.steps()).singleElement().satisfies((step) -> assertThat(step.fromIds()).isEmpty());
        assertThat(plan.rowsAfter()).containsExactly("b1");
    }

    @Test
    void stampsSeveralTargetsOnSeparateBranches() {
        Plan plan = this.diamond.planStamp(Set.of(), List.of("b1", "b2"), false);
        assertThat(plan.rowsAfter()).containsExactly("b1", "b2");
    }

    @Test
    void refusesOverlappingStampTargets() {
        org.assertj.core.api.Assertions.assertThatExceptionOfType(RevisionGraphException.class)
            .isThrownBy(() -> this.diamond.planStamp(Set.of(), List.of("a", "c"), false))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("overlap"))
            .withMessageContaining("a").withMessageContaining("c");
    }

    private static RevisionGraph linear() {
        return RevisionGraph.of(List.of(RevisionInfo.of("a"), RevisionInfo.of("b", "a"), RevisionInfo.of("c", "b")));
    }

    private static Step up(RevisionGraph graph, String id) {
        return graph.planUpgrade(Set.copyOf(graph.get(id).downWithDependencies()), id).steps().get(0);
    }

    private static Step down(RevisionGraph graph, String id) {
        return new Step(Step.Direction.DOWN, graph.get(id), List.of(id), graph.get(id).down(), false, false);
    }
}
