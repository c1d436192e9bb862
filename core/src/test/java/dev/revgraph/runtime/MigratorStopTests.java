package dev.revgraph.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import dev.revgraph.RevGraphException;
import dev.revgraph.revision.Step;
import dev.revgraph.script.LoadedRevisions;
import dev.revgraph.testdb.AllDatabasesTest;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link Migrator#requestStop()}, what a shutting-down process calls: the step that runs finishes, the
 * run stops before the next one with nothing in doubt and the lock free, and a later run goes on.
 */
class MigratorStopTests {

    @RegisterExtension
    static final TestDatabaseExtension databases = TestDatabaseExtension.ofAllKinds();

    @TempDir
    Path directory;

    @AllDatabasesTest
    void aStopDuringAStepEndsTheRunAfterThatStep(DatabaseKind kind) throws Exception {
        TestDatabase database = databases.database(kind);
        Databases.clean(database);
        LoadedRevisions revisions = chain(kind, 5);
        AtomicReference<Migrator> victim = new AtomicReference<>();
        List<String> started = new ArrayList<>();
        MigrationListener stopInStepTwo = new MigrationListener() {
            @Override
            public void stepStarted(Step step, int index, int total) {
                started.add(step.revisionId());
                if (index == 2) {
                    victim.get().requestStop();
                }
            }
        };
        victim.set(Migrator.create(database.dataSource(), revisions, MigrationSettings.defaults(), stopInStepTwo));

        assertThatExceptionOfType(RevGraphException.class).isThrownBy(() -> victim.get().upgrade("heads"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("interrupted"))
            .withMessageContaining("after step 2 of 5")
            .withMessageContaining("Not run: ");

        assertThat(started).containsExactly("r0", "r1");
        assertThat(victim.get().awaitIdle(Duration.ofSeconds(5))).isTrue();
        Migrator next = Migrator.create(database.dataSource(), revisions,
                MigrationSettings.builder().lockTimeout(Duration.ofSeconds(2)).build());
        MigrationStatus status = next.status();
        assertThat(status.versionRows()).containsExactly("r1");
        assertThat(status.inDoubt()).isNull();
        assertThat(next.history()).extracting(HistoryEntry::revision).containsExactly("r0", "r1");

        assertThat(next.upgrade("heads").stepsRun()).hasSize(3);
        assertThat(Databases.strings(database, "SELECT rev FROM revlog")).containsExactlyInAnyOrder("r0", "r1", "r2",
                "r3", "r4");
    }

    @AllDatabasesTest
    void aMigratorAskedToStopRunsNothingMore(DatabaseKind kind) throws Exception {
        TestDatabase database = databases.database(kind);
        Databases.clean(database);
        Migrator migrator = Migrator.create(database.dataSource(), chain(kind, 2), MigrationSettings.defaults());
        migrator.requestStop();

        assertThatExceptionOfType(RevGraphException.class).isThrownBy(() -> migrator.upgrade("heads"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("interrupted"))
            .withMessageContaining("Nothing was run");
        assertThat(migrator.status().versionRows()).isEmpty();
    }

    private LoadedRevisions chain(DatabaseKind kind, int count) throws Exception {
        RevisionFiles files = new RevisionFiles(Files.createDirectories(this.directory.resolve(kind.id())))
            .add("r0", List.of(), "", RevisionFiles.revlogTable() + "\n" + RevisionFiles.standardUpgrade("r0"),
                    RevisionFiles.standardDowngrade("r0") + "\nDROP TABLE revlog;");
        for (int i = 1; i < count; i++) {
            files.add("r" + i, "r" + (i - 1));
        }
        return files.load(kind.id());
    }
}
