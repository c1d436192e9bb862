package dev.revgraph.runtime;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import dev.revgraph.revision.Plan;
import dev.revgraph.revision.RevisionGraph;
import dev.revgraph.revision.RevisionInfo;
import dev.revgraph.revision.Step;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressListenerTests {

    @Test
    void printsEachStepAsAlembicDoesAndASummary() {
        RevisionGraph graph = RevisionGraph.of(List.of(RevisionInfo.of("a1").withMessage("create users"),
                RevisionInfo.of("b2", "a1").withMessage("add email")));
        Plan plan = graph.planUpgrade(Set.of(), "heads");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MigrationListener listener = ProgressListener.to(new PrintStream(bytes, true, StandardCharsets.UTF_8))
            .andThen(MigrationListener.none());

        for (int i = 0; i < plan.steps().size(); i++) {
            Step step = plan.steps().get(i);
            listener.stepStarted(step, i + 1, 2);
            listener.afterCommit(step, Duration.ofMillis(12));
        }
        listener.finished(new MigrationResult(plan, plan.steps(), Set.of(), Set.of("b2"), Duration.ofMillis(1500)));

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualToNormalizingNewlines("""
                Running upgrade  -> a1, create users (1/2)
                  done in 12 ms
                Running upgrade a1 -> b2, add email (2/2)
                  done in 12 ms
                Ran 2 steps in 1.50 s; version rows: b2
                """);
    }
}
