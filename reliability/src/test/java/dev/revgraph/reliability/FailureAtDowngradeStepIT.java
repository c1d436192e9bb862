package dev.revgraph.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.revgraph.command.ExitStatus;
import dev.revgraph.reliability.FailureTrials.Failure;
import dev.revgraph.schema.Schema;
import dev.revgraph.schema.SnapshotDiff;
import dev.revgraph.testdb.DatabaseKind;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Scenario 11, failure at step k of {@code downgrade base}: a generated tree at its head, and the
 * application in command mode ({@code migrations downgrade base}, run in this JVM with the exit status
 * recorded) whose k-th downgrade step runs three statements — its mark deleted, a side table dropped, a
 * data row changed — and then fails: an SQL syntax error, a constraint violation, a division by zero, a
 * DDL statement blocked by another session past {@code lock-timeout}/{@code lock-wait-timeout}, or a Java
 * revision whose downgrade throws.
 * <ul>
 * <li>the command fails (exit status 3, {@code failed_revision}) naming the revision, its file, the statement's number, line and text and the SQLSTATE (the Java one: its class
 * and the exception); the steps before k are reverted, the ones after it untouched;</li>
 * <li>PostgreSQL leaves nothing of step k (mark, side table, data as they were) and the next run tries it
 * again; MariaDB and H2 leave a {@code failed} record with 3 statements done that matches the database,
 * and the next run refuses, naming the revision and the statement that failed.</li>
 * </ul>
 * Then what an operator does reaches base: on PostgreSQL the next run once the lock is gone, or a fixed
 * build (the statement corrected, so {@code resolve --accept-checksum} first; the Java revision fixed with
 * the same metadata); on MariaDB and H2 the rest of the downgrade by hand and {@code resolve
 * --mark-applied}. At base, every revision was reverted exactly once, newest first, and the schema
 * equals that of a clean run.
 */
@ExtendWith(OutputCaptureExtension.class)
class FailureAtDowngradeStepIT {

    private static final Map<DatabaseKind, Schema> references = new EnumMap<>(DatabaseKind.class);

    private static final String FAILING_JAVA_PACKAGE = "dev.revgraph.reliability.revisions.failingdowngrade";

    private static final String FIXED_JAVA_PACKAGE = "dev.revgraph.reliability.revisions.fixeddowngrade";


