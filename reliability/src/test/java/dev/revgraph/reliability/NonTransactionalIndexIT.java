package dev.revgraph.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.revgraph.RevGraphException;
import dev.revgraph.reliability.app.ReliabilityApplication;
import dev.revgraph.runtime.MigrationSettings;
import dev.revgraph.runtime.Migrator;
import dev.revgraph.script.LoadedRevisions;
import dev.revgraph.script.RevisionLoader;
import dev.revgraph.testdb.DatabaseKind;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Scenario 10, non-transactional PostgreSQL.
 * <ul>
 * <li>A transactional revision (the default) holding {@code CREATE INDEX CONCURRENTLY} — as written, in
 * lower case across lines with a comment inside, or a {@code DROP INDEX CONCURRENTLY} in its downgrade —
 * is refused before anything runs: the error names the file and the statement's line, and the
 * {@link StatementLog} shows zero SQL (through the API, and the application in this JVM, which does not
 * start). The revisions before it do not run either. (A transactional Java revision whose operations
 * render the same statement is not refused yet: a RevGraph bug, shown by a disabled test.)</li>
 * <li>A {@code transactional: false} revision builds its index on a table of 300,000 rows (1,000,000 in the
 * full tier) while the other instances — separate JVMs released together at a start gate — wait for the
 * migration lock. To catch the index build in the act, the test holds a snapshot open (a
 * {@code REPEATABLE READ} transaction), which {@code CREATE INDEX CONCURRENTLY} must wait for: while it
 * waits, it waits for that transaction alone (no instance's session blocks it: {@code pg_blocking_pids}),
 * every other instance is waiting for the lock, and no session but the test's is idle in a transaction.
 * Then the test lets go: no deadlock — every instance starts, the three revisions ran once (marks,
 * history), and the index is valid and ready ({@code pg_index}).</li>
 * </ul>
 * PostgreSQL only. Instances: 4 (fast tier, 1 trial), 8 (full tier, 3 trials).
 */
@ExtendWith(OutputCaptureExtension.class)
class NonTransactionalIndexIT {

    private static final String INDEX = "ix_nt_big_grp_label";

    // --- a transactional revision holding a statement that cannot run in a transaction ---------------------

    /**
     * A third revision that must be refused.
     *
     * @param name the case
     * @param upgrade its upgrade section, from line 7
     * @param downgrade its downgrade section
     * @param line the line of the offending statement in {@code 0003_nt_03.sql}
     * @param what what the error calls the statement
     */
    record Refused(String name, String upgrade, String downgrade, int line, String what) {

        @Override
        public String toString() {
            return this.name;
        }

    }

    static Stream<Refused> refused() {
        String mark = "INSERT INTO rel_marks (revision_id, applied_by) VALUES ('nt_03', 'sql');\n";
        String unmark = "DELETE FROM rel_marks WHERE revision_id = 'nt_03';\n";
        return Stream.of(
                new Refused("create index concurrently", mark + "CREATE INDEX CONCURRENTLY ix_t_nt_01_n ON t_nt_01 (n);\n",
                        "DROP INDEX ix_t_nt_01_n;\n" + unmark, 8, "CREATE INDEX CONCURRENTLY"),
                new Refused("lower case, across lines, a comment inside",
                        mark + "create unique /* no lock on writes */ index\n    concurrently if not exists ix_t_nt_01_n "
                                + "on t_nt_01 (id, n);\n",
                        "drop index ix_t_nt_01_n;\n" + unmark, 8, "CREATE INDEX CONCURRENTLY"),
                new Refused("drop index concurrently in the downgrade", mark + "CREATE INDEX ix_t_nt_01_n ON t_nt_01 (n);\n",
                        unmark + "DROP INDEX CONCURRENTLY ix_t_nt_01_n;\n", 12, "DROP INDEX CONCURRENTLY"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aTransactionalRevisionThatCannotRunInATransactionIsRefusedBeforeAnySql(Refused refused,
            CapturedOutput output) throws Exception {
        Path directory = refusedTree(refused);
        String file = "0003_nt_03.sql";
        try (TrialDatabase database = TrialDatabase.shared(DatabaseKind.POSTGRESQL)) {
            StatementLog.clear();
            Throwable thrown = catchThrowable(() -> {
                LoadedRevisions revisions = RevisionLoader.forClassLoader(getClass().getClassLoader())
                    .load(List.of("filesystem:" + directory), database.vendor(), List.of());
                Migrator.create(StatementLog.wrap(database.dataSource()), revisions, MigrationSettings.defaults())
                    .upgrade("heads");
            });
            assertThat(thrown).as("through the API").isInstanceOf(RevGraphException.class);
            assertThat(thrown.getMessage()).contains(file + ":" + refused.line() + ": ")
                .contains(refused.what() + " cannot run inside a transaction")
                .contains("transactional: false");
            assertThat(StatementLog.sql()).as("SQL run through the API").isEmpty();

            Map<String, String> properties = new LinkedHashMap<>(database.springProperties());
            properties.put("migrations.locations", "filesystem:" + directory);
            properties.put("migrations.java-packages", "");
            int before = output.length();
            StatementLog.clear();
            Throwable failed = InProcessApplication.start(properties, StatementLog.LoggedDataSource.class);
            List<String> sql = StatementLog.sql();
            assertThat(failed).as("the application starts").isNotNull();
            assertThat(output.toString().substring(before)).contains("APPLICATION FAILED TO START")
                .contains(file + ":" + refused.line() + ": ")
                .contains(refused.what());
            assertThat(sql).as("SQL run by the application").isEmpty();
            assertThat(DatabaseFacts.tableExists(database, "revgraph_version")).as("the version table").isFalse();
            assertThat(DatabaseFacts.tableExists(database, "rel_marks")).as("revision nt_01's table").isFalse();
        }
    }

    /**
     * The same refusal for a Java revision, whose recorded operations render {@code CREATE INDEX
     * CONCURRENTLY}: refused when the plan is prepared, before the lock and any write (on this empty
     * database, before any SQL). (It used to be taken
     * for transactional: the lock was taken, nt_01 and nt_02 ran and committed, and then nt_java failed with
     * SQLSTATE 25001. See docs/reliability.md, what the trials found.)
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aTransactionalJavaRevisionThatBuildsAnIndexConcurrentlyIsRefusedBeforeAnySql(CapturedOutput output)
            throws Exception {
        ScriptTree tree = new ScriptTree(WorkDirectory.of("non-transactional", "refused", "java"));
        tree.plain("nt_01", "");
        tree.plain("nt_02", "nt_01");
        String java = "dev.revgraph.reliability.nontransactional";
        try (TrialDatabase database = TrialDatabase.shared(DatabaseKind.POSTGRESQL)) {
            Map<String, String> properties = new LinkedHashMap<>(database.springProperties());
            properties.put("migrations.locations", tree.location());
            properties.put("migrations.java-packages", java);
            int before = output.length();
            StatementLog.clear();
            Throwable failed = InProcessApplication.start(properties, StatementLog.LoggedDataSource.class);
            List<String> sql = StatementLog.sql();
            assertThat(failed).as("the application starts").isNotNull();
            assertThat(output.toString().substring(before)).contains("APPLICATION FAILED TO START")
                .contains("nt_java")
                .contains("ConcurrentIndexInTransaction");
            assertThat(sql).as("SQL run by the application").isEmpty();
            assertThat(DatabaseFacts.tableExists(database, "rel_marks")).as("revision nt_01's table").isFalse();
        }
    }

    private static Path refusedTree(Refused refused) {
        ScriptTree tree = new ScriptTree(
                WorkDirectory.of("non-transactional", "refused", refused.name().replaceAll("[^a-z]+", "-")));
        tree.plain("nt_01", "");
        tree.plain("nt_02", "nt_01");
        tree.write("0003_nt_03.sql", "-- revision: nt_03\n-- down_revision: nt_02\n-- message: nt_03\n"
                + "-- created: 2026-11-21T08:00:00Z\n\n-- migrate:upgrade\n" + refused.upgrade() + "\n-- migrate:downgrade\n"
                + refused.downgrade());
        return tree.directory().toAbsolutePath();
    }

    // --- a non-transactional revision builds its index while the others wait ----------------------------

    static Stream<Integer> trials() {
        return Stream.iterate(1, (trial) -> trial + 1).limit(Tier.trials(1, 3));
    }

    @ParameterizedTest(name = "trial {0}")
    @MethodSource("trials")
    void aNonTransactionalRevisionBuildsItsIndexWhileTheOtherInstancesWaitForTheLock(int trial) throws Exception {
        int instances = Tier.full() ? 8 : 4;
        int rows = Tier.full() ? 1_000_000 : 300_000;
        Path work = WorkDirectory.of("non-transactional", "concurrent", "trial-" + trial);
        Path gate = work.resolve("gate");
        ScriptTree tree = indexTree(work.resolve("revisions"), rows);
        try (TrialDatabase database = TrialDatabase.shared(DatabaseKind.POSTGRESQL)) {
            List<AppLauncher.Running> running = new ArrayList<>();
            Connection snapshot = database.connect();
            try {
                for (int i = 1; i <= instances; i++) {
                    running.add(AppLauncher.boot(database)
                        .property("migrations.locations", tree.location())
                        .property("migrations.java-packages", "")
                        .property("reliability.gate-dir", gate)
                        .property("reliability.instance", "i" + i)
                        .name("instance-" + i)
                        .start());
                }
                for (AppLauncher.Running instance : running) {
                    assertThat(instance.awaitLine((line) -> line.contains("Waiting at the start gate"), AppLauncher.TIMEOUT))
                        .as("%s reaches the gate:\n%s", instance, instance.output()).isTrue();
                }
                int holder = holdASnapshot(snapshot);
                Files.createFile(gate.resolve("go"));
                Building building = awaitTheBuildWaitingFor(database, holder);
                AppLauncher.Running builder = null;
                for (AppLauncher.Running instance : running) {
                    if (instance.output().contains("Running upgrade nt_01 -> nt_02")) {
                        builder = instance;
                    }
                }
                assertThat(builder).as("the instance building the index").isNotNull();
                for (AppLauncher.Running instance : running) {
                    if (instance != builder) {
                        assertThat(instance.awaitLine((line) -> line.contains("Waiting for the migration lock"),
                                AppLauncher.TIMEOUT)).as("another instance waits for the lock:\n%s", instance.output())
                            .isTrue();
                        assertThat(instance.isAlive()).isTrue();
                    }
                }
                List<String> idleInTransaction = idleInTransaction(database, holder);
                assertThat(idleInTransaction).as("sessions idle in a transaction, besides the test's").isEmpty();
                assertThat(blockers(database, building.pid())).as("what the index build waits for")
                    .containsExactly(holder);
                snapshot.commit();
                List<AppLauncher.Ended> ended = new ArrayList<>();
                for (AppLauncher.Running instance : running) {
                    ended.add(instance.awaitEnd(AppLauncher.TIMEOUT).saveTo(work));
                }
                for (AppLauncher.Ended end : ended) {
                    assertThat(end.exitCode()).as("%s:\n%s", end.name(), end.output()).isZero();
                    assertThat(end.output()).contains(ReliabilityApplication.STARTED);
                }
                long steps = ended.stream()
                    .flatMap((end) -> end.output().lines())
                    .filter((line) -> line.contains("Running upgrade "))
                    .count();
                assertThat(steps).as("steps run by all instances together").isEqualTo(3);
                Map<String, Integer> once = Map.of("nt_01", 1, "nt_02", 1, "nt_03", 1);
                assertThat(DatabaseFacts.marks(database)).isEqualTo(once);
                assertThat(DatabaseFacts.successfulUpgrades(database)).isEqualTo(once);
                assertThat(DatabaseFacts.versionRows(database)).containsExactly("nt_03");
                assertThat(DatabaseFacts.inDoubt(database)).isEmpty();
                assertThat(strings(database, "SELECT i.indisvalid || ',' || i.indisready FROM pg_index i "
                        + "JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = '" + INDEX + "'"))
                    .as("the index: valid, ready").containsExactly("true,true");
                assertThat(DatabaseFacts.count(database, "SELECT COUNT(*) FROM pg_index i JOIN pg_class c "
                        + "ON c.oid = i.indrelid WHERE c.relname = 'nt_big'")).as("indexes on nt_big: the key and ours")
                    .isEqualTo(2);
                assertThat(strings(database, "SELECT single_transaction || ',' || statements_done FROM revgraph_history "
                        + "WHERE revision = 'nt_02'")).as("nt_02's history: outside a transaction, 2 statements")
                    .containsExactly("false,2");
                long waited = ended.stream().filter((end) -> end.output().contains("Waiting for the migration lock")).count();
                Reports.record("non-transactional", "trial " + trial + ": " + instances + " instances, " + rows
                        + " rows; the index build (phase '" + building.phase() + "') waited for the test's snapshot "
                        + "alone (before it, briefly, for " + building.waitedBefore() + ") while " + waited + " instances waited for the lock; index valid; nt_02 took "
                        + strings(database, "SELECT duration_ms FROM revgraph_history WHERE revision = 'nt_02'")
                        + " ms (the held snapshot included)");
            }
            finally {
                snapshot.close();
                running.forEach((instance) -> instance.process().destroyForcibly());
            }
        }
    }

    /** nt_01 fills a table, nt_02 ({@code transactional: false}) indexes it concurrently, nt_03 follows. */
    private static ScriptTree indexTree(Path directory, int rows) {
        ScriptTree tree = new ScriptTree(directory);
        tree.revision("nt_01", "", List.of("CREATE TABLE rel_marks (revision_id VARCHAR(40) NOT NULL, applied_by VARCHAR(100))",
                "CREATE TABLE nt_big (id BIGINT NOT NULL PRIMARY KEY, grp INTEGER NOT NULL, label TEXT NOT NULL)",
                "INSERT INTO nt_big (id, grp, label) SELECT g, g % 1000, md5(g::text) FROM generate_series(1, " + rows + ") g",
                "INSERT INTO rel_marks (revision_id, applied_by) VALUES ('nt_01', 'sql')"),
                List.of("DROP TABLE nt_big", "DROP TABLE rel_marks"));
        tree.write("0002_nt_02.sql", "-- revision: nt_02\n-- down_revision: nt_01\n-- message: nt_02\n"
                + "-- created: 2026-11-21T08:00:00Z\n-- transactional: false\n\n-- migrate:upgrade\n"
                + "CREATE INDEX CONCURRENTLY " + INDEX + " ON nt_big (grp, label);\n"
                + "INSERT INTO rel_marks (revision_id, applied_by) VALUES ('nt_02', 'sql');\n\n-- migrate:downgrade\n"
                + "DROP INDEX CONCURRENTLY " + INDEX + ";\nDELETE FROM rel_marks WHERE revision_id = 'nt_02';\n");
        tree.write("0003_nt_03.sql", "-- revision: nt_03\n-- down_revision: nt_02\n-- message: nt_03\n"
                + "-- created: 2026-11-21T08:00:00Z\n\n-- migrate:upgrade\n"
                + "CREATE TABLE t_nt_03 (id INTEGER NOT NULL PRIMARY KEY);\n"
                + "INSERT INTO rel_marks (revision_id, applied_by) VALUES ('nt_03', 'sql');\n\n-- migrate:downgrade\n"
                + "DROP TABLE t_nt_03;\nDELETE FROM rel_marks WHERE revision_id = 'nt_03';\n");
        return tree;
    }

    /**
     * Opens a {@code REPEATABLE READ} transaction and takes its snapshot: a concurrent index build started
     * later must wait for it to end. Returns the session's pid.
     */
    private static int holdASnapshot(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT pg_backend_pid(), (SELECT COUNT(*) FROM pg_class)")) {
            result.next();
            return result.getInt(1);
        }
    }

    /**
     * The index build, caught waiting for {@code holder}'s snapshot. It may wait a moment for another
     * session's short statement (a lock poll) first; an instance holding a transaction open would block it
     * for good, and then it never comes to wait for {@code holder} alone.
     */
    private static Building awaitTheBuildWaitingFor(TrialDatabase database, int holder) throws Exception {
        long deadline = System.nanoTime() + AppLauncher.TIMEOUT.toNanos();
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT a.pid, "
                            + "array_to_string(pg_blocking_pids(a.pid), ','), p.phase FROM pg_stat_activity a "
                            + "LEFT JOIN pg_stat_progress_create_index p ON p.pid = a.pid "
                            + "WHERE a.datname = current_database() AND a.state = 'active' "
                            + "AND a.query ILIKE 'CREATE INDEX CONCURRENTLY%'")) {
                if (result.next()) {
                    String blockers = result.getString(2);
                    if (String.valueOf(holder).equals(blockers)) {
                        return new Building(result.getInt(1), result.getString(3), seen);
                    }
                    if (blockers != null && !blockers.isEmpty() && !seen.contains(blockers)) {
                        seen.add(blockers);
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No CREATE INDEX CONCURRENTLY came to wait for the test's snapshot (pid " + holder
                + ") in " + AppLauncher.TIMEOUT + "; it waited for " + seen);
    }

    private static List<Integer> blockers(TrialDatabase database, int pid) throws SQLException {
        List<Integer> pids = new ArrayList<>();
        for (String value : strings(database, "SELECT unnest(pg_blocking_pids(" + pid + "))")) {
            pids.add(Integer.valueOf(value));
        }
        return pids;
    }

    private static List<String> idleInTransaction(TrialDatabase database, int holder) throws SQLException {
        return strings(database, "SELECT pid || ' ' || coalesce(application_name, '') || ': ' || left(query, 80) "
                + "FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%' "
                + "AND pid <> " + holder);
    }

    private static List<String> strings(TrialDatabase database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }

    /**
     * A {@code CREATE INDEX CONCURRENTLY} in progress.
     *
     * @param pid its session
     * @param phase what {@code pg_stat_progress_create_index} says it is doing
     * @param waitedBefore the sessions it was seen waiting for before the test's
     */
    private record Building(int pid, String phase, List<String> waitedBefore) {
    }

}
