package dev.revgraph.runtime;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code revgraph.test.halt-at}: a child JVM halts at a phase, as a crash would, and the next run shows
 * what the protocol left behind.
 */
class FaultInjectionTests {

    @TempDir
    Path directory;

    private Path revisions() throws IOException {
        Path dir = Files.createDirectories(this.directory.resolve("revisions"));
        new RevisionFiles(dir)
            .add("a1", List.of(), "", RevisionFiles.revlogTable() + "\n" + RevisionFiles.standardUpgrade("a1"),
                    RevisionFiles.standardDowngrade("a1") + "\nDROP TABLE revlog;")
            .add("b2", "a1");
        return dir;
    }

    @Test
    void haltingAfterAStatementOnH2LeavesARunningRecordTheNextRunRefuses() throws Exception {
        String url = "jdbc:h2:file:" + this.directory.resolve("db").toAbsolutePath() + ";WRITE_DELAY=0";
        DataSource dataSource = new FaultInjectionMain.SimpleDataSource(url, "sa", "");
        assertHaltAfterStatementIsRefused(url, "sa", "", "h2", dataSource);
    }

    @Test
    void haltingAfterAStatementOnMariaDbLeavesARunningRecordTheNextRunRefuses() throws Exception {
        try (TestDatabase database = TestDatabases.create(DatabaseKind.MARIADB)) {
            assertHaltAfterStatementIsRefused(database.jdbcUrl(), database.user(), database.password(), "mariadb",
                    database.dataSource());
        }
    }

    private void assertHaltAfterStatementIsRefused(String url, String user, String password, String vendor,
            DataSource dataSource) throws Exception {
        Path revisions = revisions();
        // a1 has three statements; the fourth is b2's first: CREATE TABLE t_b2.
        Child child = runChild(url, user, password, revisions, vendor, "after-statement:4");
        assertThat(child.exitStatus).as(child.output).isEqualTo(FaultInjectionListener.HALT_STATUS);
        assertThat(child.output).contains("Running upgrade a1 -> b2").contains("halting at after-statement:4");

        Migrator migrator = Migrator.create(dataSource, new RevisionFiles(revisions).load(vendor),
                MigrationSettings.defaults());
        HistoryEntry record = migrator.status().inDoubt();
        assertThat(record).isNotNull();
        assertThat(record.revision()).isEqualTo("b2");
        assertThat(record.status()).isEqualTo(HistoryEntry.Status.RUNNING);
        assertThat(record.statementsDone()).isZero();
        assertThat(record.statementsTotal()).isEqualTo(2);
        assertThatExceptionOfType(FailedRevisionException.class).isThrownBy(() -> migrator.upgrade("heads"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("failed_revision"))
            .withMessageContaining("Revision b2 (filesystem:")
            .withMessageContaining("the process stopped while it ran")
            .withMessageContaining("Statement 1 (line 6: CREATE TABLE t_b2 (id INTEGER)) may or may not have run")
            .withMessageContaining("Statement 2 did not run");

        // The operator checks: statement 1 did run. Finish by hand and mark it applied.
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("INSERT INTO revlog (rev) VALUES ('b2')");
        }
        migrator.resolve("b2", ResolveAction.MARK_APPLIED);
        assertThat(migrator.status().upToDate()).isTrue();
        assertThat(migrator.status().versionRows()).containsExactly("b2");
    }

    @Test
    void haltingAfterAStepsCommitOnMariaDbLeavesTheNextStepRunningWithNothingDone() throws Exception {
        // The final commit of a1 carries b2's running row (one commit per revision), so a crash between the
        // two steps looks like a crash before b2's first statement: in doubt, and resolved by a retry.
        try (TestDatabase database = TestDatabases.create(DatabaseKind.MARIADB)) {
            Path revisions = revisions();
            Child child = runChild(database.jdbcUrl(), database.user(), database.password(), revisions, "mariadb",
                    "after-commit:1");
            assertThat(child.exitStatus).as(child.output).isEqualTo(FaultInjectionListener.HALT_STATUS);

            Migrator migrator = Migrator.create(database.dataSource(), new RevisionFiles(revisions).load("mariadb"),
                    MigrationSettings.defaults());
            MigrationStatus status = migrator.status();
            assertThat(status.versionRows()).containsExactly("a1");
            assertThat(status.inDoubt()).isNotNull();
            assertThat(status.inDoubt().revision()).isEqualTo("b2");
            assertThat(status.inDoubt().status()).isEqualTo(HistoryEntry.Status.RUNNING);
            assertThat(status.inDoubt().statementsDone()).isZero();
            assertThatExceptionOfType(FailedRevisionException.class).isThrownBy(() -> migrator.upgrade("heads"))
                .withMessageContaining("Revision b2 (filesystem:")
                .withMessageContaining("Statement 1 (line 6: CREATE TABLE t_b2 (id INTEGER)) may or may not have run");

            migrator.resolve("b2", ResolveAction.RETRY);
            migrator.upgrade("heads");
            assertThat(migrator.status().versionRows()).containsExactly("b2");
            assertThat(Databases.list(database, "SELECT rev FROM revlog")).containsExactlyInAnyOrder("a1", "b2");
        }
    }

    @Test
    void haltingAfterTheBookkeepingOnPostgresLeavesNothingOfTheStep() throws Exception {
        try (TestDatabase database = TestDatabases.create(DatabaseKind.POSTGRESQL)) {
            Path revisions = revisions();
            Child child = runChild(database.jdbcUrl(), database.user(), database.password(), revisions,
                    "postgresql", "after-bookkeeping:2");
            assertThat(child.exitStatus).as(child.output).isEqualTo(FaultInjectionListener.HALT_STATUS);

            Migrator migrator = Migrator.create(database.dataSource(), new RevisionFiles(revisions).load("postgresql"),
                    MigrationSettings.defaults());
            MigrationStatus status = migrator.status();
            assertThat(status.inDoubt()).isNull();
            assertThat(status.versionRows()).containsExactly("a1");
            assertThat(migrator.history()).extracting(HistoryEntry::revision).containsExactly("a1");

            MigrationResult result = migrator.upgrade("heads");

            assertThat(result.plan().revisionIds()).containsExactly("b2");
            assertThat(Databases.list(database, "SELECT rev FROM revlog")).containsExactlyInAnyOrder("a1", "b2");
        }
    }

    @Test
    void withoutThePropertyNothingHalts() {
        FaultInjectionListener listener = FaultInjectionListener.fromSystemProperty();
        listener.afterCommit(null, java.time.Duration.ZERO);
        listener.afterStatement(null, 1, "SELECT 1");
    }

    private Child runChild(String url, String user, String password, Path revisions, String vendor, String haltAt)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-D" + FaultInjectionListener.PROPERTY + "=" + haltAt);
        command.add(FaultInjectionMain.class.getName());
        command.add(url);
        command.add(revisions.toAbsolutePath().toString());
        command.add(vendor);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("REVGRAPH_CHILD_USER", user);
        builder.environment().put("REVGRAPH_CHILD_PASSWORD", password);
        File log = this.directory.resolve("child-" + vendor + ".log").toFile();
        builder.redirectOutput(log);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("The child JVM did not finish");
        }
        return new Child(process.exitValue(), Files.readString(log.toPath(), StandardCharsets.UTF_8));
    }

    private record Child(int exitStatus, String output) {
    }
}
