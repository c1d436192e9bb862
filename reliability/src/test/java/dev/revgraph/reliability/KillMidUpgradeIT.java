package dev.revgraph.reliability;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.revgraph.runtime.FailedRevisionException;
import dev.revgraph.runtime.Migrator;
import dev.revgraph.runtime.ResolveAction;
import dev.revgraph.schema.Schema;
import dev.revgraph.schema.SnapshotDiff;
import dev.revgraph.testdb.DatabaseKind;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Scenario 3, kill -9 mid-upgrade: the packaged application upgrades an empty database through the
 * 50-revision tree (each revision: a table, a mark row, an index) and dies — killed by
 * {@code Process.destroyForcibly()} at a random moment of its upgrade, or halted by
 * {@code -Drevgraph.test.halt-at=<phase>:<n>} at an exact point. H2 is an embedded file, so the engine
 * dies with the application: in half of the random trials with H2's default write delay (a kill loses
 * the latest commits, together), otherwise — and at the fixed phases — with {@code WRITE_DELAY=0}.
 *
 * <p>Then the database must be in one of two states, and the next run (RevGraph's API in this JVM)
 * must act accordingly:
 * <ul>
 * <li>consistent: the next run reaches the head, and the schema equals that of a clean run
 * ({@link SnapshotDiff} against a reference database migrated in one go by the same application);</li>
 * <li>only on MariaDB and H2, which commit every DDL statement: one attempt in doubt, recorded
 * statement by statement. The next run refuses ({@code failed_revision}) naming the revision, its
 * file and the next statement; the test undoes what the record says may have run, as an operator would,
 * runs {@code resolve --retry}, and the run after that reaches the head with a clean schema.</li>
 * </ul>
 * Never a revision applied twice or skipped: every mark, applied row and successful history row exactly
 * once. At fixed phases the exact state is predicted: which version rows are committed, and which
 * revision and statement count the record holds.
 */
class KillMidUpgradeIT {

    private static final Map<DatabaseKind, Reference> references = new EnumMap<>(DatabaseKind.class);

    private static final long SEED = Long.getLong("revgraph.reliability.seed", 20261121L);

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void killedAtRandomMomentsTheNextRunReachesTheHeadOrNamesTheRevisionInDoubt(DatabaseKind kind) throws Exception {
        Reference reference = reference(kind);
        Random random = new Random(SEED + kind.ordinal());
        int trials = Tier.trials(4, 20);
        int inDoubt = 0;
        for (int trial = 1; trial <= trials; trial++) {
            Path work = WorkDirectory.of("kill", kind.id(), "random-" + trial);
            boolean durable = trial % 2 == 0;
            try (TrialDatabase database = TrialDatabase.forCrashes(kind, work, durable)) {
                AppLauncher.Running victim = AppLauncher.boot(database)
                    .properties(RevisionSets.tree50Properties())
                    .name("victim")
                    .start();
                // a random step, then a random moment within it or the next ones
                int step = 1 + random.nextInt(RevisionSets.TREE50.size());
                long delay = random.nextLong(40);
                assertThat(victim.awaitLine((line) -> line.contains("Running upgrade ") && line.endsWith("(" + step + "/50)"),
                        AppLauncher.TIMEOUT)).as("the victim reaches step %d:\n%s", step, victim.output()).isTrue();
                Thread.sleep(delay);
                AppLauncher.Ended ended = victim.kill().saveTo(work);
                int stepsDone = (int) ended.output().lines().filter((line) -> line.contains("  done in ")).count();
                boolean doubt = recover(database, reference, null, "random trial " + trial + ", step " + step + " + " + delay + " ms");
                inDoubt += doubt ? 1 : 0;
                Reports.record("kill-random", kind + " trial " + trial + ": killed " + delay + " ms after step " + step
                        + " started (" + stepsDone + " steps logged done" + (durable ? "" : ", H2 write delay on") + ")"
                        + (doubt ? "; an attempt in doubt, resolved" : ""));
            }
        }
        Reports.record("kill-random", kind + ": " + trials + " trials, " + inDoubt + " left an attempt in doubt");
    }

    /**
     * Full tier: every phase on every database at three points (the first, a random and the last statement or
     * step). Fast tier: one random point, every phase on MariaDB, the two statement phases on H2 and the
     * bookkeeping phase on PostgreSQL (the rest is the same code path there).
     */
    static Stream<Arguments> phases() {
        Random random = new Random(SEED);
        int statements = totalStatements();
        Map<DatabaseKind, List<String>> fast = Map.of(DatabaseKind.POSTGRESQL, List.of("after-bookkeeping"),
                DatabaseKind.MARIADB, HaltPoints.PHASES,
                DatabaseKind.H2, List.of("before-statement", "after-statement"));
        return HaltPoints.of(random, statements, RevisionSets.TREE50.size(), fast);
    }

    @ParameterizedTest(name = "{0} halted at {1}:{2}")
    @MethodSource("phases")
    void haltedAtAFixedPhaseLeavesExactlyThePredictedState(DatabaseKind kind, String phase, int n) throws Exception {
        Reference reference = reference(kind);
        Path work = WorkDirectory.of("kill", kind.id(), phase + "-" + n);
        try (TrialDatabase database = TrialDatabase.forCrashes(kind, work, true)) {
            AppLauncher.Ended ended = AppLauncher.boot(database)
                .properties(RevisionSets.tree50Properties())
                .systemProperty("revgraph.test.halt-at", phase + ":" + n)
                .name("victim")
                .run()
                .saveTo(work);
            assertThat(ended.exitCode()).as("halted by the fault injection (status 86):\n%s", ended.output())
                .isEqualTo(86);
            assertThat(ended.output()).contains("revgraph.test.halt-at: halting at " + phase + ":" + n);
            Expected expected = expected(kind, phase, n);
            assertThat(DatabaseFacts.versionRows(database)).as("version rows committed before the halt")
                .isEqualTo(expected.versionRows());
            boolean doubt = recover(database, reference, expected, phase + ":" + n);
            assertThat(doubt).as("an attempt in doubt").isEqualTo(expected.inDoubt() != null);
        }
    }

    /**
     * Checks the invariants of a crashed database, runs what an operator would, and checks the result;
     * true when an attempt was in doubt.
     */
    private boolean recover(TrialDatabase database, Reference reference, Expected expected, String trial)
            throws Exception {
        String context = database + ", " + trial;
        List<DatabaseFacts.InDoubt> inDoubt = DatabaseFacts.inDoubt(database);
        Map<String, Integer> marks = DatabaseFacts.marks(database);
        assertThat(marks.values()).as("%s: no revision ran twice", context).allMatch((count) -> count == 1);
        assertThat(inDoubt).as("%s: at most one attempt in doubt", context).hasSizeLessThanOrEqualTo(1);
        if (database.kind() == DatabaseKind.POSTGRESQL) {
            assertThat(inDoubt).as("%s: PostgreSQL rolls a transactional revision back", context).isEmpty();
        }
        if (expected != null && expected.inDoubt() != null) {
            assertThat(inDoubt).as(context).singleElement().satisfies((row) -> {
                assertThat(row.revision()).isEqualTo(expected.inDoubt());
                assertThat(row.status()).isEqualTo("running");
                assertThat(row.statementsDone()).isEqualTo(expected.statementsDone());
            });
        }
        else if (expected != null) {
            assertThat(inDoubt).as(context).isEmpty();
        }
        Migrator migrator = InProcess.migrator(database, RevisionSets.tree50Properties());
        boolean doubt = !inDoubt.isEmpty();
        if (doubt) {
            DatabaseFacts.InDoubt row = inDoubt.get(0);
            // A mark is DML: it commits together with the statement counter, so the record tells exactly.
            int markStatement = row.revision().equals("k50_01") ? 3 : 2;
            assertThat(marks.containsKey(row.revision())).as("%s: the mark of %s is there exactly when the record "
                    + "counts its statement (%d done)", context, row.revision(), row.statementsDone())
                .isEqualTo(row.statementsDone() >= markStatement);
            assertThatExceptionOfType(FailedRevisionException.class).isThrownBy(() -> migrator.upgrade("heads"))
                .satisfies((ex) -> {
                    assertThat(ex.code()).isEqualTo("failed_revision");
                    assertThat(ex.getMessage()).contains("Revision " + row.revision() + " (")
                        .contains(source(row.revision()))
                        .contains("Statement " + (row.statementsDone() + 1))
                        .contains("migrations resolve " + row.revision() + " --retry");
                });
            assertThat(DatabaseFacts.inDoubt(database)).as("%s: the refusal changed nothing", context)
                .isEqualTo(inDoubt);
            undo(database, row.revision());
            migrator.resolve(row.revision(), ResolveAction.RETRY);
        }
        migrator.upgrade("heads");
        Map<String, Integer> once = RevisionSets.TREE50.stream().collect(Collectors.toMap(Function.identity(), (id) -> 1));
        assertThat(DatabaseFacts.versionRows(database)).as(context).containsExactly(RevisionSets.TREE50_HEAD);
        assertThat(DatabaseFacts.marks(database)).as("%s: marks", context).isEqualTo(once);
        assertThat(DatabaseFacts.successfulUpgrades(database)).as("%s: successful upgrades", context).isEqualTo(once);
        assertThat(DatabaseFacts.appliedRevisions(database)).as(context)
            .containsExactlyInAnyOrderElementsOf(RevisionSets.TREE50);
        assertThat(SnapshotDiff.between(reference.schema(), DatabaseFacts.snapshot(database)).differences())
            .as("%s: schema against a clean run", context).isEmpty();
        return doubt;
    }

    /** What an operator does before {@code resolve --retry}: undo whatever of the revision may have run. */
    private static void undo(TrialDatabase database, String revision) throws Exception {
        database.execute("DROP TABLE IF EXISTS t_" + revision);
        if (revision.equals("k50_01")) {
            database.execute("DROP TABLE IF EXISTS rel_marks");
        }
        else {
            database.execute("DELETE FROM rel_marks WHERE revision_id = '" + revision + "'");
        }
    }

    private static String source(String revision) {
        return switch (revision) {
            case "k50_20" -> "Tree50Step20";
            case "k50_40" -> "Tree50Step40";
            default -> String.format("%04d_%s.sql", Integer.parseInt(revision.substring(4)), revision);
        };
    }

    // --- the prediction -----------------------------------------------------------------------------

    private static int statements(String revision) {
        return revision.equals("k50_01") ? 4 : 3;
    }

    private static int totalStatements() {
        return RevisionSets.TREE50.stream().mapToInt(KillMidUpgradeIT::statements).sum();
    }

    /** The state a halt at {@code phase:n} leaves: committed version rows, and the attempt in doubt. */
    private static Expected expected(DatabaseKind kind, String phase, int n) {
        boolean tracked = kind != DatabaseKind.POSTGRESQL;
        List<String> ids = RevisionSets.TREE50;
        if (phase.endsWith("statement")) {
            int remaining = n;
            for (int r = 0; r < ids.size(); r++) {
                int count = statements(ids.get(r));
                if (remaining <= count) {
                    List<String> rows = (r == 0) ? List.of() : List.of(ids.get(r - 1));
                    // before statement s, or after it but before its counter advanced: s - 1 recorded as done
                    return new Expected(rows, tracked ? ids.get(r) : null, remaining - 1);
                }
                remaining -= count;
            }
            throw new IllegalArgumentException("statement " + n + " of " + totalStatements());
        }
        String step = ids.get(n - 1);
        if (phase.equals("after-bookkeeping")) {
            List<String> rows = (n == 1) ? List.of() : List.of(ids.get(n - 2));
            // every statement ran; the last one's advance is part of the final transaction, which did not commit
            return new Expected(rows, tracked ? step : null, statements(step) - 1);
        }
        if (tracked && n < ids.size()) {
            // the step's final commit also wrote the next step's running row, before its first statement
            return new Expected(List.of(step), ids.get(n), 0);
        }
        return new Expected(List.of(step), null, 0);
    }

    private record Expected(List<String> versionRows, String inDoubt, int statementsDone) {
    }

    // --- the reference ------------------------------------------------------------------------------

    /** A database migrated in one go, in this JVM, by RevGraph's API: the schema a clean run builds. */
    private static synchronized Reference reference(DatabaseKind kind) throws Exception {
        Reference reference = references.get(kind);
        if (reference == null) {
            Path work = WorkDirectory.of("kill", kind.id(), "reference");
            try (TrialDatabase database = TrialDatabase.forCrashes(kind, work, true)) {
                InProcess.migrator(database, RevisionSets.tree50Properties()).upgrade("heads");
                reference = new Reference(DatabaseFacts.snapshot(database));
            }
            references.put(kind, reference);
        }
        return reference;
    }

    private record Reference(Schema schema) {
    }

}
