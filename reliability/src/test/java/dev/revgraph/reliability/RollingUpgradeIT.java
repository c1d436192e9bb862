package dev.revgraph.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import dev.revgraph.RevGraphException;
import dev.revgraph.reliability.app.ReliabilityApplication;
import dev.revgraph.runtime.Migrator;
import dev.revgraph.testdb.DatabaseKind;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Scenario 9, rolling upgrade: a database at the head of the old build (6 revisions); then 2 JVMs of the
 * old build and 4 of the new one (the old revisions plus 5 more: a Java step that counts the marks before
 * it, a branch and its merge) start together, each waiting at a start gate with everything ready. The new
 * builds are released together and apply the 5 new revisions exactly once between them. Of the old
 * builds, one has {@code unknown-revisions: allow-ahead} and serves HTTP, the other has {@code fail}.
 * <ul>
 * <li>released once the first new revision is committed (a rolling restart while the new build
 * migrates): the database is ahead of the old build whenever it looks. Under {@code allow-ahead} it
 * starts, applies nothing, and its health ({@code /actuator/health}, and the readiness group) is UP with
 * {@code ahead} and the unknown revision in the details; under {@code fail} it does not start, and the
 * failure names the unknown revision;</li>
 * <li>released with the new builds (full tier, every other trial): an old build may also look before the
 * first new revision is committed. Under {@code fail} it then starts on the old head — and only then —
 * which its log shows; otherwise it refuses as above. Under {@code allow-ahead} it starts either way, and
 * its health, read after the new builds finished, reports the database ahead.</li>
 * </ul>
 * Either way the old builds write nothing: the history holds exactly one successful upgrade per revision.
 * Afterwards the old build's upgrade applies nothing and its downgrade refuses, naming the unknown revision.
 */
class RollingUpgradeIT {

    private static final int NEW_INSTANCES = 4;

    /** When the old builds go through their gate. */
    enum Release {

        /** Once a new build has committed the first new revision. */
        DURING_MIGRATION,

        /** With the new builds. */
        TOGETHER

    }

    /**
     * Fast tier: one trial on MariaDB, the old builds released during the migration (six JVMs cost about 20 s
     * here). Full tier: 6 trials per database, the two releases in turn.
     */
    static Stream<Arguments> trials() {
        List<Arguments> trials = new ArrayList<>();
        for (DatabaseKind kind : DatabaseKind.values()) {
            if (Tier.full()) {
                for (int trial = 1; trial <= 6; trial++) {
                    trials.add(arguments(kind, (trial % 2 == 1) ? Release.DURING_MIGRATION : Release.TOGETHER, trial));
                }
            }
            else if (kind == DatabaseKind.MARIADB) {
                trials.add(arguments(kind, Release.DURING_MIGRATION, 1));
            }
        }
        return trials.stream();
    }