    /**
     * k counts downgrade steps from the head: k = 1 is the head's own downgrade. Full tier: every failure on
     * every database for k in {1, 2, 4}. Fast tier, k = 2: every failure on MariaDB; on PostgreSQL the three
     * ways back to base (an edited script, a fixed Java build, the next run once the lock is gone); on H2 the
     * syntax error and the Java exception.
     */
    static Stream<Arguments> matrix() {
        List<Arguments> arguments = new ArrayList<>();
        Map<DatabaseKind, List<Failure>> fast = Map.of(
                DatabaseKind.POSTGRESQL, List.of(Failure.SYNTAX_ERROR, Failure.JAVA_EXCEPTION, Failure.LOCK_TIMEOUT),
                DatabaseKind.MARIADB, List.of(Failure.values()),
                DatabaseKind.H2, List.of(Failure.SYNTAX_ERROR, Failure.JAVA_EXCEPTION));
        List<Integer> ks = Tier.full() ? List.of(1, 2, 4) : List.of(2);
        for (DatabaseKind kind : DatabaseKind.values()) {
            for (Failure failure : Failure.values()) {
                if (!Tier.full() && !fast.get(kind).contains(failure)) {
                    continue;
                }
                for (int k : ks) {
                    arguments.add(arguments(kind, failure, k));
                }
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0}: {1} at downgrade step {2}")
    @MethodSource("matrix")
    void aFailingDowngradeStepStopsTheCommandAndLeavesWhatTheDatabaseAllows(DatabaseKind kind, Failure failure,
            int k, CapturedOutput output) throws Exception {
        Path work = WorkDirectory.of("downgrade-failure", kind.id(), failure.name().toLowerCase() + "-" + k);
        try (TrialDatabase database = TrialDatabase.shared(kind)) {
            Tree tree = tree(new ScriptTree(work.resolve("revisions")), failure, k, kind);
            Map<String, String> properties = FailureTrials.properties(database, tree.scripts().location(),
                    (failure == Failure.JAVA_EXCEPTION) ? FAILING_JAVA_PACKAGE : "", failure);
            InProcess.migrator(database, properties).upgrade("heads");
            assertThat(DatabaseFacts.versionRows(database)).as("at the head").containsExactly(tree.head());
            Connection blocker = (failure == Failure.LOCK_TIMEOUT) ? FailureTrials.block(database) : null;
            try {
                int before = output.length();
                int status = InProcessApplication.command(properties, "downgrade", "base");
                String printed = output.toString().substring(before);
                assertThat(status).as(printed).isEqualTo(ExitStatus.DATABASE);
                assertNamesTheFailure(printed, tree, failure);
                assertWhatIsLeft(database, tree);
                if (blocker != null) {
                    blocker.rollback();
                    blocker.close();
                    blocker = null;
                }
                int again = output.length();
                int next = InProcessApplication.command(properties, "downgrade", "base");
                String printedAgain = output.toString().substring(again);
                if (kind == DatabaseKind.POSTGRESQL && failure == Failure.LOCK_TIMEOUT) {
                    assertThat(next).as("PostgreSQL runs step k again, and the lock is gone now:\n%s", printedAgain)
                        .isZero();
                    assertCleanBase(database, tree, kind);
                    return;
                }
                if (kind == DatabaseKind.POSTGRESQL) {
                    assertThat(next).as("PostgreSQL tries step k again:\n%s", printedAgain).isEqualTo(status);
                    assertNamesTheFailure(printedAgain, tree, failure);
                    assertWhatIsLeft(database, tree);
                    reachBaseWithAFixedBuild(database, tree, failure, output);
                }
                else {
                    assertThat(next).as(printedAgain).isEqualTo(ExitStatus.DATABASE);
                    assertThat(printedAgain).containsPattern("Revision " + tree.failing() + " \\([^)]*" + tree.source()
                            + "\\) did not finish its downgrade")
                        .contains("Statements 1 to 3 of " + ((failure == Failure.JAVA_EXCEPTION) ? "?" : "5") + " ran")
                        .contains("Statement 4" + ((tree.statement() != null)
                                ? " (line " + tree.line() + ": " + tree.statement() + ")" : "") + " failed: ")
                        .contains((failure == Failure.JAVA_EXCEPTION) ? "java.lang.ArithmeticException" : "[SQLSTATE ")
                        .contains("migrations resolve " + tree.failing() + " --retry")
                        .contains("migrations resolve " + tree.failing() + " --mark-applied");
                    assertWhatIsLeft(database, tree);
                    // the rest of the downgrade by hand, recorded as done
                    if (failure == Failure.LOCK_TIMEOUT) {
                        database.execute(tree.statement());
                    }
                    database.execute("DROP TABLE t_" + tree.failing());
                    int resolving = output.length();
                    assertThat(InProcessApplication.command(properties, "resolve", tree.failing(), "--mark-applied"))
                        .isZero();
                    assertThat(output.toString().substring(resolving)).as("what resolve says it did")
                        .contains("Resolved " + tree.failing() + ": its downgrade is recorded as done")
                        .doesNotContain("recorded as applied");
                    assertThat(InProcessApplication.command(properties, "downgrade", "base")).as("to base")
                        .isZero();
                }
                assertCleanBase(database, tree, kind);
            }
            finally {
                if (blocker != null) {
                    blocker.close();
                }
            }
        }
    }

    private static void assertNamesTheFailure(String printed, Tree tree, Failure failure) {
        assertThat(printed).contains("ERROR [revgraph] Revision " + tree.failing() + " (")
            .containsPattern("Revision " + tree.failing() + " \\([^)]*" + tree.source() + "\\) failed: downgrade "
                    + tree.failing() + " -> ");
        if (failure == Failure.JAVA_EXCEPTION) {
            assertThat(printed).contains("after statement 3: java.lang.ArithmeticException: / by zero");
        }
        else {
            assertThat(printed).containsPattern("at statement 4 of 5, line " + tree.line() + " of [^ ]*" + tree.source()
                    + " \\[SQLSTATE \\w{5}\\]: ")
                .contains("statement: " + tree.statement());
        }
    }

    /**
     * After the failure: the steps above k reverted, the ones below untouched, and step k either untouched
     * (PostgreSQL) or with its first three statements done and recorded (MariaDB, H2).
     */
    private static void assertWhatIsLeft(TrialDatabase database, Tree tree) throws Exception {
        String failing = tree.failing();
        assertThat(DatabaseFacts.versionRows(database)).as("version rows").containsExactly(failing);
        assertThat(DatabaseFacts.reverted(database)).as("the steps before k, once each").isEqualTo(tree.above());
        List<String> applied = new ArrayList<>(tree.below());
        applied.add(failing);
        assertThat(DatabaseFacts.appliedRevisions(database)).containsExactlyInAnyOrderElementsOf(applied);
        for (String id : tree.above()) {
            assertThat(DatabaseFacts.tableExists(database, "t_" + id)).as("the table of reverted %s", id).isFalse();
        }
        for (String id : tree.below()) {
            assertThat(DatabaseFacts.tableExists(database, "t_" + id)).as("the table of %s", id).isTrue();
        }
        Map<String, Integer> marks = new LinkedHashMap<>();
        tree.below().forEach((id) -> marks.put(id, 1));
        assertThat(DatabaseFacts.tableExists(database, "t_" + failing)).as("the table of step k").isTrue();
        int n = DatabaseFacts.count(database, "SELECT n FROM t_" + failing);
        if (database.kind() == DatabaseKind.POSTGRESQL) {
            marks.put(failing, 1);
            assertThat(DatabaseFacts.marks(database)).as("marks: step k's is still there").isEqualTo(marks);
            assertThat(DatabaseFacts.tableExists(database, "s_" + failing)).as("PostgreSQL leaves step k's side table")
                .isTrue();
            assertThat(n).as("and its data as it was").isEqualTo(10);
            assertThat(DatabaseFacts.inDoubt(database)).as("and nothing in doubt").isEmpty();
            return;
        }
        assertThat(DatabaseFacts.inDoubt(database)).singleElement().satisfies((row) -> {
            assertThat(row.revision()).isEqualTo(failing);
            assertThat(row.direction()).isEqualTo("downgrade");
            assertThat(row.status()).isEqualTo("failed");
            assertThat(row.statementsDone()).isEqualTo(3);
        });
        assertThat(DatabaseFacts.marks(database)).as("marks: step k's deleted, committed").isEqualTo(marks);
        assertThat(DatabaseFacts.tableExists(database, "s_" + failing)).as("its side table dropped").isFalse();
        assertThat(n).as("its data changed once").isEqualTo(11);
    }

    /** PostgreSQL, a failure that stays: the next build fixes the revision, and the downgrade reaches base. */
    private static void reachBaseWithAFixedBuild(TrialDatabase database, Tree tree, Failure failure,
            CapturedOutput output) throws Exception {
        Map<String, String> fixed;
        if (failure == Failure.JAVA_EXCEPTION) {
            // the same metadata, so the same checksum
            fixed = FailureTrials.properties(database, tree.scripts().location(), FIXED_JAVA_PACKAGE, failure);
        }
        else {
            Path file = tree.scripts().directory().resolve(tree.source());
            Files.writeString(file, Files.readString(file).replace(tree.statement(), "UPDATE t_d_x SET n = n * 2"));
            fixed = FailureTrials.properties(database, tree.scripts().location(), "", failure);
            int before = output.length();
            assertThat(InProcessApplication.command(fixed, "downgrade", "base")).isEqualTo(ExitStatus.DATABASE);
            assertThat(output.toString().substring(before)).as("the edited script is refused until accepted")
                .contains("no longer matches its script").containsPattern(tree.failing() + " \\([^)]*" + tree.source() + "\\)");
            assertThat(InProcessApplication.command(fixed, "resolve", tree.failing(), "--accept-checksum")).isZero();
        }
        assertThat(InProcessApplication.command(fixed, "downgrade", "base")).as("to base with the fixed build").isZero();
    }

    private static void assertCleanBase(TrialDatabase database, Tree tree, DatabaseKind kind) throws Exception {
        List<String> order = new ArrayList<>(tree.above());
        order.add(tree.failing());
        List<String> below = new ArrayList<>(tree.below());
        Collections.reverse(below);
        order.addAll(below);
        assertThat(DatabaseFacts.versionRows(database)).as("at base").isEmpty();
        assertThat(DatabaseFacts.appliedRevisions(database)).isEmpty();
        assertThat(DatabaseFacts.inDoubt(database)).isEmpty();
        assertThat(DatabaseFacts.reverted(database)).as("every revision reverted once, newest first").isEqualTo(order);
        assertThat(SnapshotDiff.between(reference(kind), DatabaseFacts.snapshot(database)).differences())
            .as("schema against a clean run").isEmpty();
    }

    // --- the tree -----------------------------------------------------------------------------------

    /** d_01, the failing revision's parent, the failing revision, and k - 1 revisions above it. */
    private static Tree tree(ScriptTree scripts, Failure failure, int k, DatabaseKind kind) throws Exception {
        base(scripts);
        String parent = (failure == Failure.JAVA_EXCEPTION) ? "fd_before_java" : "d_02";
        scripts.plain(parent, "d_01");
        String failing;
        String source;
        String statement = null;
        int line = 0;
        if (failure == Failure.JAVA_EXCEPTION) {
            failing = "fd_java";
            source = "FailingDowngrade";
        }
        else {
            failing = "d_x";
            statement = switch (failure) {
                case SYNTAX_ERROR -> "DROP TABEL s_oops";
                case CONSTRAINT_VIOLATION -> "INSERT INTO t_d_x (id, n) VALUES (1, 20)";
                case DIVISION_BY_ZERO -> "UPDATE t_d_x SET n = n / (n - 11)";
                case LOCK_TIMEOUT -> (kind == DatabaseKind.H2) ? "UPDATE blk_victim SET n = 3"
                        : "ALTER TABLE blk_victim ADD COLUMN c INTEGER";
                default -> throw new IllegalArgumentException(failure.name());
            };
            Path file = scripts.revision(failing, parent, List.of(
                    "CREATE TABLE t_d_x (id INTEGER NOT NULL PRIMARY KEY, n INTEGER)",
                    "CREATE TABLE s_d_x (id INTEGER NOT NULL PRIMARY KEY)",
                    "INSERT INTO rel_marks (revision_id, applied_by) VALUES ('d_x', 'sql')",
                    "INSERT INTO t_d_x (id, n) VALUES (1, 10)"), List.of(
                    "DELETE FROM rel_marks WHERE revision_id = 'd_x'",
                    "DROP TABLE s_d_x",
                    "UPDATE t_d_x SET n = n + 1",
                    statement,
                    "DROP TABLE t_d_x"));
            source = file.getFileName().toString();
            line = lineOf(file, statement);
        }
        List<String> above = new ArrayList<>();
        String previous = failing;
        for (int i = 1; i < k; i++) {
            String id = "d_a" + i;
            scripts.plain(id, previous);
            above.add(0, id);
            previous = id;
        }
        return new Tree(scripts, List.of("d_01", parent), failing, above, previous, source, statement, line);
    }

    /** d_01: the marks table, its own table and mark, and a table for the lock-timeout trials to block. */
    private static void base(ScriptTree scripts) {
        scripts.revision("d_01", "", List.of(
                "CREATE TABLE rel_marks (revision_id VARCHAR(40) NOT NULL, applied_by VARCHAR(100))",
                "CREATE TABLE t_d_01 (id INTEGER NOT NULL PRIMARY KEY, n INTEGER)",
                "INSERT INTO rel_marks (revision_id, applied_by) VALUES ('d_01', 'sql')",
                "CREATE TABLE blk_victim (id INTEGER NOT NULL PRIMARY KEY, n INTEGER)",
                "INSERT INTO blk_victim (id, n) VALUES (1, 1)"),
                List.of("DROP TABLE blk_victim", "DROP TABLE t_d_01", "DROP TABLE rel_marks"));
    }

    private static int lineOf(Path file, String statement) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(statement)) {
                return i + 1;
            }
        }
        throw new IllegalStateException(statement + " not in " + file);
    }

    /** A database taken to the head of a tree without failures and back to base in one go: what a clean run leaves. */
    private static synchronized Schema reference(DatabaseKind kind) throws Exception {
        Schema reference = references.get(kind);
        if (reference == null) {
            Path work = WorkDirectory.of("downgrade-failure", kind.id(), "reference");
            ScriptTree scripts = new ScriptTree(work.resolve("revisions"));
            base(scripts);
            scripts.plain("d_02", "d_01");
            try (TrialDatabase database = TrialDatabase.shared(kind)) {
                var migrator = InProcess.migrator(database,
                        Map.of("migrations.locations", scripts.location(), "migrations.java-packages", ""));
                migrator.upgrade("heads");
                migrator.downgrade("base");
                reference = DatabaseFacts.snapshot(database);
            }
            references.put(kind, reference);
        }
        return reference;
    }

    /**
     * @param below the revisions under the failing one, oldest first
     * @param above the revisions over it, newest first: the downgrade steps before k
     * @param head the tree's head
     * @param statement the failing SQL statement, {@code null} for the Java revision
     * @param line its line in {@code source}
     */
    private record Tree(ScriptTree scripts, List<String> below, String failing, List<String> above, String head,
            String source, String statement, int line) {
    }

}
