package dev.revgraph.reliability;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.revgraph.reliability.FailureTrials.Failure;
import dev.revgraph.runtime.FailedRevisionException;
import dev.revgraph.runtime.MigrationFailedException;
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
 * Scenario 4, failure at step k: revision k of a generated tree runs three statements (a table, its mark,
 * a data row) and then fails — an SQL syntax error, a constraint violation, a division by zero in a data
 * step, a Java data migration that throws, or a DDL statement blocked by another session's lock until the
 * session timeout ({@code migrations.lock-timeout} / {@code lock-wait-timeout}) ends it.
 * <ul>
 * <li>the application does not start, and the failure analyzer's report names the revision, its file, the
 * statement's line and text, and the SQLSTATE (a Java exception: the class and the exception);</li>
 * <li>PostgreSQL leaves nothing of step k (no table, no mark, no version row) and the next start tries
 * it again;</li>
 * <li>MariaDB and H2 leave a statement-level record ({@code failed}, 3 statements done, or 2 for the
 * Java one) that matches what is in the database, and the next start refuses, naming the revision and
 * the statement that failed.</li>
 * </ul>
 * The matrix runs the application in this JVM; one launch per database checks the real exit status.
 */
@ExtendWith(OutputCaptureExtension.class)
class FailureAtStepIT {


