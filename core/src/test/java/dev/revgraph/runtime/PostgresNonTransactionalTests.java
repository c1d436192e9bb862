package dev.revgraph.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabaseExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code transactional: false} on PostgreSQL: outside a transaction, while the lock is held. */
class PostgresNonTransactionalTests {

    @RegisterExtension
    static final TestDatabaseExtension postgres = TestDatabaseExtension.of(DatabaseKind.POSTGRESQL);

    @TempDir
    Path directory;

    @Test
    @Timeout(60)
    void createsAnIndexConcurrentlyWhileHoldingTheLockWithWaitersPolling(TestDatabase database) throws Exception {
        Databases.clean(database);
        RevisionFiles files = new RevisionFiles(this.directory)
            .add("a1", List.of(), "", RevisionFiles.revlogTable() + "\n" + RevisionFiles.standardUpgrade("a1"),
                    RevisionFiles.standardDowngrade("a1") + "\nDROP TABLE revlog;")
            .add("b2", List.of("a1"), "-- transactional: false\n",
                    "CREATE INDEX CONCURRENTLY ix_revlog_rev ON revlog (rev);\nINSERT INTO revlog (rev) VALUES ('b2');",
                    "DROP INDEX CONCURRENTLY ix_revlog_rev;\nDELETE FROM revlog WHERE rev = 'b2';");
        MigratorLockTests.Holding holding = new MigratorLockTests.Holding();
        Migrator first = Migrator.create(database.dataSource(), files.load("postgresql"), MigrationSettings.defaults(),
                new MigrationListener() {
                    @Override
                    public void stepStarted(dev.revgraph.revision.Step step, int index, int total) {
                        if (index == 2) {
                            holding.stepStarted(step, 1, total);
                        }
                    }
                });
        Migrator waiter = Migrator.create(database.dataSource(), files.load("postgresql"), MigrationSettings.defaults());

        CompletableFuture<MigrationResult> firstRun = CompletableFuture.supplyAsync(() -> first.upgrade("heads"));
        assertThat(holding.started.await(20, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<MigrationResult> waiting = CompletableFuture.supplyAsync(() -> waiter.upgrade("heads"));
        Thread.sleep(300);
        holding.release.countDown();

        assertThat(firstRun.get(40, TimeUnit.SECONDS).rowsAfter()).containsExactly("b2");
        assertThat(waiting.get(40, TimeUnit.SECONDS).stepsRun()).isEmpty();
        assertThat(Databases.list(database,
                "SELECT indexname FROM pg_indexes WHERE tablename = 'revlog' AND indexname = 'ix_revlog_rev'"))
            .containsExactly("ix_revlog_rev");
        HistoryEntry b2 = first.history().get(1);
        assertThat(b2.atomic()).isFalse();
        assertThat(b2.statementsDone()).isEqualTo(2);
        assertThat(first.downgrade("a1").rowsAfter()).containsExactly("a1");
    }
}
