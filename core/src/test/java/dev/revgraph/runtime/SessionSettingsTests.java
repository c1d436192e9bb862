package dev.revgraph.runtime;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import dev.revgraph.runtime.fixtures.session.SessionProbeMigration;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabaseExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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

    @ParameterizedTest
    @EnumSource(names = { "POSTGRESQL", "MARIADB", "H2" })
    void givesPooledConnectionsBackWithTheSessionTheyCameWith(DatabaseKind kind) throws SQLException {
        TestDatabase database = databases.database(kind);
        Databases.clean(database);
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(database.jdbcUrl());
        pool.setUsername(database.user());
        pool.setPassword(database.password());
        pool.setMaximumPoolSize(3);
        pool.setMinimumIdle(3);
        // each session's own values, as a driver option or the pool's init SQL gives them
        switch (kind) {
            case POSTGRESQL -> pool.addDataSourceProperty("options", "-c lock_timeout=4321ms -c statement_timeout=54321ms");
            case MARIADB -> pool.setConnectionInitSql("SET SESSION time_zone = '+05:00', SESSION lock_wait_timeout = 4321");
            default -> pool.setConnectionInitSql("SET LOCK_TIMEOUT 4321");
        }
        try (HikariDataSource dataSource = new HikariDataSource(pool)) {
            var revisions = new RevisionFiles(this.directory).add("a1", List.of(), "", "CREATE TABLE t (id INTEGER);",
                    "DROP TABLE t;").load(kind.id());
            Migrator migrator = Migrator.create(dataSource, revisions, settings());
            migrator.upgrade("heads");
            migrator.downgrade("base");

            // every connection of the pool: the migration's, the lock's, and the one that read the dialect
            List<Connection> connections = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    connections.add(dataSource.getConnection());
                }
                for (Connection connection : connections) {
                    assertThat(session(kind, connection)).isEqualTo(switch (kind) {
                        case POSTGRESQL -> "4321ms 54321ms";
                        case MARIADB -> "+05:00 4321";
                        default -> "4321";
                    });
                }
            }
            finally {
                for (Connection connection : connections) {
                    connection.close();
                }
            }
        }
    }

    private static String session(DatabaseKind kind, Connection connection) throws SQLException {
        String sql = switch (kind) {
            case POSTGRESQL -> "SELECT current_setting('lock_timeout') || ' ' || current_setting('statement_timeout')";
            case MARIADB -> "SELECT CONCAT(@@SESSION.time_zone, ' ', @@SESSION.lock_wait_timeout)";
            default -> "SELECT CAST(LOCK_TIMEOUT() AS VARCHAR)";
        };
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
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
