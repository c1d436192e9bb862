package dev.revgraph.revision;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static dev.revgraph.revision.RevisionGraphTests.crossDependencyMap;
import static dev.revgraph.revision.RevisionGraphTests.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Upgrade and downgrade plans and Alembic's iteration orders, pinned on Alembic's own example maps. */
class PlannerTests {

    private final RevisionGraph linear = RevisionGraph.of(List.of(RevisionInfo.of("a").withMessage("create users"),
            RevisionInfo.of("b", "a").withMessage("add email"), RevisionInfo.of("c", "b"), RevisionInfo.of("d", "c")));

    /** Alembic's BranchTravellingTest map. */
    private final RevisionGraph travelling = RevisionGraph.of(List.of(RevisionInfo.of("a1"), RevisionInfo.of("a2", "a1"),
            RevisionInfo.of("a3", "a2"), RevisionInfo.of("b1", "a3"), RevisionInfo.of("b2", "a3"),
            RevisionInfo.of("cb1", "b1"), RevisionInfo.of("cb2", "b2"), RevisionInfo.of("db1", "cb1"),
            RevisionInfo.of("db2", "cb2"), RevisionInfo.of("e1b1", "db1"), RevisionInfo.of("fe1b1", "e1b1"),
            RevisionInfo.of("e2b1", "db1"), RevisionInfo.of("e2b2", "db2"), RevisionInfo.of("merge", "e2b1", "e2b2")));

    @Test
    void upgradesALinearChainFromBaseInOrder() {
        Plan plan = this.linear.planUpgrade(Set.of(), "head");
        assertThat(plan.revisionIds()).containsExactly("a", "b", "c", "d");
        assertThat(plan.steps()).allSatisfy((step) -> assertThat(step.direction()).isEqualTo(Step.Direction.UP));
        assertThat(plan.rowsBefore()).isEmpty();
        assertThat(plan.rowsAfter()).containsExactly("d");
    }

    @Test
    void describesStepsAsAlembicLogsThem() {
        List<Step> steps = this.linear.planUpgrade(Set.of(), "b").steps();
        assertThat(steps.get(0).describe()).isEqualTo("upgrade  -> a, create users");
        assertThat(steps.get(1).describe()).isEqualTo("upgrade a -> b, add email");
        assertThat(steps.get(1).fromIds()).containsExactly("a");
        assertThat(steps.get(1).toIds()).containsExactly("b");
        Step down = this.linear.planDowngrade(Set.of("b"), "a").steps().get(0);
        assertThat(down.describe()).isEqualTo("downgrade b -> a, add email");
    }

    @Test
    void upgradeSkipsWhatTheRowsAlreadyImply() {
        Plan plan = this.linear.planUpgrade(Set.of("b"), "heads");
        assertThat(plan.revisionIds()).containsExactly("c", "d");
        assertThat(plan.rowsAfter()).containsExactly("d");
        assertThat(this.linear.planUpgrade(Set.of("d"), "heads").isEmpty()).isTrue();
    }

    @Test
    void upgradesRelativeToTheCurrentRows() {
        assertThat(this.linear.planUpgrade(Set.of("b"), "+1").revisionIds()).containsExactly("c");
        assertThat(this.linear.planUpgrade(Set.of(), "+2").revisionIds()).containsExactly("a", "b");
        assertThat(this.linear.planUpgrade(Set.of("a"), "b+2").revisionIds()).containsExactly("b", "c", "d");
    }

