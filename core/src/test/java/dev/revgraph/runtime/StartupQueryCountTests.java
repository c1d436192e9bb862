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

    private CountingDataSource counting;

    @AllDatabasesTest
    void aStartupAtHeadsIssuesTheSameNumberOfQueriesFor10And200Revisions(DatabaseKind kind) throws Exception {
        TestDatabase database = databases.database(kind);
        int[] ten = startupQueries(database, 10);
        int[] twoHundred = startupQueries(database, 200);

        assertThat(twoHundred).containsExactly(ten);
        assertThat(ten[0]).isLessThan(15);
    }

    @AllDatabasesTest
    void aStartupAtHeadsReadsTheSameRowsFor10And200Revisions(DatabaseKind kind) throws Exception {
        TestDatabase database = databases.database(kind);
        int ten = startupRows(database, 10);
        int twoHundred = startupRows(database, 200);

        // the applied set is compared as one aggregate row, not read row by row
        assertThat(twoHundred).isEqualTo(ten);
        assertThat(ten).isLessThan(10);
    }

    /** Queries of upgrade("heads"), validate() and status() on a database already at heads. */
    private int[] startupQueries(TestDatabase database, int count) throws Exception {
        Migrator migrator = migratorAtHeads(database, count);
        this.counting.reset();
        assertThat(migrator.upgrade("heads").stepsRun()).isEmpty();
        int upgrade = this.counting.queries();
        this.counting.reset();
        migrator.validate();
        int validate = this.counting.queries();
        this.counting.reset();
        assertThat(migrator.status().upToDate()).isTrue();
        int status = this.counting.queries();
        return new int[] { upgrade, validate, status };
    }

    /** Rows read by upgrade("heads") on a database already at heads. */
    private int startupRows(TestDatabase database, int count) throws Exception {
        Migrator migrator = migratorAtHeads(database, count);
        this.counting.reset();
        assertThat(migrator.upgrade("heads").stepsRun()).isEmpty();
        return this.counting.rowsRead();
    }

    /** A migrator on a counting data source, for a chain of {@code count} revisions already applied. */
    private Migrator migratorAtHeads(TestDatabase database, int count) throws Exception {
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

        this.counting = new CountingDataSource(database.dataSource());
        return Migrator.create(this.counting, revisions, MigrationSettings.defaults());
    }
}
