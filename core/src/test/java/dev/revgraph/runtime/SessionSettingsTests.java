package dev.revgraph.runtime;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import dev.revgraph.runtime.fixtures.session.SessionProbeMigration;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabaseExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The migration session's timeouts and time zone, seen from inside a revision. */
class SessionSettingsTests {

    @RegisterExtension
    static final TestDatabaseExtension databases = TestDatabaseExtension.ofAllKinds();

    @TempDir
    Path directory;

    private MigrationSettings settings() {
        return MigrationSettings.builder()
            .sessionLockTimeout(Duration.ofMillis(1500))
            .statementTimeout(Duration.ofSeconds(90))
            .lockWaitTimeout(Duration.ofSeconds(7))
            .build();
    }

    private void probe(DatabaseKind kind) throws SQLException {
        TestDatabase database = databases.database(kind);
        Databases.clean(database);
        SessionProbeMigration.SEEN.clear();
        var revisions = new RevisionFiles(this.directory).javaPackage("dev.revgraph.runtime.fixtures.session")
            .load(kind.id());
        Migrator.create(database.dataSource(), revisions, settings()).upgrade("heads");
    }

    @Test
    void setsLockAndStatementTimeoutsOnPostgres() throws SQLException {
        probe(DatabaseKind.POSTGRESQL);

        assertThat(SessionProbeMigration.SEEN).containsEntry("first", "1500ms").containsEntry("second", "90s")
            .containsEntry("autoCommit", "false");
    }

    @Test
    void setsTheTimeZoneAndLockWaitTimeoutOnMariaDb() throws SQLException {
        probe(DatabaseKind.MARIADB);

        assertThat(SessionProbeMigration.SEEN).containsEntry("first", "+00:00").containsEntry("second", "7");
    }

    @Test
    void rejectsTransactionModeAllWithoutTransactionalDdl() throws SQLException {
        TestDatabase database = databases.database(DatabaseKind.MARIADB);
        var revisions = new RevisionFiles(this.directory).add("a1", List.of(), "", "CREATE TABLE t (id INTEGER);",
                "DROP TABLE t;").load("mariadb");

        org.assertj.core.api.Assertions.assertThatExceptionOfType(dev.revgraph.RevGraphException.class)
            .isThrownBy(() -> Migrator.create(database.dataSource(), revisions,
                    MigrationSettings.builder().transactionMode(TransactionMode.ALL).build()))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("unsupported"))
            .withMessageContaining("transactional DDL");
    }

    @Test
    void rejectsATableNameTheDatabaseCannotHold() throws SQLException {
        TestDatabase database = databases.database(DatabaseKind.POSTGRESQL);
        var revisions = new RevisionFiles(this.directory).add("a1", List.of(), "", "CREATE TABLE t (id INTEGER);",
                "DROP TABLE t;").load("postgresql");

        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
            .isThrownBy(() -> Migrator.create(database.dataSource(), revisions,
                    MigrationSettings.builder().versionTable("v".repeat(64)).build()))
            .withMessageContaining("at most 63");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
            .isThrownBy(() -> Migrator.create(database.dataSource(), revisions,
                    MigrationSettings.builder().historyTable("").build()));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
            .isThrownBy(() -> Migrator.create(database.dataSource(), revisions,
                    MigrationSettings.builder().schema("bad\0schema").build()));
    }
}
