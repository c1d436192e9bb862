package dev.revgraph.runtime;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import dev.revgraph.script.LoadedRevisions;
import dev.revgraph.testdb.AllDatabasesTest;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Eight migrators, each with its own connections, upgrading one database at once, round after round. */
class ConcurrentMigrationTests {

    private static final int THREADS = 8;

    private static final int ROUNDS = 20;

    @RegisterExtension
    static final TestDatabaseExtension databases = TestDatabaseExtension.ofAllKinds();

    @TempDir
    Path directory;

    /** 30 revisions: a chain of 10, two branches of 9, their merge and one more. */
    private RevisionFiles tree() {
        RevisionFiles files = new RevisionFiles(this.directory).add("r01", List.of(), "",
                RevisionFiles.revlogTable() + "\n" + RevisionFiles.standardUpgrade("r01"),
                RevisionFiles.standardDowngrade("r01") + "\nDROP TABLE revlog;");
        for (int i = 2; i <= 10; i++) {
            files.add(String.format("r%02d", i), String.format("r%02d", i - 1));
        }
        for (String branch : List.of("x", "y")) {
            files.add(branch + "11", "r10");
            for (int i = 12; i <= 19; i++) {
                files.add(branch + i, branch + (i - 1));
            }
        }
        files.add("m29", "x19", "y19");
        return files.add("r30", "m29");
    }

    @AllDatabasesTest
    void appliesEveryRevisionExactlyOnceWhateverTheInterleaving(DatabaseKind kind) throws Exception {
        TestDatabase database = databases.database(kind);
        LoadedRevisions revisions = tree().load(kind.id());
        ExecutorService executor = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Databases.clean(database);
                List<CompletableFuture<MigrationResult>> runs = new ArrayList<>();
                for (int thread = 0; thread < THREADS; thread++) {
                    Migrator migrator = Migrator.create(database.dataSource(), revisions, MigrationSettings.defaults());
                    runs.add(CompletableFuture.supplyAsync(() -> migrator.upgrade("heads"), executor));
                }
                int stepsRun = 0;
                for (CompletableFuture<MigrationResult> run : runs) {
                    MigrationResult result = run.get(60, TimeUnit.SECONDS);
                    assertThat(result.rowsAfter()).containsExactly("r30");
                    stepsRun += result.stepsRun().size();
                }
                assertThat(stepsRun).as("steps run in round %d", round).isEqualTo(30);
                assertRound(database, revisions);
            }
        }
        finally {
            executor.shutdownNow();
        }
    }

    private void assertRound(TestDatabase database, LoadedRevisions revisions) throws SQLException {
        List<String> ids = revisions.revisions().stream().map((info) -> info.id()).toList();
        assertThat(Databases.list(database, "SELECT rev FROM revlog")).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(Databases.list(database, "SELECT revision FROM revgraph_history WHERE status = 'success'"))
            .containsExactlyInAnyOrderElementsOf(ids);
        assertThat(Databases.list(database, "SELECT revision FROM revgraph_applied"))
            .containsExactlyInAnyOrderElementsOf(ids);
        assertThat(Databases.list(database, "SELECT version_num FROM revgraph_version")).containsExactly("r30");
    }
}
