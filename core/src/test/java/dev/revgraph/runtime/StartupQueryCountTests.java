package dev.revgraph.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.revgraph.testdb.AllDatabasesTest;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The cost of a start-up at heads does not grow with the number of applied revisions. */
class StartupQueryCountTests {

    @RegisterExtension
    static final TestDatabaseExtension databases = TestDatabaseExtension.ofAllKinds();

    @TempDir
    Path directory;

    @AllDatabasesTest
    void aStartupAtHeadsIssuesTheSameNumberOfQueriesFor10And200Revisions(DatabaseKind kind) throws Exception {
        TestDatabase database = databases.database(kind);
        int[] ten = startupQueries(database, 10);
        int[] twoHundred = startupQueries(database, 200);

        assertThat(twoHundred).containsExactly(ten);
        assertThat(ten[0]).isLessThan(15);
    }

    /** Queries of upgrade("heads"), validate() and status() on a database already at heads. */
    private int[] startupQueries(TestDatabase database, int count) throws Exception {
        Databases.clean(database);
        Path dir = Files.createDirectories(this.directory.resolve("n" + count));
        RevisionFiles files = new RevisionFiles(dir).add("r0", List.of(), "", "CREATE TABLE t_r0 (id INTEGER);",
                "DROP TABLE t_r0;");
        for (int i = 1; i < count; i++) {
            files.add("r" + i, List.of("r" + (i - 1)), "", "CREATE TABLE t_r" + i + " (id INTEGER);",
                    "DROP TABLE t_r" + i + ";");
        }
        var revisions = files.load(database.kind().id());
        Migrator.create(database.dataSource(), revisions, MigrationSettings.defaults()).upgrade("heads");

        CountingDataSource counting = new CountingDataSource(database.dataSource());
        Migrator migrator = Migrator.create(counting, revisions, MigrationSettings.defaults());
        counting.reset();
        assertThat(migrator.upgrade("heads").stepsRun()).isEmpty();
        int upgrade = counting.queries();
        counting.reset();
        migrator.validate();
        int validate = counting.queries();
        counting.reset();
        assertThat(migrator.status().upToDate()).isTrue();
        int status = counting.queries();
        return new int[] { upgrade, validate, status };
    }
}