    static Stream<Arguments> matrix() {
        List<Arguments> arguments = new ArrayList<>();
        List<Integer> ks = Tier.full() ? List.of(2, 3, 6, 10) : List.of(3);
        for (DatabaseKind kind : DatabaseKind.values()) {
            for (Failure failure : Failure.values()) {
                for (int k : ks) {
                    arguments.add(arguments(kind, failure, k));
                }
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0}: {1} at step {2}")
    @MethodSource("matrix")
    void aFailingStepStopsStartUpAndLeavesWhatTheDatabaseAllows(DatabaseKind kind, Failure failure, int k,
            CapturedOutput output) throws Exception {
        Path work = WorkDirectory.of("failure", kind.id(), failure.name().toLowerCase() + "-" + k);
        try (TrialDatabase database = TrialDatabase.shared(kind)) {
            Tree tree = tree(new ScriptTree(work.resolve("revisions")), failure, k, kind);
            Map<String, String> properties = properties(database, tree, failure);
            Connection blocker = null;
            try {
                if (failure == Failure.LOCK_TIMEOUT) {
                    Map<String, String> first = new LinkedHashMap<>(properties);
                    first.put("migrations.target", tree.parent());
                    assertThat(InProcessApplication.start(first)).as("the steps before k").isNull();
                    blocker = FailureTrials.block(database);
                }
                int before = output.length();
                Throwable failed = InProcessApplication.start(properties);
                assertThat(failed).as("start-up fails").isNotNull();
                MigrationFailedException cause = find(failed, MigrationFailedException.class);
                assertThat(cause).as("a MigrationFailedException in %s", failed).isNotNull();
                String report = output.toString().substring(before);
                assertThat(report).contains("APPLICATION FAILED TO START").contains("RevGraph could not migrate the database")
                    .contains("Revision " + tree.failing() + " (").contains(tree.source()).contains("Action:");
                assertThat(cause.revision()).isEqualTo(tree.failing());
                if (failure == Failure.JAVA_EXCEPTION) {
                    assertThat(report).contains("java.lang.ArithmeticException").contains("/ by zero");
                }
                else {
                    assertThat(report).contains("at statement 4 of 5, line 10 of").contains("[SQLSTATE ")
                        .contains("statement: " + tree.failingStatement().substring(0, 20));
                    assertThat(cause.line()).isEqualTo(10);
                    assertThat(cause.sqlState()).isNotBlank();
                    assertThat(report).contains("[SQLSTATE " + cause.sqlState() + "]");
                }
                assertWhatIsLeft(database, tree, failure);
                if (blocker != null) {
                    blocker.rollback();
                    blocker.close();
                    blocker = null;
                }
                int again = output.length();
                Throwable second = InProcessApplication.start(properties);
                if (kind == DatabaseKind.POSTGRESQL && failure == Failure.LOCK_TIMEOUT) {
                    assertThat(second).as("PostgreSQL runs step k again, and the lock is gone now").isNull();
                    assertThat(DatabaseFacts.versionRows(database)).containsExactly("f_after2");
                    return;
                }
                assertThat(second).as("the next start-up fails too").isNotNull();
                if (kind == DatabaseKind.POSTGRESQL) {
                    assertThat(find(second, MigrationFailedException.class)).as("PostgreSQL tries step k again")
                        .isNotNull();
                }
                else {
                    FailedRevisionException refused = find(second, FailedRevisionException.class);
                    assertThat(refused).as("refuses the revision in doubt: %s", second).isNotNull();
                    int done = (failure == Failure.JAVA_EXCEPTION) ? 2 : 3;
                    assertThat(output.toString().substring(again)).contains("Revision " + tree.failing() + " (")
                        .contains("Statements 1 to " + done + " of ").contains("Statement " + (done + 1))
                        .contains("migrations resolve " + tree.failing());
                }
            }
            finally {
                if (blocker != null) {
                    blocker.close();
                }
            }
        }
    }

    /** The exit status does not depend on the database: H2 in the fast tier, every database in the full one. */
    static Stream<DatabaseKind> processKinds() {
        return Tier.full() ? Stream.of(DatabaseKind.values()) : Stream.of(DatabaseKind.H2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processKinds")
    void theApplicationProcessExitsNonZeroWithTheFailureAnalysis(DatabaseKind kind) throws Exception {
        Path work = WorkDirectory.of("failure", kind.id(), "process");
        try (TrialDatabase database = TrialDatabase.shared(kind)) {
            Tree tree = tree(new ScriptTree(work.resolve("revisions")), Failure.SYNTAX_ERROR, 3, kind);
            AppLauncher.Ended ended = AppLauncher.boot(database)
                .properties(properties(database, tree, Failure.SYNTAX_ERROR))
                .name("failing")
                .run()
                .saveTo(work);
            assertThat(ended.exitCode()).as(ended.output()).isNotZero();
            assertThat(ended.output()).doesNotContain(dev.revgraph.reliability.app.ReliabilityApplication.STARTED)
                .contains("APPLICATION FAILED TO START")
                .contains("Revision f_03 (")
                .contains("0003_f_03.sql")
                .contains("line 10 of")
                .contains("CREATE TABEL")
                .contains("[SQLSTATE ")
                .contains("Action:");
        }
    }

    // --- the tree -----------------------------------------------------------------------------------

    private static Tree tree(ScriptTree scripts, Failure failure, int k, DatabaseKind kind) {
        String previous = "";
        for (int i = 1; i < k; i++) {
            String id = (i == k - 1 && failure == Failure.JAVA_EXCEPTION) ? "f_before_java" : String.format("f_%02d", i);
            if (i == 1) {
                List<String> upgrade = new ArrayList<>(List.of(
                        "CREATE TABLE rel_marks (revision_id VARCHAR(40) NOT NULL, applied_by VARCHAR(100))",
                        "CREATE TABLE t_" + id + " (id INTEGER NOT NULL PRIMARY KEY, n INTEGER)",
                        "INSERT INTO rel_marks (revision_id, applied_by) VALUES ('" + id + "', 'sql')",
                        "CREATE TABLE blk_victim (id INTEGER NOT NULL PRIMARY KEY, n INTEGER)",
                        "INSERT INTO blk_victim (id, n) VALUES (1, 1)"));
                scripts.revision(id, "", upgrade, List.of("DROP TABLE blk_victim", "DROP TABLE t_" + id,
                        "DROP TABLE rel_marks"));
            }
            else {
                scripts.plain(id, previous);
            }
            previous = id;
        }
        String failing;
        String statement = null;
        String source;
        if (failure == Failure.JAVA_EXCEPTION) {
            failing = "f_java";
            source = "FailingDataMigration";
        }
        else {
            failing = String.format("f_%02d", k);
            String table = "t_" + failing;
            statement = switch (failure) {
                case SYNTAX_ERROR -> "CREATE TABEL t_oops (id INTEGER)";
                case CONSTRAINT_VIOLATION -> "INSERT INTO " + table + " (id, n) VALUES (1, 20)";
                case DIVISION_BY_ZERO -> "UPDATE " + table + " SET n = n / (n - 10)";
                case LOCK_TIMEOUT -> (kind == DatabaseKind.H2) ? "UPDATE blk_victim SET n = 3"
                        : "ALTER TABLE blk_victim ADD COLUMN c INTEGER";
                default -> throw new IllegalArgumentException(failure.name());
            };
            Path file = scripts.revision(failing, previous, List.of(
                    "CREATE TABLE " + table + " (id INTEGER NOT NULL PRIMARY KEY, n INTEGER)",
                    "INSERT INTO rel_marks (revision_id, applied_by) VALUES ('" + failing + "', 'sql')",
                    "INSERT INTO " + table + " (id, n) VALUES (1, 10)",
                    statement,
                    "CREATE INDEX ix_" + failing + " ON " + table + " (n)"),
                    List.of("DROP TABLE " + table, "DELETE FROM rel_marks WHERE revision_id = '" + failing + "'"));
            source = file.getFileName().toString();
        }
        scripts.plain("f_after1", failing);
        scripts.plain("f_after2", "f_after1");
        return new Tree(scripts, previous, failing, source, statement);
    }

    private static Map<String, String> properties(TrialDatabase database, Tree tree, Failure failure) {
        return FailureTrials.properties(database, tree.scripts().location(),
                (failure == Failure.JAVA_EXCEPTION) ? "dev.revgraph.reliability.revisions.failing" : "", failure);
    }

    private static void assertWhatIsLeft(TrialDatabase database, Tree tree, Failure failure) throws Exception {
        String table = "t_" + tree.failing();
        assertThat(DatabaseFacts.versionRows(database)).as("version rows").containsExactly(tree.parent());
        if (database.kind() == DatabaseKind.POSTGRESQL) {
            assertThat(DatabaseFacts.tableExists(database, table)).as("PostgreSQL leaves no table of step k").isFalse();
            assertThat(DatabaseFacts.marks(database)).as("nor its mark").doesNotContainKey(tree.failing());
            assertThat(DatabaseFacts.inDoubt(database)).as("nor anything in doubt").isEmpty();
            return;
        }
        int done = (failure == Failure.JAVA_EXCEPTION) ? 2 : 3;
        assertThat(DatabaseFacts.inDoubt(database)).singleElement().satisfies((row) -> {
            assertThat(row.revision()).isEqualTo(tree.failing());
            assertThat(row.status()).isEqualTo("failed");
            assertThat(row.statementsDone()).isEqualTo(done);
        });
        assertThat(DatabaseFacts.tableExists(database, table)).as("the committed DDL of step k is there").isTrue();
        assertThat(DatabaseFacts.marks(database)).as("and its committed mark").containsEntry(tree.failing(), 1);
        if (failure != Failure.JAVA_EXCEPTION) {
            assertThat(DatabaseFacts.count(database, "SELECT COUNT(*) FROM " + table)).as("its data row").isOne();
        }
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable candidate = failure; candidate != null; candidate = candidate.getCause()) {
            if (type.isInstance(candidate)) {
                return type.cast(candidate);
            }
        }
        return null;
    }

    private record Tree(ScriptTree scripts, String parent, String failing, String source, String failingStatement) {
    }

}
