package dev.revgraph.benchmarks;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.revgraph.revision.RevisionGraph;
import dev.revgraph.revision.RevisionInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GeneratedGraphsTests {

    @Test
    void generatesExactlyTheRequestedNumberOfRevisionsWithUniqueIds() {
        List<RevisionInfo> revisions = GeneratedGraphs.branchy(1000);
        Set<String> ids = new HashSet<>();
        revisions.forEach((revision) -> ids.add(revision.id()));
        assertThat(revisions).hasSize(1000);
        assertThat(ids).hasSize(1000);
    }

    @Test
    void generatedGraphHasOneHeadBranchesMergesAndDependencies() {
        List<RevisionInfo> revisions = GeneratedGraphs.branchy(1000);
        RevisionGraph graph = RevisionGraph.of(revisions);
        assertThat(graph.realHeads()).hasSize(1);
        assertThat(revisions).anyMatch(RevisionInfo::isMergePoint);
        assertThat(revisions).anyMatch((revision) -> !revision.dependsOn().isEmpty());
    }

    @Test
    void upgradeFromBasePlansEveryRevisionOnce() {
        List<RevisionInfo> revisions = GeneratedGraphs.branchy(1000);
        RevisionGraph graph = RevisionGraph.of(revisions);
        assertThat(graph.planUpgrade(Set.of(), "heads").steps()).hasSize(1000);
    }
}
