package dev.revgraph.runtime;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import dev.revgraph.RevGraphException;
import dev.revgraph.runtime.fixtures.failing.C3FailingMigration;
import dev.revgraph.testdb.AllDatabasesTest;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabaseExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A revision that fails at step k: what each database is left with, and how the next run goes on. */
class MigratorFailureTests {

    @RegisterExtension
    static final TestDatabaseExtension databases = TestDatabaseExtension.ofAllKinds();

    @TempDir
    Path directory;

    @AfterEach
    void clearProperty() {
        System.clearProperty(C3FailingMigration.FAIL_PROPERTY);
    }

    private TestDatabase database(DatabaseKind kind) throws SQLException {
        TestDatabase database = databases.database(kind);
        Databases.clean(database);
        return database;
    }

    private RevisionFiles chain(String c3Upgrade) {
        RevisionFiles files = new RevisionFiles(this.directory)
            .add("a1", List.of(), "", RevisionFiles.revlogTable() + "\n" + RevisionFiles.standardUpgrade("a1"),
                    RevisionFiles.standardDowngrade("a1") + "\nDROP TABLE revlog;")
            .add("b2", "a1");
        if (c3Upgrade != null) {
            files.add("c3", List.of("b2"), "", c3Upgrade, RevisionFiles.standardDowngrade("c3"));
        }
        return files.add("d4", "c3");
    }

    private Migrator migrator(TestDatabase database, RevisionFiles files) {
        return Migrator.create(database.dataSource(), files.load(Databases.vendor(database.kind())),
                MigrationSettings.defaults());
    }

    @AllDatabasesTest
    void aSyntaxErrorLeavesWhatTheDatabaseAllowsAndAPreciseRecord(DatabaseKind kind) throws SQLException {
        TestDatabase database = database(kind);
        RevisionFiles files = chain("CREATE TABLE t_c3 (id INTEGER);\nINSERT INTO revlog (rev) VALUES ('c3');\n"
                + "SELEC oops FROM nowhere;");
        Migrator migrator = migrator(database, files);

        assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrator.upgrade("heads"))
            .satisfies((ex) -> {
                assertThat(ex.code()).isEqualTo("failed_revision");
                assertThat(ex.revision()).isEqualTo("c3");
                assertThat(ex.statementIndex()).isEqualTo(3);
                assertThat(ex.line()).isEqualTo(8);
                assertThat(ex.sqlState()).isNotBlank();
                assertThat(ex.getMessage()).contains("Revision c3 (filesystem:").contains("0003_c3.sql")
                    .contains("statement 3 of 3, line 8").contains("SELEC oops FROM nowhere")
                    .contains("SQLSTATE " + ex.sqlState());
            });

        assertThat(MigratorTests.versionRows(database)).containsExactly("b2");
        assertThat(MigratorTests.applied(database)).containsExactlyInAnyOrder("a1", "b2");
        HistoryEntry last = migrator.history().get(migrator.history().size() - 1);
        assertThat(last.revision()).isEqualTo("c3");
        assertThat(last.status()).isEqualTo(HistoryEntry.Status.FAILED);
        assertThat(last.statementsTotal()).isEqualTo(3);
        assertThat(last.error()).contains("SELEC oops");
        if (kind == DatabaseKind.POSTGRESQL) {
            assertThat(Databases.list(database, "SELECT rev FROM revlog")).containsExactlyInAnyOrder("a1", "b2");
            assertThat(last.leftPartialWork()).isFalse();
            assertThat(migrator.status().inDoubt()).isNull();
            files.write("0003_c3.sql", "-- revision: c3\n-- down_revision: b2\n\n-- migrate:upgrade\n"
                    + RevisionFiles.standardUpgrade("c3") + "\n-- migrate:downgrade\n"
                    + RevisionFiles.standardDowngrade("c3") + "\n");
            assertThat(migrator(database, files).upgrade("heads").rowsAfter()).containsExactly("d4");
            return;
        }
        // Without transactional DDL: statements 1 and 2 committed, and the next run refuses.
        assertThat(last.statementsDone()).isEqualTo(2);
        assertThat(last.leftPartialWork()).isTrue();
        assertThat(Databases.list(database, "SELECT rev FROM revlog")).containsExactlyInAnyOrder("a1", "b2", "c3");
        assertThatExceptionOfType(FailedRevisionException.class).isThrownBy(() -> migrator.upgrade("heads"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("failed_revision"))
            .withMessageContaining("Revision c3 (filesystem:")
            .withMessageContaining("Statements 1 to 2 of 3 ran")
            .withMessageContaining("Statement 3 (line 8: SELEC oops FROM nowhere) failed: [SQLSTATE")
            .withMessageContaining("resolve c3 --retry")
            .withMessageContaining("--mark-applied");
        assertThatExceptionOfType(FailedRevisionException.class).isThrownBy(migrator::validate);
        assertThat(migrator.status().inDoubt()).isNotNull();

        // The operator undoes statements 1 and 2, fixes the file, and retries.
        Databases.execute(database, "DROP TABLE t_c3", "DELETE FROM revlog WHERE rev = 'c3'");
        migrator.resolve("c3", ResolveAction.RETRY);
        files.write("0003_c3.sql", "-- revision: c3\n-- down_revision: b2\n\n-- migrate:upgrade\n"
                + RevisionFiles.standardUpgrade("c3") + "\n-- migrate:downgrade\n"
                + RevisionFiles.standardDowngrade("c3") + "\n");
        MigrationResult result = migrator(database, files).upgrade("heads");
        assertThat(result.plan().revisionIds()).containsExactly("c3", "d4");
        assertThat(Databases.list(database, "SELECT rev FROM revlog")).containsExactlyInAnyOrder("a1", "b2", "c3",
                "d4");
    }

