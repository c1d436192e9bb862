package dev.revgraph.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.revgraph.script.LoadedRevisions;
import dev.revgraph.testdb.AllDatabasesTest;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a revision costs in bookkeeping, and that the batched writes leave the same rows as one
 * statement at a time did: per single-statement revision one commit and two executions (the statement,
 * then one batch of bookkeeping writes) on every database — on PostgreSQL because the step is one
 * transaction, on MariaDB and H2 because each step's final commit also carries the next step's
 * {@code running} row.
 */
class BookkeepingProtocolTests {

    @RegisterExtension
    static final TestDatabaseExtension databases = TestDatabaseExtension.ofAllKinds();

    @TempDir
    Path directory;

    @AllDatabasesTest
    void eachFurtherRevisionCostsOneCommitAndTwoExecutions(DatabaseKind kind) throws Exception {
        TestDatabase database = databases.database(kind);
        int[] ten = upgradeCounts(database, 10);
        int[] thirty = upgradeCounts(database, 30);

        assertThat((thirty[0] - ten[0]) / 20.0).as("executions per revision").isEqualTo(2.0);
        assertThat((thirty[1] - ten[1]) / 20.0).as("commits per revision").isEqualTo(1.0);
    }

    @AllDatabasesTest
    void everyStepLeavesASuccessRowThatItsAppliedRowPointsTo(DatabaseKind kind) throws Exception {
        TestDatabase database = databases.database(kind);
        Databases.clean(database);
        LoadedRevisions revisions = chain(database, "rows", 6);
        Migrator migrator = Migrator.create(database.dataSource(), revisions, MigrationSettings.defaults());

        migrator.upgrade("heads");
        migrator.downgrade("r2");

        List<HistoryEntry> history = migrator.history();
        assertThat(history).extracting(HistoryEntry::status).containsOnly(HistoryEntry.Status.SUCCESS);
        assertThat(history).extracting(HistoryEntry::revision)
            .containsExactly("r0", "r1", "r2", "r3", "r4", "r5", "r5", "r4", "r3");
        assertThat(history).allSatisfy((entry) -> {
            assertThat(entry.statementsDone()).isEqualTo(1);
            assertThat(entry.finished()).isNotNull();
        });
        // each applied row names the history row of its own upgrade
        List<String> pairs = Databases.list(database, "SELECT CONCAT(a.revision, '=', h.revision, ':', h.direction) "
                + "FROM revgraph_applied a JOIN revgraph_history h ON h.id = a.history_id ORDER BY a.revision");
        assertThat(pairs).containsExactly("r0=r0:upgrade", "r1=r1:upgrade", "r2=r2:upgrade");
        assertThat(migrator.status().versionRows()).containsExactly("r2");
        assertThat(migrator.status().inDoubt()).isNull();
    }

    /** Executions and commits of upgrading an empty database through a chain of {@code count} revisions. */
    private int[] upgradeCounts(TestDatabase database, int count) throws Exception {
        Databases.clean(database);
        LoadedRevisions revisions = chain(database, "n" + count, count);
        CountingDataSource counting = new CountingDataSource(database.dataSource());
        Migrator migrator = Migrator.create(counting, revisions, MigrationSettings.defaults());
        counting.reset();
        assertThat(migrator.upgrade("heads").stepsRun()).hasSize(count);
        return new int[] { counting.queries(), counting.commits() };
    }

    private LoadedRevisions chain(TestDatabase database, String name, int count) throws Exception {
        Path dir = Files.createDirectories(this.directory.resolve(name));
        RevisionFiles files = new RevisionFiles(dir);
        List<String> parents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            files.add("r" + i, parents, "", "CREATE TABLE t_r" + i + " (id INTEGER);", "DROP TABLE t_r" + i + ";");
            parents = List.of("r" + i);
        }
        return files.load(database.kind().id());
    }
}
