package dev.revgraph.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.revgraph.reliability.app.ReliabilityApplication;
import dev.revgraph.testdb.DatabaseKind;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 1, concurrent boot: eight JVMs of the packaged application (Hikari pools of two) start, wait at a
 * start gate with everything ready, and are released together against one empty database with the
 * 30-revision tree (a branch, a merge, Java data migrations created through the bean factory). Every
 * revision is applied exactly once — its mark row, its successful history row and its applied row are
 * there once, and step 27 counted exactly 26 marks before it — all eight reach the head, and none fails.
 * Trials per database: 2 (fast tier), 10 (full tier).
 */
class ConcurrentBootIT {

    private static final int INSTANCES = 8;

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void eightInstancesReleasedTogetherApplyEveryRevisionExactlyOnce(DatabaseKind kind) throws Exception {
        int trials = Tier.trials(2, 10);
        for (int trial = 1; trial <= trials; trial++) {
            trial(kind, trial);
        }
    }

    private void trial(DatabaseKind kind, int trial) throws Exception {
        Path work = WorkDirectory.of("concurrent-boot", kind.id(), "trial-" + trial);
        Gate gate = new Gate(work.resolve("gate"));
        try (TrialDatabase database = TrialDatabase.shared(kind)) {
            List<AppLauncher.Running> instances = new ArrayList<>();
            try {
                for (int i = 1; i <= INSTANCES; i++) {
                    instances.add(AppLauncher.boot(database)
                        .properties(RevisionSets.tree30Properties())
                        .property("reliability.gate-dir", gate.directory())
                        .property("reliability.instance", "i" + i)
                        .name("instance-" + i)
                        .start());
                }
                gate.awaitWaiting(instances);
                long released = System.nanoTime();
                gate.open();
                List<AppLauncher.Ended> ended = new ArrayList<>();
                for (AppLauncher.Running instance : instances) {
                    ended.add(instance.awaitEnd(AppLauncher.TIMEOUT).saveTo(work));
                }
                Duration migrating = Duration.ofNanos(System.nanoTime() - released);
                for (AppLauncher.Ended end : ended) {
                    assertThat(end.exitCode()).as("%s on %s, trial %d:\n%s", end.name(), kind, trial, end.output())
                        .isZero();
                    assertThat(end.output()).contains(ReliabilityApplication.STARTED);
                }
                long stepsRun = ended.stream()
                    .flatMap((end) -> end.output().lines())
                    .filter((line) -> line.contains("Running upgrade "))
                    .count();
                assertThat(stepsRun).as("steps run by all eight instances together").isEqualTo(30);
                assertEveryRevisionAppliedOnce(database);
                Reports.record("concurrent-boot", kind + " trial " + trial + ": 8 instances, 30 revisions, "
                        + "released to all exited in " + migrating.toMillis() + " ms");
            }
            finally {
                instances.forEach((instance) -> instance.process().destroyForcibly());
            }
        }
    }

    static void assertEveryRevisionAppliedOnce(TrialDatabase database) throws Exception {
        Map<String, Integer> once = RevisionSets.TREE30.stream()
            .collect(Collectors.toMap(Function.identity(), (id) -> 1));
        assertThat(DatabaseFacts.marks(database)).as("marks written by each revision").isEqualTo(once);
        assertThat(DatabaseFacts.successfulUpgrades(database)).as("successful upgrade history rows").isEqualTo(once);
        assertThat(DatabaseFacts.appliedRevisions(database)).as("applied rows")
            .containsExactlyInAnyOrderElementsOf(RevisionSets.TREE30);
        assertThat(DatabaseFacts.versionRows(database)).as("version rows").containsExactly(RevisionSets.TREE30_HEAD);
        assertThat(DatabaseFacts.count(database, "SELECT n FROM t_c30_27"))
            .as("marks counted by c30_27: its 26 ancestors, once each").isEqualTo(26);
        assertThat(DatabaseFacts.count(database, "SELECT n FROM t_c30_05")).as("c30_05 copied c30_04's data")
            .isEqualTo(40);
        assertThat(DatabaseFacts.count(database, "SELECT a_count + b_count FROM t_c30_m25"))
            .as("the merge saw both branches").isEqualTo(2);
    }

}
