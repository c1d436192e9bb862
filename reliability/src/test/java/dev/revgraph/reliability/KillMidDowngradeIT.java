package dev.revgraph.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
 * Scenario 11, kill -9 mid-downgrade: a database at the head of the 50-revision tree, and the packaged
 * application in command mode, {@code java -jar app.jar ... migrations downgrade base}, which dies — killed
 * at a random moment of the downgrade, or halted by {@code -Drevgraph.test.halt-at=<phase>:<n>} at an exact
 * point. Each downgrade is two statements: the revision's table dropped, then its mark deleted (k50_01:
 * then {@code rel_marks} dropped). As in {@link KillMidUpgradeIT}, H2 is an embedded file that dies with
 * the application (with its default write delay in half of the random trials).
 *
 * <p>What the crash left must be consistent: the applied revisions are the tree's first m (none skipped),
 * the version row is the m-th, the revisions above it were each reverted once, newest first, and exactly
 * the applied revisions have their table and their mark — but for one attempt in doubt, which only
 * MariaDB and H2 may leave, on the m-th revision, with its mark still there (deleting it commits with the
 * bookkeeping). Then the next run (RevGraph's API in this JVM):
 * <ul>
 * <li>consistent: {@code downgrade base} reaches base, and the schema equals that of a clean run (upgrade
 * then downgrade base in one go);</li>
 * <li>in doubt: {@code downgrade base} refuses ({@code failed_revision}), naming the revision, its file,
 * the statement that may or may not have run and the {@code resolve} commands; the test settles it as an
 * operator would — in turn, finishes the downgrade by hand and runs {@code resolve --mark-applied}, or
 * undoes what may have run and runs {@code resolve --retry} — and {@code downgrade base} then reaches base
 * with a clean schema.</li>
 * </ul>
 * Never a revision reverted twice or skipped: at base the history shows each of the 50 reverted exactly
 * once (a successful downgrade, or the {@code mark-applied} that recorded one finished by hand), newest
 * first, and none upgraded again. At fixed phases the exact state is predicted: the version row, the
 * record (revision, statements done), and whether the step's table and mark are there.
 */
class KillMidDowngradeIT {

    private static final Map<DatabaseKind, Schema> references = new EnumMap<>(DatabaseKind.class);

    private static final long SEED = Long.getLong("revgraph.reliability.seed", 20261121L);

    /** The order of a downgrade to base: step i reverts {@code DOWNGRADES.get(i - 1)}. */
    private static final List<String> DOWNGRADES = reversed(RevisionSets.TREE50);

    private static final int STATEMENTS_PER_STEP = 2;

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void killedAtRandomMomentsTheNextRunReachesBaseOrNamesTheRevisionInDoubt(DatabaseKind kind) throws Exception {
        Schema reference = reference(kind);
        Random random = new Random(SEED + 11 * (kind.ordinal() + 1));
        int trials = Tier.trials(1, 20);
        int inDoubt = 0;
        for (int trial = 1; trial <= trials; trial++) {
            Path work = WorkDirectory.of("kill-downgrade", kind.id(), "random-" + trial);
            boolean durable = trial % 2 == 0;
            try (TrialDatabase database = TrialDatabase.forCrashes(kind, work, durable)) {
                upgradeToHead(database);
                AppLauncher.Running victim = downgradeToBase(database).name("victim").start();
                int step = 1 + random.nextInt(DOWNGRADES.size());
                long delay = random.nextLong(40);
                assertThat(victim.awaitLine((line) -> line.startsWith("Running downgrade ")
                        && line.endsWith("(" + step + "/50)"), AppLauncher.TIMEOUT))
                    .as("the victim reaches step %d:\n%s", step, victim.output()).isTrue();
                Thread.sleep(delay);
                AppLauncher.Ended ended = victim.kill().saveTo(work);
                int stepsDone = (int) ended.output().lines().filter((line) -> line.startsWith("  done in ")).count();
                ResolveAction remedy = (trial % 4 < 2) ? ResolveAction.MARK_APPLIED : ResolveAction.RETRY;
                String doubt = recover(database, reference, null, remedy,
                        "random trial " + trial + ", step " + step + " + " + delay + " ms");
                inDoubt += (doubt != null) ? 1 : 0;
                Reports.record("kill-downgrade-random", kind + " trial " + trial + ": killed " + delay + " ms after "
                        + "downgrade step " + step + " started (" + stepsDone + " steps printed done"
                        + (durable ? "" : ", H2 write delay on") + ")"
                        + ((doubt != null) ? "; " + doubt + " in doubt, settled with resolve " + flag(remedy) : ""));
            }
        }
        Reports.record("kill-downgrade-random", kind + ": " + trials + " trials, " + inDoubt
                + " left an attempt in doubt");
    }

    /**
     * Full tier: every phase on every database at three points (the first, a random and the last statement
     * or step). Fast tier: one random point of one phase per database — after a statement on MariaDB, before
     * one on H2, after the bookkeeping on PostgreSQL (a downgrade, with the database at the head first, costs
     * a JVM and two runs of 50 steps).
     */
    static Stream<Arguments> phases() {
        Random random = new Random(SEED + 11);
        int statements = DOWNGRADES.size() * STATEMENTS_PER_STEP;
        Map<DatabaseKind, List<String>> fast = Map.of(DatabaseKind.POSTGRESQL, List.of("after-bookkeeping"),
                DatabaseKind.MARIADB, List.of("after-statement"), DatabaseKind.H2, List.of("before-statement"));
        return HaltPoints.of(random, statements, DOWNGRADES.size(), fast);
    }

    @ParameterizedTest(name = "{0} halted at {1}:{2}")
    @MethodSource("phases")
    void haltedAtAFixedPhaseLeavesExactlyThePredictedState(DatabaseKind kind, String phase, int n) throws Exception {
        Schema reference = reference(kind);
        Path work = WorkDirectory.of("kill-downgrade", kind.id(), phase + "-" + n);
        try (TrialDatabase database = TrialDatabase.forCrashes(kind, work, true)) {
            upgradeToHead(database);
            AppLauncher.Ended ended = downgradeToBase(database)
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
            Set<String> tables = DatabaseFacts.tables(database);
            assertThat(tables.contains("t_" + expected.step())).as("the table of %s", expected.step())
                .isEqualTo(expected.tableThere());
            assertThat(DatabaseFacts.marks(database).containsKey(expected.step())).as("the mark of %s", expected.step())
                .isEqualTo(expected.markThere());
            ResolveAction remedy = (n % 2 == 0) ? ResolveAction.MARK_APPLIED : ResolveAction.RETRY;
            String doubt = recover(database, reference, expected, remedy, phase + ":" + n);
            assertThat(doubt).as("the attempt in doubt").isEqualTo(expected.inDoubt());
        }
    }

    /**
     * Checks the invariants of a crashed database, runs what an operator would, and checks that the result
     * is a clean base; returns the revision that was in doubt, or {@code null}.
     */
    private String recover(TrialDatabase database, Schema reference, Expected expected, ResolveAction remedy,
            String trial) throws Exception {
        String context = database + ", " + trial;
        List<DatabaseFacts.InDoubt> inDoubt = DatabaseFacts.inDoubt(database);
        List<String> applied = DatabaseFacts.appliedRevisions(database);
        int m = applied.size();
        assertThat(applied).as("%s: the applied revisions are the tree's first %d, none skipped", context, m)
            .isEqualTo(RevisionSets.TREE50.subList(0, m));
        assertThat(DatabaseFacts.versionRows(database)).as("%s: version row", context)
            .isEqualTo((m == 0) ? List.of() : List.of(RevisionSets.TREE50.get(m - 1)));
        assertThat(DatabaseFacts.reverted(database)).as("%s: reverted once each, newest first", context)
            .isEqualTo(DOWNGRADES.subList(0, DOWNGRADES.size() - m));
        assertThat(inDoubt).as("%s: at most one attempt in doubt", context).hasSizeLessThanOrEqualTo(1);
        if (database.kind() == DatabaseKind.POSTGRESQL) {
            assertThat(inDoubt).as("%s: PostgreSQL rolls a transactional revision back", context).isEmpty();
        }
        String doubtful = inDoubt.isEmpty() ? null : inDoubt.get(0).revision();
        if (doubtful != null) {
            assertThat(inDoubt.get(0).direction()).as(context).isEqualTo("downgrade");
            assertThat(doubtful).as("%s: the attempt in doubt is the current revision's", context)
                .isEqualTo(RevisionSets.TREE50.get(m - 1));
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
        assertTablesAndMarksFollowTheAppliedSet(database, applied, doubtful, context);

        Migrator migrator = InProcess.migrator(database, RevisionSets.tree50Properties());
        if (doubtful != null) {
            DatabaseFacts.InDoubt row = inDoubt.get(0);
            assertThatExceptionOfType(FailedRevisionException.class).isThrownBy(() -> migrator.downgrade("base"))
                .satisfies((ex) -> {
                    assertThat(ex.code()).isEqualTo("failed_revision");
                    assertThat(ex.getMessage()).contains("Revision " + doubtful + " (")
                        .contains(source(doubtful))
                        .contains("did not finish its downgrade")
                        .contains("Statement " + (row.statementsDone() + 1))
                        .contains(nextStatement(doubtful, row.statementsDone()))
                        .contains("migrations resolve " + doubtful + " --retry")
                        .contains("migrations resolve " + doubtful + " --mark-applied");
                });
            assertThat(DatabaseFacts.inDoubt(database)).as("%s: the refusal changed nothing", context)
                .isEqualTo(inDoubt);
            settle(database, doubtful, remedy);
            migrator.resolve(doubtful, remedy);
        }
        migrator.downgrade("base");
        Map<String, Integer> once = RevisionSets.TREE50.stream()
            .collect(Collectors.toMap(Function.identity(), (id) -> 1));
        assertThat(DatabaseFacts.versionRows(database)).as("%s: at base", context).isEmpty();
        assertThat(DatabaseFacts.appliedRevisions(database)).as(context).isEmpty();
        assertThat(DatabaseFacts.inDoubt(database)).as(context).isEmpty();
        assertThat(DatabaseFacts.reverted(database)).as("%s: every revision reverted once, newest first", context)
            .isEqualTo(DOWNGRADES);
        assertThat(DatabaseFacts.successfulUpgrades(database)).as("%s: nothing upgraded again", context)
            .isEqualTo(once);
        assertThat(SnapshotDiff.between(reference, DatabaseFacts.snapshot(database)).differences())
            .as("%s: schema against a clean run", context).isEmpty();
        return doubtful;
    }

    /**
     * Exactly the applied revisions have their table and their mark. The revision in doubt keeps its mark
     * (deleting it is its last statement, committed with the bookkeeping) — but k50_01, whose last statement
     * drops the marks table — and its table may be gone.
     */
    private static void assertTablesAndMarksFollowTheAppliedSet(TrialDatabase database, List<String> applied,
            String doubtful, String context) throws Exception {
        Set<String> tables = DatabaseFacts.tables(database);
        Set<String> treeTables = new TreeSet<>();
        tables.stream().filter((table) -> table.startsWith("t_k50_")).forEach(treeTables::add);
        Set<String> expectedTables = new TreeSet<>();
        applied.forEach((id) -> expectedTables.add("t_" + id));
        if (doubtful != null && !treeTables.contains("t_" + doubtful)) {
            expectedTables.remove("t_" + doubtful);
        }
        assertThat(treeTables).as("%s: the tables of the applied revisions, and only those", context)
            .isEqualTo(expectedTables);
        Map<String, Integer> expectedMarks = new TreeMap<>();
        applied.forEach((id) -> expectedMarks.put(id, 1));
        if ("k50_01".equals(doubtful) && !tables.contains("rel_marks")) {
            expectedMarks.clear();
        }
        assertThat(DatabaseFacts.marks(database)).as("%s: one mark per applied revision, none of a reverted one",
                context).isEqualTo(expectedMarks);
    }

    /**
     * What an operator does before {@code resolve}: with {@code --mark-applied}, finish the downgrade by hand
     * (what did not run); with {@code --retry}, undo what may have run, so that it runs again from its first
     * statement.
     */
    private static void settle(TrialDatabase database, String revision, ResolveAction remedy) throws Exception {
        Set<String> tables = DatabaseFacts.tables(database);
        if (remedy == ResolveAction.MARK_APPLIED) {
            database.execute("DROP TABLE IF EXISTS t_" + revision, revision.equals("k50_01")
                    ? "DROP TABLE IF EXISTS rel_marks" : "DELETE FROM rel_marks WHERE revision_id = '" + revision + "'");
            return;
        }
        if (!tables.contains("t_" + revision)) {
            database.execute("CREATE TABLE t_" + revision + " (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50))",
                    "CREATE INDEX ix_" + revision + " ON t_" + revision + " (v)");
        }
        if (!tables.contains("rel_marks")) {
            database.execute("CREATE TABLE rel_marks (revision_id VARCHAR(40) NOT NULL, applied_by VARCHAR(100))",
                    "INSERT INTO rel_marks (revision_id, applied_by) VALUES ('" + revision + "', 'sql')");
        }
    }

    private static String source(String revision) {
        return switch (revision) {
            case "k50_20" -> "Tree50Step20";
            case "k50_40" -> "Tree50Step40";
            default -> String.format("%04d_%s.sql", Integer.parseInt(revision.substring(4)), revision);
        };
    }

    /** The downgrade statement after {@code done} ones, as the refusal shows it (none for a Java revision). */
    private static String nextStatement(String revision, int done) {
        if (revision.equals("k50_20") || revision.equals("k50_40")) {
            return "may or may not have run";
        }
        if (done == 0) {
            return "DROP TABLE t_" + revision;
        }
        return revision.equals("k50_01") ? "DROP TABLE rel_marks"
                : "DELETE FROM rel_marks WHERE revision_id = '" + revision + "'";
    }

    private static AppLauncher downgradeToBase(TrialDatabase database) {
        return AppLauncher.command(database, "downgrade", "base").properties(RevisionSets.tree50Properties());
    }

    private static void upgradeToHead(TrialDatabase database) {
        InProcess.migrator(database, RevisionSets.tree50Properties()).upgrade("heads");
    }

    private static String flag(ResolveAction action) {
        return (action == ResolveAction.RETRY) ? "--retry" : "--mark-applied";
    }

    private static List<String> reversed(List<String> ids) {
        List<String> reversed = new ArrayList<>(ids);
        Collections.reverse(reversed);
        return List.copyOf(reversed);
    }

    // --- the prediction -----------------------------------------------------------------------------

    /**
     * The state a halt at {@code phase:n} leaves: the committed version rows, the attempt in doubt and its
     * statements done, and whether the halted step's table and mark are there.
     */
    private static Expected expected(DatabaseKind kind, String phase, int n) {
        boolean tracked = kind != DatabaseKind.POSTGRESQL;
        if (phase.equals("after-commit")) {
            String step = DOWNGRADES.get(n - 1);
            List<String> rows = (n == DOWNGRADES.size()) ? List.of() : List.of(DOWNGRADES.get(n));
            // on a tracked database the step's final commit also wrote the next step's running row
            String next = (tracked && n < DOWNGRADES.size()) ? DOWNGRADES.get(n) : null;
            return new Expected(step, rows, next, 0, false, false);
        }
        int index = phase.endsWith("statement") ? (n - 1) / STATEMENTS_PER_STEP : n - 1;
        String step = DOWNGRADES.get(index);
        // before statement s, or after it but before its counter advanced: s - 1 recorded as done; after the
        // bookkeeping, every statement ran and the last one's advance is part of the uncommitted transaction
        int statement = phase.endsWith("statement") ? n - index * STATEMENTS_PER_STEP : STATEMENTS_PER_STEP;
        boolean ran = !phase.equals("before-statement") || statement > 1;
        boolean marksTableDropped = step.equals("k50_01") && statement == STATEMENTS_PER_STEP
                && !phase.equals("before-statement");
        if (!tracked) {
            return new Expected(step, List.of(step), null, 0, true, true);
        }
        // DDL commits on its own: the table is gone once statement 1 ran; the mark's DELETE commits with the bookkeeping
        return new Expected(step, List.of(step), step, statement - 1, !ran, !marksTableDropped);
    }

    private record Expected(String step, List<String> versionRows, String inDoubt, int statementsDone,
            boolean tableThere, boolean markThere) {
    }

    // --- the reference ------------------------------------------------------------------------------

    /** A database migrated to the head and back to base in one go, in this JVM: the schema a clean run leaves. */
    private static synchronized Schema reference(DatabaseKind kind) throws Exception {
        Schema reference = references.get(kind);
        if (reference == null) {
            Path work = WorkDirectory.of("kill-downgrade", kind.id(), "reference");
            try (TrialDatabase database = TrialDatabase.forCrashes(kind, work, true)) {
                Migrator migrator = InProcess.migrator(database, RevisionSets.tree50Properties());
                migrator.upgrade("heads");
                migrator.downgrade("base");
                reference = DatabaseFacts.snapshot(database);
            }
            references.put(kind, reference);
        }
        return reference;
    }

}