    @Test
    void refusesAnUpgradeRelativeWalkPastTheHead() {
        assertThatExceptionOfType(RevisionGraphException.class)
            .isThrownBy(() -> this.linear.planUpgrade(Set.of("c"), "+2"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("relative_out_of_range"))
            .withMessage("Relative revision +2 didn't produce 2 migrations");
        assertThatExceptionOfType(RevisionGraphException.class)
            .isThrownBy(() -> this.linear.planUpgrade(Set.of("c"), "-1"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("relative_out_of_range"));
    }

    @Test
    void refusesAPlusNUpgradeFromSeveralRows() {
        assertThatExceptionOfType(RevisionGraphException.class)
            .isThrownBy(() -> this.travelling.planUpgrade(Set.of("cb1", "cb2"), "+1"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("ambiguous_walk"))
            .withMessageContaining("cb1").withMessageContaining("cb2");
    }

    @Test
    void upgradesOneBranchWithLabelPlusN() {
        RevisionGraph graph = RevisionGraph.of(List.of(RevisionInfo.of("a"), RevisionInfo.of("b1", "a"),
                RevisionInfo.of("c1", "b1"), RevisionInfo.of("b2", "a").withBranchLabels("two"),
                RevisionInfo.of("c2", "b2")));
        assertThat(graph.planUpgrade(Set.of("c1"), "two@+1").revisionIds()).containsExactly("b2");
        Plan plan = graph.planUpgrade(Set.of("c1"), "two@+2");
        assertThat(plan.revisionIds()).containsExactly("b2", "c2");
        assertThat(plan.rowsAfter()).containsExactly("c1", "c2");
    }

    @Test
    void upgradesEveryHeadDepthFirstInLoadOrder() {
        RevisionGraph graph = RevisionGraph.of(List.of(RevisionInfo.of("a"), RevisionInfo.of("b1", "a"),
                RevisionInfo.of("b2", "a"), RevisionInfo.of("c1", "b1"), RevisionInfo.of("d11", "c1"),
                RevisionInfo.of("d12", "c1")));
        assertThat(ids(graph.history(null))).containsExactly("b2", "d11", "d12", "c1", "b1", "a");
        Plan plan = graph.planUpgrade(Set.of(), "heads");
        assertThat(plan.revisionIds()).containsExactly("a", "b1", "c1", "d12", "d11", "b2");
        assertThat(plan.rowsAfter()).containsExactly("b2", "d11", "d12");
    }

    @Test
    void iteratesBranchesToTheirBranchPointBeforeGoingFurther() {
        assertThat(ids(this.travelling.iterate("merge", "a1", true, false, false))).containsExactly("merge", "e2b1",
                "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3", "a2", "a1");
        assertThat(ids(this.travelling.iterate("merge", "b1", true, false, false))).containsExactly("merge", "e2b1",
                "db1", "cb1", "b1");
        assertThat(ids(this.travelling.iterate("merge", "db1", true, true, false))).containsExactly("merge", "e2b1",
                "db1", "e2b2", "db2", "cb2", "b2");
    }

    @Test
    void iteratesTwoHeadsToACommonAncestorAsAlembicDoes() {
        assertThat(ids(this.travelling.history("a3:heads"))).containsExactly("fe1b1", "e1b1", "merge", "e2b1", "db1",
                "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3");
    }

    @Test
    void iteratesTheDiamond() {
        assertThat(ids(RevisionGraphTests.diamond().iterate("d", "a", true, false, false))).containsExactly("d", "c",
                "b1", "b2", "a");
    }

    @Test
    void refusesAHistoryRangeAcrossUnrelatedBranches() {
        assertThatExceptionOfType(RevisionGraphException.class)
            .isThrownBy(() -> crossDependencyMap().iterate("b3", "d2", true, false, false))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("not_in_branch"))
            .withMessageContaining("d2").withMessageContaining("b3");
    }

    @Test
    void upgradesAcrossBranchesIncludingDependencies() {
        RevisionGraph graph = crossDependencyMap();
        assertThat(ids(graph.history(null))).containsExactly("b1a", "a1a", "b1b", "a1b", "base1", "d2", "c2", "b2",
                "a2", "base2", "b3", "a3", "base3");
        assertThat(ids(graph.iterate("b_2@head", "base", true, false, false))).containsExactly("d2", "c2", "b2", "a2",
                "base2", "a3", "base3");
        assertThat(ids(graph.iterate("heads", "b_2@base", true, false, false))).containsExactly("d2", "c2", "b2",
                "a2", "base2", "a3", "base3");
        assertThat(ids(graph.iterate("heads", "b_3@base", true, false, false))).containsExactly("b3", "a3", "base3");
        Plan plan = graph.planUpgrade(Set.of(), "b_2@head");
        assertThat(plan.revisionIds()).containsExactly("base3", "a3", "base2", "a2", "b2", "c2", "d2");
        assertThat(plan.rowsAfter()).containsExactly("d2");
    }

    @Test
    void iteratesAlembicsSecondCrossDependencyMap() {
        RevisionGraph graph = RevisionGraph.of(List.of(RevisionInfo.of("base1").withBranchLabels("b_1"),
                RevisionInfo.of("a1", "base1"), RevisionInfo.of("b1", "a1"), RevisionInfo.of("c1", "b1"),
                RevisionInfo.of("base2").withDependsOn("b_1").withBranchLabels("b_2"), RevisionInfo.of("a2", "base2"),
                RevisionInfo.of("b2", "a2"), RevisionInfo.of("c2", "b2"), RevisionInfo.of("d2", "c2"),
                RevisionInfo.of("base3").withBranchLabels("b_3"), RevisionInfo.of("a3", "base3"),
                RevisionInfo.of("b3", "a3"), RevisionInfo.of("c3", "b3").withDependsOn("b2"), RevisionInfo.of("d3", "c3")));
        assertThat(ids(graph.heads())).containsExactly("c1", "d2", "d3");
        assertThat(ids(graph.history(null))).containsExactly("c1", "b1", "a1", "d2", "c2", "d3", "c3", "b3", "a3",
                "base3", "b2", "a2", "base2", "base1");
        assertThat(ids(graph.iterate("b_3@head", "base", true, false, false))).containsExactly("d3", "c3", "b3", "a3",
                "base3", "b2", "a2", "base2", "base1");
    }

    @Test
    void ordersARevisionWithOnlyADependencyAfterItsDependency() {
        RevisionGraph graph = RevisionGraph.of(List.of(RevisionInfo.of("base1"), RevisionInfo.of("a1", "base1"),
                RevisionInfo.of("b1", "a1"), RevisionInfo.of("c2").withDependsOn("a1"), RevisionInfo.of("c3", "c2")));
        assertThat(ids(graph.history(null))).containsExactly("b1", "c3", "c2", "a1", "base1");
    }

    @Test
    void downgradesOneStepFromTheCurrentRow() {
        Plan plan = this.linear.planDowngrade(Set.of("d"), "-1");
        assertThat(plan.revisionIds()).containsExactly("d");
        assertThat(plan.steps().get(0).direction()).isEqualTo(Step.Direction.DOWN);
        assertThat(plan.rowsAfter()).containsExactly("c");
        assertThat(this.linear.planDowngrade(Set.of("d"), "-2").rowsAfter()).containsExactly("b");
    }

    @Test
    void downgradesEverythingToBase() {
        Plan plan = this.travelling.planDowngrade(Set.of("merge", "fe1b1"), "base");
        assertThat(plan.revisionIds()).containsExactly("fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1", "b1", "e2b2",
                "db2", "cb2", "b2", "a3", "a2", "a1");
        assertThat(plan.rowsAfter()).isEmpty();
    }

    @Test
    void downgradesAcrossAMergePointByUnmerging() {
        RevisionGraph graph = RevisionGraphTests.diamond();
        Plan plan = graph.planDowngrade(Set.of("d"), "b1");
        assertThat(plan.revisionIds()).containsExactly("d", "c");
        assertThat(graph.rowsAfterEachStep(plan)).containsExactly(Set.of("c"), Set.of("b1", "b2"));
        assertThat(plan.rowsAfter()).containsExactly("b1", "b2");
    }

    @Test
    void downgradesOneBranchToItsLabelledBase() {
        RevisionGraph graph = crossDependencyMap();
        assertThat(ids(graph.iterate("heads", "b_2@base", false, false, true))).containsExactly("d2", "c2", "b2",
                "a2", "base2");
        assertThat(ids(graph.iterate("heads", "b_3@base", false, false, true))).containsExactly("b1b", "d2", "c2",
                "b3", "a3", "base3");
        assertThat(ids(graph.iterate("heads", "base", false, false, true))).containsExactly("b1a", "a1a", "b1b", "a1b",
                "base1", "d2", "c2", "b2", "a2", "base2", "b3", "a3", "base3");
        Plan plan = graph.planDowngrade(Set.of("b1a", "b1b", "d2", "b3"), "b_2@base");
        assertThat(plan.revisionIds()).containsExactly("d2", "c2", "b2", "a2", "base2");
        assertThat(plan.rowsAfter()).containsExactly("b1a", "b1b", "b3");
    }

    @Test
    void downgradesOneBranchRelativeToItsRow() {
        RevisionGraph graph = RevisionGraph.of(List.of(RevisionInfo.of("a"), RevisionInfo.of("b1", "a"),
                RevisionInfo.of("c1", "b1").withBranchLabels("one"), RevisionInfo.of("b2", "a"),
                RevisionInfo.of("c2", "b2")));
        Plan plan = graph.planDowngrade(Set.of("c1", "c2"), "one@-1");
        assertThat(plan.revisionIds()).containsExactly("c1");
        assertThat(plan.rowsAfter()).containsExactly("b1", "c2");
    }

    @Test
    void refusesMinusNFromSeveralRows() {
        assertThatExceptionOfType(RevisionGraphException.class)
            .isThrownBy(() -> this.travelling.planDowngrade(Set.of("cb1", "cb2"), "-1"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("ambiguous_walk"))
            .withMessageContaining("cb1, cb2");
    }

    @Test
    void refusesADowngradeBelowBase() {
        assertThatExceptionOfType(RevisionGraphException.class)
            .isThrownBy(() -> this.linear.planDowngrade(Set.of("b"), "-3"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("relative_out_of_range"))
            .withMessage("Relative revision -3 didn't produce 3 migrations");
        assertThat(this.linear.planDowngrade(Set.of("b"), "-2").rowsAfter()).isEmpty();
    }

    @Test
    void refusesADowngradeToARevisionThatIsNotBelowTheRows() {
        assertThatExceptionOfType(RevisionGraphException.class)
            .isThrownBy(() -> this.linear.planDowngrade(Set.of("b"), "d"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("not_a_downgrade_target"))
            .withMessageContaining("d").withMessageContaining("[b]");
        assertThatExceptionOfType(RevisionGraphException.class)
            .isThrownBy(() -> this.travelling.planDowngrade(Set.of("db1"), "cb2"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("not_a_downgrade_target"));
    }

    @Test
    void downgradingToTheCurrentRowDoesNothing() {
        assertThat(this.linear.planDowngrade(Set.of("b"), "b").isEmpty()).isTrue();
    }

    @Test
    void refusesToPlanADowngradeThroughAnIrreversibleRevision() {
        RevisionInfo irreversible = new RevisionInfo("b", List.of("a"), Set.of(), List.of(), "drop data",
                Instant.EPOCH, true, "data is deleted", "0002_b.sql", null);
        RevisionGraph graph = RevisionGraph.of(List.of(RevisionInfo.of("a"), irreversible, RevisionInfo.of("c", "b")));
        assertThat(graph.planDowngrade(Set.of("c"), "b").revisionIds()).containsExactly("c");
        assertThatExceptionOfType(RevisionGraphException.class)
            .isThrownBy(() -> graph.planDowngrade(Set.of("c"), "base"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("irreversible"))
            .withMessageContaining("b (0002_b.sql)").withMessageContaining("data is deleted");
    }

    @Test
    void refusesRowsThatAreNotRevisions() {
        assertThatExceptionOfType(RevisionGraphException.class)
            .isThrownBy(() -> this.linear.planUpgrade(Set.of("zzz"), "heads"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("unknown_applied_revision"))
            .withMessageContaining("zzz");
    }

    @Test
    void refusesRowsWhereOneImpliesAnother() {
        assertThatExceptionOfType(RevisionGraphException.class)
            .isThrownBy(() -> this.linear.planUpgrade(Set.of("a", "c"), "heads"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("overlap"))
            .withMessageContaining("a").withMessageContaining("c");
    }

    @Test
    void refusesARangeAsAnUpgradeTarget() {
        assertThatExceptionOfType(RevisionGraphException.class)
            .isThrownBy(() -> this.linear.planUpgrade(Set.of(), "a:c"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("range_not_allowed"));
    }

    @Test
    void listsHistoryBetweenTwoEnds() {
        assertThat(ids(this.linear.history("b:c"))).containsExactly("c", "b");
        assertThat(ids(this.linear.history(":b"))).containsExactly("b", "a");
        assertThat(ids(this.linear.history("c:"))).containsExactly("d", "c");
        assertThat(ids(this.linear.history("-2:"))).containsExactly("d", "c", "b");
    }
}