    @ParameterizedTest(name = "{0}: old builds released {1}, trial {2}")
    @MethodSource("trials")
    void newBuildsMigrateOnceAndOldBuildsStartAheadOrRefuse(DatabaseKind kind, Release release, int trial)
            throws Exception {
        Path work = WorkDirectory.of("rolling", kind.id(), release.name().toLowerCase(Locale.ROOT) + "-" + trial);
        Gate newGate = new Gate(work.resolve("gate-new"));
        Gate oldGate = new Gate(work.resolve("gate-old"));
        try (TrialDatabase database = TrialDatabase.shared(kind)) {
            InProcess.migrator(database, RevisionSets.rollingOldProperties()).upgrade("heads");
            assertThat(DatabaseFacts.versionRows(database)).as("the database at the old head")
                .containsExactly(RevisionSets.ROLLING_OLD_HEAD);
            List<AppLauncher.Running> newBuilds = new ArrayList<>();
            List<AppLauncher.Running> everyone = new ArrayList<>();
            try {
                for (int i = 1; i <= NEW_INSTANCES; i++) {
                    newBuilds.add(AppLauncher.boot(database)
                        .properties(RevisionSets.rollingNewProperties())
                        .property("reliability.gate-dir", newGate.directory())
                        .property("reliability.instance", "new-" + i)
                        .name("new-" + i)
                        .start());
                }
                everyone.addAll(newBuilds);
                int port = AppLauncher.freePort();
                AppLauncher.Running aheadBuild = new AppLauncher().properties(database.springProperties())
                    .properties(RevisionSets.rollingOldProperties())
                    .property("migrations.unknown-revisions", "allow-ahead")
                    .property("server.port", port)
                    .property("reliability.gate-dir", oldGate.directory())
                    .property("reliability.instance", "old-allow-ahead")
                    .name("old-allow-ahead")
                    .start();
                AppLauncher.Running failBuild = AppLauncher.boot(database)
                    .properties(RevisionSets.rollingOldProperties())
                    .property("migrations.unknown-revisions", "fail")
                    .property("reliability.gate-dir", oldGate.directory())
                    .property("reliability.instance", "old-fail")
                    .name("old-fail")
                    .start();
                everyone.add(aheadBuild);
                everyone.add(failBuild);
                newGate.awaitWaiting(newBuilds);
                oldGate.awaitWaiting(List.of(aheadBuild, failBuild));

                newGate.open();
                if (release == Release.TOGETHER) {
                    oldGate.open();
                }
                else {
                    assertThat(awaitAnyLine(newBuilds, (line) -> line.contains("  done in ")))
                        .as("a new build commits its first revision").isTrue();
                    oldGate.open();
                }
                List<AppLauncher.Ended> newEnds = new ArrayList<>();
                for (AppLauncher.Running instance : newBuilds) {
                    newEnds.add(instance.awaitEnd(AppLauncher.TIMEOUT).saveTo(work));
                }
                for (AppLauncher.Ended end : newEnds) {
                    assertThat(end.exitCode()).as("%s:\n%s", end.name(), end.output()).isZero();
                    assertThat(end.output()).contains(ReliabilityApplication.STARTED);
                }
                AppLauncher.Ended failEnd = failBuild.awaitEnd(AppLauncher.TIMEOUT).saveTo(work);
                boolean failStartedOnOldHead = checkFailBuild(failEnd, release);

                assertThat(aheadBuild.awaitLine((line) -> line.contains("Started ReliabilityApplication"),
                        AppLauncher.TIMEOUT)).as("the old build under allow-ahead starts:\n%s", aheadBuild.output())
                    .isTrue();
                boolean aheadAtStart = aheadBuild.output().contains("The database is ahead of this build");
                if (release == Release.DURING_MIGRATION) {
                    assertThat(aheadAtStart).as("it found the database ahead:\n%s", aheadBuild.output()).isTrue();
                }
                else {
                    assertThat(aheadAtStart || aheadBuild.output().contains("Nothing to do; version rows: "
                            + RevisionSets.ROLLING_OLD_HEAD)).as("it found the old head or the database ahead:\n%s",
                                    aheadBuild.output()).isTrue();
                }
                checkAheadHealth(port);
                aheadBuild.terminate();
                AppLauncher.Ended aheadEnd = aheadBuild.awaitEnd(AppLauncher.TIMEOUT).saveTo(work);
                assertThat(aheadEnd.output()).doesNotContain("Running upgrade");

                List<AppLauncher.Ended> ends = new ArrayList<>(newEnds);
                ends.add(failEnd);
                ends.add(aheadEnd);
                assertNewRevisionsRanOnce(database, ends);
                assertOldBuildChangesNothing(database);
                Reports.record("rolling", kind + " trial " + trial + " (" + release + "): 4 new builds applied "
                        + RevisionSets.ROLLING_NEW.size() + " revisions once; old build under fail "
                        + (failStartedOnOldHead ? "started on the old head" : "refused naming " + RevisionSets.ROLLING_NEW_HEAD)
                        + "; old build under allow-ahead started " + (aheadAtStart ? "ahead" : "on the old head")
                        + ", health UP with ahead=true");
            }
            finally {
                everyone.forEach((instance) -> instance.process().destroyForcibly());
            }
        }
    }

    /**
     * The old build under {@code fail} refused, naming the new head (the unknown version row); or — only when
     * released with the new builds — started on the old head. True in the second case.
     */
    private static boolean checkFailBuild(AppLauncher.Ended end, Release release) {
        assertThat(end.output()).as(end.name()).doesNotContain("Running upgrade");
        if (release == Release.TOGETHER && end.exitCode() == 0) {
            assertThat(end.output()).as("%s started, so it saw the old head", end.name())
                .contains(ReliabilityApplication.STARTED)
                .contains("Nothing to do; version rows: " + RevisionSets.ROLLING_OLD_HEAD);
            return true;
        }
        assertThat(end.exitCode()).as("%s refuses:\n%s", end.name(), end.output()).isNotZero();
        assertThat(end.output()).doesNotContain(ReliabilityApplication.STARTED)
            .contains("APPLICATION FAILED TO START")
            .contains("holds revision " + RevisionSets.ROLLING_NEW_HEAD + " that this build does not know")
            .contains("unknownRevisions is FAIL");
        return false;
    }

