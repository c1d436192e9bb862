package dev.revgraph.runtime;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.revgraph.revision.Step;
import dev.revgraph.runtime.lock.LockTimeoutException;
import dev.revgraph.testdb.AllDatabasesTest;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MigratorLockTests {

    @RegisterExtension
    static final TestDatabaseExtension databases = TestDatabaseExtension.ofAllKinds();

    @TempDir
    Path directory;

    private TestDatabase database(DatabaseKind kind) throws SQLException {
        TestDatabase database = databases.database(kind);
        Databases.clean(database);
        return database;
    }

    private RevisionFiles files() {
        return new RevisionFiles(this.directory)
            .add("a1", List.of(), "", RevisionFiles.revlogTable() + "\n" + RevisionFiles.standardUpgrade("a1"),
                    RevisionFiles.standardDowngrade("a1") + "\nDROP TABLE revlog;")
            .add("b2", "a1");
    }

    @AllDatabasesTest
    void aSecondMigratorWaitsForTheLockAndThenFindsTheWorkDone(DatabaseKind kind) throws Exception {
        TestDatabase database = database(kind);
        RevisionFiles files = files();
        Holding holding = new Holding();
        Migrator first = Migrator.create(database.dataSource(), files.load(kind.id()), MigrationSettings.defaults(),
                holding);
        Migrator second = Migrator.create(database.dataSource(), files.load(kind.id()), MigrationSettings.defaults());

        CompletableFuture<MigrationResult> firstRun = CompletableFuture.supplyAsync(() -> first.upgrade("heads"));
        assertThat(holding.started.await(20, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<MigrationResult> secondRun = CompletableFuture.supplyAsync(() -> second.upgrade("heads"));
        Thread.sleep(600);
        assertThat(secondRun).isNotDone();
        holding.release.countDown();

        assertThat(firstRun.get(30, TimeUnit.SECONDS).stepsRun()).hasSize(2);
        MigrationResult waited = secondRun.get(30, TimeUnit.SECONDS);
        assertThat(waited.stepsRun()).isEmpty();
        assertThat(waited.rowsAfter()).containsExactly("b2");
        assertThat(Databases.list(database, "SELECT rev FROM revlog")).containsExactlyInAnyOrder("a1", "b2");
    }

    @AllDatabasesTest
    void failsWithLockTimeoutNamingTheHolder(DatabaseKind kind) throws Exception {
        TestDatabase database = database(kind);
        RevisionFiles files = files();
        Holding holding = new Holding();
        Migrator first = Migrator.create(database.dataSource(), files.load(kind.id()), MigrationSettings.defaults(),
                holding);
        Migrator impatient = Migrator.create(database.dataSource(), files.load(kind.id()),
                MigrationSettings.builder().lockTimeout(Duration.ofMillis(400)).build());
        CompletableFuture<MigrationResult> firstRun = CompletableFuture.supplyAsync(() -> first.upgrade("heads"));
        try {
            assertThat(holding.started.await(20, TimeUnit.SECONDS)).isTrue();
            String holderWords = switch (kind) {
                case POSTGRESQL -> "pid ";
                case MARIADB -> "connection id ";
                case H2 -> "H2 session ";
            };
            assertThatExceptionOfType(LockTimeoutException.class).isThrownBy(() -> impatient.upgrade("heads"))
                .satisfies((ex) -> {
                    assertThat(ex.code()).isEqualTo("lock_timeout");
                    assertThat(ex.holder()).contains(holderWords);
                })
                .withMessageContaining("within 400 ms")
                .withMessageContaining(holderWords);
        }
        finally {
            holding.release.countDown();
        }
        assertThat(firstRun.get(30, TimeUnit.SECONDS).rowsAfter()).containsExactly("b2");
    }

    @AllDatabasesTest
    void runsWithoutALockWhenDisabled(DatabaseKind kind) throws Exception {
        TestDatabase database = database(kind);
        Migrator migrator = Migrator.create(database.dataSource(), files().load(kind.id()),
                MigrationSettings.builder().lockEnabled(false).build());

        assertThat(migrator.upgrade("heads").rowsAfter()).containsExactly("b2");
    }

    /** Holds the first step open until released. */
    static final class Holding implements MigrationListener {

        final CountDownLatch started = new CountDownLatch(1);

        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void stepStarted(Step step, int index, int total) {
            if (index == 1) {
                this.started.countDown();
                try {
                    this.release.await(30, TimeUnit.SECONDS);
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