    @AllDatabasesTest
    void aConstraintViolationCanBeMarkedAppliedAfterItIsFinishedByHand(DatabaseKind kind) throws SQLException {
        TestDatabase database = database(kind);
        Migrator migrator = migrator(database, chain("CREATE TABLE t_c3 (id INTEGER);\n"
                + "INSERT INTO revlog (rev) VALUES ('a1');\nINSERT INTO revlog (rev) VALUES ('c3');"));

        assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrator.upgrade("heads"))
            .satisfies((ex) -> {
                assertThat(ex.statementIndex()).isEqualTo(2);
                assertThat(ex.line()).isEqualTo(7);
                assertThat(ex.sqlState()).startsWith("23");
                assertThat(ex.getMessage()).contains("INSERT INTO revlog (rev) VALUES ('a1')");
            });
        assertThat(MigratorTests.versionRows(database)).containsExactly("b2");
        if (kind == DatabaseKind.POSTGRESQL) {
            assertThat(migrator.status().inDoubt()).isNull();
            return;
        }
        assertThat(migrator.status().inDoubt()).satisfies((record) -> {
            assertThat(record.revision()).isEqualTo("c3");
            assertThat(record.statementsDone()).isEqualTo(1);
        });
        Databases.execute(database, "INSERT INTO revlog (rev) VALUES ('c3')");

        migrator.resolve("c3", ResolveAction.MARK_APPLIED);

        assertThat(MigratorTests.versionRows(database)).containsExactly("c3");
        assertThat(migrator.upgrade("heads").plan().revisionIds()).containsExactly("d4");
        assertThat(migrator.history()).extracting(HistoryEntry::direction).contains(HistoryEntry.Direction.RESOLVE);
    }

    @AllDatabasesTest
    void anExceptionInAJavaRevisionIsAFailedStepToo(DatabaseKind kind) throws SQLException {
        TestDatabase database = database(kind);
        RevisionFiles files = chain(null).javaPackage("dev.revgraph.runtime.fixtures.failing");
        Migrator migrator = migrator(database, files);

        assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrator.upgrade("heads"))
            .satisfies((ex) -> {
                assertThat(ex.revision()).isEqualTo("c3");
                assertThat(ex.source()).isEqualTo("class " + C3FailingMigration.class.getName());
                assertThat(ex.getMessage()).contains("the backfill found a row it cannot convert");
            });
        assertThat(MigratorTests.versionRows(database)).containsExactly("b2");
        if (kind == DatabaseKind.POSTGRESQL) {
            assertThat(Databases.list(database, "SELECT rev FROM revlog")).containsExactlyInAnyOrder("a1", "b2");
            System.setProperty(C3FailingMigration.FAIL_PROPERTY, "false");
            assertThat(migrator.upgrade("heads").rowsAfter()).containsExactly("d4");
            return;
        }
        // It ran JDBC itself: even with its statement counter at 1, it may have left work behind.
        assertThat(migrator.status().inDoubt()).isNotNull();
        assertThatExceptionOfType(FailedRevisionException.class).isThrownBy(() -> migrator.upgrade("heads"))
            .withMessageContaining("Revision c3 (class " + C3FailingMigration.class.getName());
        Databases.execute(database, "DROP TABLE t_c3", "DELETE FROM revlog WHERE rev = 'c3'");
        migrator.resolve("c3", ResolveAction.RETRY);
        System.setProperty(C3FailingMigration.FAIL_PROPERTY, "false");
        assertThat(migrator.upgrade("heads").rowsAfter()).containsExactly("d4");
        assertThat(Databases.list(database, "SELECT rev FROM revlog")).containsExactlyInAnyOrder("a1", "b2", "c3",
                "d4");
    }

    @AllDatabasesTest
    void refusesAJavaDowngradeThatCallsIrreversibleBeforeRunningAnything(DatabaseKind kind) throws SQLException {
        TestDatabase database = database(kind);
        RevisionFiles files = chain(null).javaPackage("dev.revgraph.runtime.fixtures.irreversible");
        Migrator migrator = migrator(database, files);
        migrator.upgrade("heads");
        int historyBefore = migrator.history().size();

        assertThatExceptionOfType(RevGraphException.class).isThrownBy(() -> migrator.downgrade("a1"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("irreversible"))
            .withMessageContaining("c3")
            .withMessageContaining("the dropped column's data is gone")
            .withMessageContaining("nothing was run");

        assertThat(MigratorTests.versionRows(database)).containsExactly("d4");
        assertThat(migrator.history()).hasSize(historyBefore);
        assertThat(Databases.list(database, "SELECT rev FROM revlog")).contains("d4");
    }

    @AllDatabasesTest
    void resolvingARevisionWithNothingInDoubtIsAnError(DatabaseKind kind) throws SQLException {
        TestDatabase database = database(kind);
        Migrator migrator = migrator(database, chain(RevisionFiles.standardUpgrade("c3")));
        migrator.upgrade("heads");

        assertThatExceptionOfType(RevGraphException.class).isThrownBy(() -> migrator.resolve("c3", ResolveAction.RETRY))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("not_found"));
    }
}