    /** {@code /actuator/health}, its readiness group and {@code /actuator/migrations} of the old build under allow-ahead. */
    private static void checkAheadHealth(int port) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> health = get(http, port, "/actuator/health");
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        String body = health.body();
        assertThat(JsonPath.<String>read(body, "$.status")).as(body).isEqualTo("UP");
        assertThat(JsonPath.<String>read(body, "$.components.migrations.status")).as(body).isEqualTo("UP");
        assertThat(JsonPath.<Boolean>read(body, "$.components.migrations.details.ahead")).as(body).isTrue();
        assertThat(JsonPath.<List<String>>read(body, "$.components.migrations.details.unknownRevisions")).as(body)
            .containsExactly(RevisionSets.ROLLING_NEW_HEAD);
        assertThat(JsonPath.<List<String>>read(body, "$.components.migrations.details.current")).as(body)
            .containsExactly(RevisionSets.ROLLING_NEW_HEAD);
        assertThat(JsonPath.<List<String>>read(body, "$.components.migrations.details.heads")).as(body)
            .containsExactly(RevisionSets.ROLLING_OLD_HEAD);
        assertThat(JsonPath.<Integer>read(body, "$.components.migrations.details.pending")).as(body).isZero();
        HttpResponse<String> readiness = get(http, port, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).as("ready to take traffic: %s", readiness.body()).isEqualTo(200);
        HttpResponse<String> migrations = get(http, port, "/actuator/migrations");
        assertThat(migrations.statusCode()).as(migrations.body()).isEqualTo(200);
        assertThat(JsonPath.<List<Boolean>>read(migrations.body(), "$.contexts.*.trees.main.ahead")).as(migrations.body())
            .containsExactly(true);
    }

    private static HttpResponse<String> get(HttpClient http, int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofMinutes(1))
            .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNewRevisionsRanOnce(TrialDatabase database, List<AppLauncher.Ended> ends) throws Exception {
        List<String> all = new ArrayList<>(RevisionSets.ROLLING_OLD);
        all.addAll(RevisionSets.ROLLING_NEW);
        Map<String, Integer> once = all.stream().collect(Collectors.toMap(Function.identity(), (id) -> 1));
        List<String> runs = ends.stream()
            .flatMap((end) -> end.output().lines())
            .filter((line) -> line.contains("Running upgrade "))
            .toList();
        assertThat(runs).as("steps run by all six instances together").hasSize(RevisionSets.ROLLING_NEW.size());
        for (String id : RevisionSets.ROLLING_NEW) {
            assertThat(runs).as("steps that applied %s", id).filteredOn((line) -> line.contains("-> " + id + ","))
                .hasSize(1);
        }
        assertThat(DatabaseFacts.marks(database)).as("marks written by each revision").isEqualTo(once);
        assertThat(DatabaseFacts.successfulUpgrades(database)).as("successful upgrade history rows").isEqualTo(once);
        assertThat(DatabaseFacts.historyDirections(database)).as("no other history row: the old builds wrote nothing")
            .hasSize(all.size());
        assertThat(DatabaseFacts.appliedRevisions(database)).as("applied rows").containsExactlyInAnyOrderElementsOf(all);
        assertThat(DatabaseFacts.versionRows(database)).as("version rows").containsExactly(RevisionSets.ROLLING_NEW_HEAD);
        assertThat(DatabaseFacts.count(database, "SELECT n FROM t_r_08")).as("marks counted by r_08: its 7 ancestors, "
                + "once each").isEqualTo(7);
        assertThat(DatabaseFacts.count(database, "SELECT branches FROM t_r_10")).as("the merge saw both branches")
            .isEqualTo(2);
    }

    /**
     * The old build (its API, as its {@code migrations} commands use it) on the database ahead of it: an upgrade
     * applies nothing, and a command that would move the version rows refuses, naming the unknown revision,
     * whatever the policy.
     */
    private static void assertOldBuildChangesNothing(TrialDatabase database) throws Exception {
        Migrator old = InProcess.migrator(database, RevisionSets.rollingOldProperties());
        assertThat(old.upgrade("heads").stepsRun()).as("an old build's upgrade").isEmpty();
        assertThatExceptionOfType(RevGraphException.class).isThrownBy(() -> old.downgrade("-1")).satisfies((ex) -> {
            assertThat(ex.code()).isEqualTo("unknown_applied_revision");
            assertThat(ex.getMessage()).contains("holds revision " + RevisionSets.ROLLING_NEW_HEAD + " that this build "
                    + "does not know").contains("Refusing to downgrade");
        });
        assertThat(DatabaseFacts.versionRows(database)).containsExactly(RevisionSets.ROLLING_NEW_HEAD);
        assertThat(DatabaseFacts.historyDirections(database)).as("still no other history row")
            .hasSize(RevisionSets.ROLLING_OLD.size() + RevisionSets.ROLLING_NEW.size());
    }

    /** Waits until a line of any of {@code instances} matches; false when the time ran out or they all ended. */
    private static boolean awaitAnyLine(List<AppLauncher.Running> instances, Predicate<String> pattern)
            throws InterruptedException {
        long deadline = System.nanoTime() + AppLauncher.TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (AppLauncher.Running instance : instances) {
                if (instance.hasLine(pattern)) {
                    return true;
                }
            }
            if (instances.stream().noneMatch(AppLauncher.Running::isAlive)) {
                return false;
            }
            Thread.sleep(10);
        }
        return false;
    }

}
