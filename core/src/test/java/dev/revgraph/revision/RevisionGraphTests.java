package dev.revgraph.revision;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RevisionGraphTests {

    @Test
    void linearChainHasOneHeadAndOneBase() {
        RevisionGraph graph = RevisionGraph.of(List.of(RevisionInfo.of("a"), RevisionInfo.of("b", "a"),
                RevisionInfo.of("c", "b")));
        assertThat(ids(graph.heads())).containsExactly("c");
        assertThat(ids(graph.realHeads())).containsExactly("c");
        assertThat(ids(graph.bases())).containsExactly("a");
        assertThat(graph.get("b").childIds()).containsExactly("c");
        assertThat(graph.get("a").isBase()).isTrue();
        assertThat(graph.get("c").isHead()).isTrue();
    }

    @Test
    void recognisesBranchPointsAndMergePoints() {
        RevisionGraph graph = diamond();
        assertThat(graph.get("a").isBranchPoint()).isTrue();
        assertThat(graph.get("c").isMergePoint()).isTrue();
        assertThat(graph.get("b1").isBranchPoint()).isFalse();
        assertThat(graph.get("a").childIds()).containsExactly("b1", "b2");
        assertThat(graph.parents(graph.get("c"))).extracting(Revision::id).containsExactly("b1", "b2");
    }

    @Test
    void listsRevisionsHeadsAndBasesInLoadOrder() {
        RevisionGraph graph = RevisionGraph.of(List.of(RevisionInfo.of("z"), RevisionInfo.of("m"),
                RevisionInfo.of("y", "z"), RevisionInfo.of("a", "m")));
        assertThat(ids(graph.revisions())).containsExactly("z", "m", "y", "a");
        assertThat(ids(graph.heads())).containsExactly("y", "a");
        assertThat(ids(graph.bases())).containsExactly("z", "m");
    }

    @Test
    void headsIncludeARevisionOthersDependOnButRealHeadsDoNot() {
        RevisionGraph graph = RevisionGraph.of(List.of(RevisionInfo.of("x1"),
                RevisionInfo.of("y1").withDependsOn("x1"), RevisionInfo.of("y2", "y1")));
        assertThat(ids(graph.heads())).containsExactly("x1", "y2");
        assertThat(ids(graph.realHeads())).containsExactly("y2");
        assertThat(ids(graph.resolve("heads"))).containsExactly("y2");
        assertThat(graph.get("x1").isHead()).isTrue();
        assertThat(graph.get("x1").isRealHead()).isFalse();
    }

    @Test
    void headsOfAlembicsFirstCrossDependencyMapAreTheVersionedHeads() {
        assertThat(ids(crossDependencyMap().heads())).containsExactly("b1a", "b1b", "d2", "b3");
    }

    @Test
    void resolvesDependenciesGivenAsLabels() {
        RevisionGraph graph = RevisionGraph.of(List.of(RevisionInfo.of("base1").withBranchLabels("one"),
                RevisionInfo.of("base2").withDependsOn("one")));
        assertThat(graph.get("base2").dependsOn()).containsExactly("base1");
        assertThat(graph.get("base2").downWithDependencies()).containsExactly("base1");
    }

    @Test
    void dropsDependenciesAnAncestorAlreadyDeclares() {
        RevisionGraph graph = RevisionGraph.of(List.of(RevisionInfo.of("x"), RevisionInfo.of("a"),
                RevisionInfo.of("b", "a").withDependsOn("x"), RevisionInfo.of("c", "b").withDependsOn("x")));
        assertThat(graph.get("c").dependsOn()).containsExactly("x");
        assertThat(graph.get("c").downWithDependencies()).containsExactly("b");
        assertThat(graph.get("b").downWithDependencies()).containsExactly("a", "x");
    }

    @Test
    void propagatesALabelToDescendantsAndToAncestorsDownToTheBranchPoint() {
        RevisionGraph graph = RevisionGraph.of(List.of(RevisionInfo.of("a"), RevisionInfo.of("b", "a"),
                RevisionInfo.of("c1", "b"), RevisionInfo.of("d1", "c1").withBranchLabels("feature"),
                RevisionInfo.of("e1", "d1"), RevisionInfo.of("c2", "b")));
        assertThat(graph.get("c1").branchLabels()).containsExactly("feature");
        assertThat(graph.get("d1").branchLabels()).containsExactly("feature");
        assertThat(graph.get("e1").branchLabels()).containsExactly("feature");
        assertThat(graph.get("b").branchLabels()).isEmpty();
        assertThat(graph.get("c2").branchLabels()).isEmpty();
    }

    @Test
    void propagatesALabelOnALinearHeadDownToTheBase() {
        RevisionGraph graph = RevisionGraph.of(List.of(RevisionInfo.of("a"), RevisionInfo.of("b", "a"),
                RevisionInfo.of("c", "b").withBranchLabels("main")));
        assertThat(graph.revisions()).allSatisfy((revision) -> assertThat(revision.branchLabels()).contains("main"));
        assertThat(graph.branchLabels()).containsOnlyKeys("main");
    }

    @Test
    void doesNotPropagateALabelPastAMergePoint() {
        RevisionGraph graph = RevisionGraph.of(List.of(RevisionInfo.of("a"), RevisionInfo.of("b1", "a"),
                RevisionInfo.of("b2", "a").withBranchLabels("two"), RevisionInfo.of("c", "b1", "b2")));
        assertThat(graph.get("c").branchLabels()).containsExactly("two");
        assertThat(graph.get("b1").branchLabels()).isEmpty();
        assertThat(graph.get("a").branchLabels()).isEmpty();
    }

    @Test
    void rejectsADuplicateRevisionNamingBothSources() {
        assertThatExceptionOfType(RevisionGraphException.class)
            .isThrownBy(() -> RevisionGraph.of(List.of(info("a", "V1__a.sql"), info("a", "V2__a.sql"))))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("duplicate_revision"))
            .withMessageContaining("a").withMessageContaining("V1__a.sql").withMessageContaining("V2__a.sql");
    }

    @Test
    void rejectsALabelUsedTwice() {
        assertThatExceptionOfType(RevisionGraphException.class)
            .isThrownBy(() -> RevisionGraph.of(List.of(RevisionInfo.of("a").withBranchLabels("x"),
                    RevisionInfo.of("b").withBranchLabels("x"))))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("duplicate_label"))
            .withMessage("Branch name 'x' in revision b (b) already used by revision a (a)");
    }

    @Test
    void rejectsALabelEqualToARevisionId() {
        assertThatExceptionOfType(RevisionGraphException.class)
            .isThrownBy(() -> RevisionGraph.of(List.of(RevisionInfo.of("a"), RevisionInfo.of("b").withBranchLabels("a"))))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("duplicate_label"))
            .withMessageContaining("'a'").withMessageContaining("revision b");
    }

    @Test
    void rejectsAMissingParentNamingTheChildAndItsSource() {
        assertThatExceptionOfType(RevisionGraphException.class)
            .isThrownBy(() -> RevisionGraph.of(List.of(info("b", "b.sql", "nope"))))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("missing_parent"))
            .withMessage("Revision nope referenced from b (b.sql) is not present");
    }

    @Test
    void rejectsAMissingDependency() {
        assertThatExceptionOfType(RevisionGraphException.class)
            .isThrownBy(() -> RevisionGraph.of(List.of(RevisionInfo.of("a").withDependsOn("ghost"))))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("missing_parent"))
            .withMessageContaining("ghost").withMessageContaining("a");
    }

    @Test
    void rejectsASelfLoop() {
        assertThatExceptionOfType(RevisionGraphException.class)
            .isThrownBy(() -> RevisionGraph.of(List.of(RevisionInfo.of("a"), RevisionInfo.of("b", "a", "b"))))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("self_loop"))
            .withMessageContaining("Self-loop is detected in revision b");
    }

    @Test
    void rejectsADependencySelfLoopThroughALabel() {
        assertThatExceptionOfType(RevisionGraphException.class)
            .isThrownBy(() -> RevisionGraph.of(List.of(RevisionInfo.of("a").withBranchLabels("x").withDependsOn("x"))))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("self_loop"))
            .withMessageContaining("Dependency self-loop is detected in revision a");
    }

    @Test
    void rejectsACycleNamingOnlyTheRevisionsOnIt() {
        assertThatExceptionOfType(RevisionGraphException.class)
            .isThrownBy(() -> RevisionGraph.of(List.of(RevisionInfo.of("a", "c"), RevisionInfo.of("b", "a"),
                    RevisionInfo.of("c", "b"), RevisionInfo.of("d", "c"), RevisionInfo.of("e"))))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("cycle"))
            .withMessageStartingWith("Cycle is detected in revisions (a, b, c)");
    }

    @Test
    void rejectsADependencyCycle() {
        assertThatExceptionOfType(RevisionGraphException.class)
            .isThrownBy(() -> RevisionGraph.of(List.of(RevisionInfo.of("a").withDependsOn("b"),
                    RevisionInfo.of("b").withDependsOn("a"))))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("cycle"))
            .withMessageStartingWith("Dependency cycle is detected in revisions (a, b)");
    }

    @Test
    void rejectsInvalidIds() {
        for (String id : List.of("a-b", "a@b", "a+1", "a:b", "x".repeat(33), "head", "")) {
            assertThatExceptionOfType(RevisionGraphException.class)
                .isThrownBy(() -> RevisionGraph.of(List.of(info(id, "bad.sql"))))
                .satisfies((ex) -> assertThat(ex.code()).isEqualTo("parse_error"))
                .withMessageContaining("bad.sql");
        }
        assertThat(RevisionGraph.of(List.of(RevisionInfo.of("A_9" + "x".repeat(29)))).revisions()).hasSize(1);
    }

    @Test
    void buildsAnEmptyGraph() {
        RevisionGraph graph = RevisionGraph.of(List.of());
        assertThat(graph.heads()).isEmpty();
        assertThat(graph.history(null)).isEmpty();
        assertThat(graph.planUpgrade(Set.of(), "heads").steps()).isEmpty();
    }

    @Test
    void appliedIsEverythingTheRowsImply() {
        RevisionGraph graph = crossDependencyMap();
        assertThat(ids(graph.applied(Set.of("b1b")))).containsExactly("base1", "a1b", "b1b", "base3", "a3");
    }

    static RevisionGraph diamond() {
        return RevisionGraph.of(List.of(RevisionInfo.of("a"), RevisionInfo.of("b1", "a"), RevisionInfo.of("b2", "a"),
                RevisionInfo.of("c", "b1", "b2"), RevisionInfo.of("d", "c")));
    }

    /** Alembic's MultipleBaseCrossDependencyTestOne map. */
    static RevisionGraph crossDependencyMap() {
        return RevisionGraph.of(List.of(RevisionInfo.of("base1").withBranchLabels("b_1"), RevisionInfo.of("a1a", "base1"),
                RevisionInfo.of("a1b", "base1"), RevisionInfo.of("b1a", "a1a"),
                RevisionInfo.of("b1b", "a1b").withDependsOn("a3"), RevisionInfo.of("base2").withBranchLabels("b_2"),
                RevisionInfo.of("a2", "base2"), RevisionInfo.of("b2", "a2"),
                RevisionInfo.of("c2", "b2").withDependsOn("a3"), RevisionInfo.of("d2", "c2"),
                RevisionInfo.of("base3").withBranchLabels("b_3"), RevisionInfo.of("a3", "base3"),
                RevisionInfo.of("b3", "a3")));
    }

    static RevisionInfo info(String id, String source, String... down) {
        return new RevisionInfo(id, List.of(down), Set.of(), List.of(), "", null, true, null, source, null);
    }

    static List<String> ids(java.util.Collection<Revision> revisions) {
        return revisions.stream().map(Revision::id).toList();
    }
}
