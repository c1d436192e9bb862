package dev.revgraph.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.revgraph.revision.Step;
import dev.revgraph.script.LoadedRevisions;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A step that another migrator is running now is not an attempt in doubt: while it holds the lock, its
 * {@code running} history row shows as {@code migrating} (so that instances already serving, in a rolling
 * deployment, do not report themselves DOWN meanwhile); once its process is gone, the same row is in doubt.
 */
class MigratingStatusTests {

    @RegisterExtension
    static final TestDatabaseExtension databases = TestDatabaseExtension.ofAllKinds();

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DatabaseKind.class, names = { "POSTGRESQL", "MARIADB", "H2" })
    void aRunningStepUnderTheLockIsMigratingNotInDoubt(DatabaseKind kind) throws Exception {
        TestDatabase database = databases.database(kind);
        Databases.clean(database);
        // not transactional, so that PostgreSQL keeps a running row too
        LoadedRevisions revisions = new RevisionFiles(Files.createDirectories(this.directory.resolve(kind.id())))
            .add("a1", List.of(), "-- transactional: false", "CREATE TABLE t_a1 (id INTEGER);", "DROP TABLE t_a1;")
            .add("b2", List.of("a1"), "-- transactional: false", "CREATE TABLE t_b2 (id INTEGER);",
                    "DROP TABLE t_b2;")
            .load(kind.id());
        CountDownLatch inStepTwo = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        MigrationListener holdStepTwo = new MigrationListener() {
            @Override
            public void beforeStatement(Step step, int statementIndex, String sql) {
                if ("b2".equals(step.revisionId())) {
                    inStepTwo.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    }
                    catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        Migrator running = Migrator.create(database.dataSource(), revisions, MigrationSettings.defaults(), holdStepTwo);
        Migrator observer = Migrator.create(database.dataSource(), revisions, MigrationSettings.defaults());

        CompletableFuture<MigrationResult> run = CompletableFuture.supplyAsync(() -> running.upgrade("heads"));
        try {
            assertThat(inStepTwo.await(30, TimeUnit.SECONDS)).isTrue();
            MigrationStatus during = observer.status();
            assertThat(during.migrating()).isTrue();
            assertThat(during.inDoubt()).isNull();
            assertThat(during.versionRows()).containsExactly("a1");
        }
        finally {
            release.countDown();
        }
        assertThat(run.get(30, TimeUnit.SECONDS).stepsRun()).hasSize(2);
        MigrationStatus after = observer.status();
        assertThat(after.migrating()).isFalse();
        assertThat(after.upToDate()).isTrue();
    }
}
