package dev.revgraph.runtime;

import java.nio.file.Path;
import java.util.List;

import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabaseExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** {@link TransactionMode#ALL} on PostgreSQL: the whole plan commits, or nothing does. */
class TransactionModeAllTests {

    @RegisterExtension
    static final TestDatabaseExtension postgres = TestDatabaseExtension.of(DatabaseKind.POSTGRESQL);

    @TempDir
    Path directory;

    private final MigrationSettings all = MigrationSettings.builder().transactionMode(TransactionMode.ALL).build();

    private RevisionFiles files(String c3) {
        return new RevisionFiles(this.directory)
            .add("a1", List.of(), "", RevisionFiles.revlogTable() + "\n" + RevisionFiles.standardUpgrade("a1"),
                    RevisionFiles.standardDowngrade("a1") + "\nDROP TABLE revlog;")
            .add("b2", "a1")
            .add("c3", List.of("b2"), "", c3, RevisionFiles.standardDowngrade("c3"));
    }

    @Test
    void aFailureLeavesNothingOfTheWholeRun(TestDatabase database) throws Exception {
        Databases.clean(database);
        Migrator migrator = Migrator.create(database.dataSource(), files("SELECT 1/0;").load("postgresql"), this.all);

        assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrator.upgrade("heads"))
            .withMessageContaining("Nothing of this run was committed")
            .satisfies((ex) -> assertThat(ex.sqlState()).isEqualTo("22012"));

        assertThat(migrator.status().versionRows()).isEmpty();
        assertThat(Databases.list(database, "SELECT table_name FROM information_schema.tables WHERE table_name = 'revlog'"))
            .isEmpty();
        assertThat(migrator.history()).singleElement().satisfies((entry) -> {
            assertThat(entry.revision()).isEqualTo("c3");
            assertThat(entry.status()).isEqualTo(HistoryEntry.Status.FAILED);
        });
    }

    @Test
    void aSuccessCommitsEveryStepAtOnce(TestDatabase database) throws Exception {
        Databases.clean(database);
        Migrator migrator = Migrator.create(database.dataSource(),
                files(RevisionFiles.standardUpgrade("c3")).load("postgresql"), this.all);

        MigrationResult result = migrator.upgrade("heads");

        assertThat(result.stepsRun()).hasSize(3);
        assertThat(MigratorTests.versionRows(database)).containsExactly("c3");
        assertThat(migrator.history()).extracting(HistoryEntry::status).containsOnly(HistoryEntry.Status.SUCCESS);
    }
}
