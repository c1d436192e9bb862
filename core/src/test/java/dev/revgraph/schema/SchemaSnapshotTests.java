package dev.revgraph.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import dev.revgraph.testdb.AllDatabasesTest;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabaseExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Snapshots of real catalogs, as the test kit takes them around an upgrade and its downgrade. */
class SchemaSnapshotTests {

    @RegisterExtension
    static final TestDatabaseExtension databases = TestDatabaseExtension.ofAllKinds();

    private static final String BASE = """
            CREATE TABLE resources (id INT NOT NULL PRIMARY KEY, name VARCHAR(100));
            CREATE TABLE utilizations (id INT NOT NULL PRIMARY KEY, resource_id INT, kind VARCHAR(20),
                CONSTRAINT fk_utilizations_resource FOREIGN KEY (resource_id) REFERENCES resources (id)
                    ON DELETE CASCADE);
            CREATE INDEX ix_utilizations_kind ON utilizations (kind);
            """;

    @AllDatabasesTest
    void findsNoDifferenceAfterAnUpgradeAndItsDowngrade(DatabaseKind kind) throws SQLException {
        inFreshSchema(kind, (connection) -> {
            Sql.run(connection, BASE);
            Schema before = snapshot(connection);
            Sql.run(connection, """
                    ALTER TABLE utilizations ADD COLUMN score INTEGER DEFAULT 0 NOT NULL;
                    CREATE INDEX ix_utilizations_score ON utilizations (score);
                    CREATE SEQUENCE score_numbers START WITH 5;
                    """);
            Schema upgraded = snapshot(connection);
            assertThat(lowerCase(SnapshotDiff.between(before, upgraded).differences())).containsExactly(
                    "table utilizations: column score unexpected",
                    "table utilizations: index ix_utilizations_score unexpected",
                    "sequence score_numbers unexpected");
            Sql.run(connection, dropIndex(kind, "ix_utilizations_score") + """
                    ALTER TABLE utilizations DROP COLUMN score;
                    DROP SEQUENCE score_numbers;
                    """);
            Schema downgraded = snapshot(connection);
            assertThat(SnapshotDiff.between(before, downgraded).differences()).isEmpty();
            if (kind != DatabaseKind.H2) {
                assertThat(downgraded).isEqualTo(before);
            }
        });
    }

    @Test
    void matchesImplicitIndexesByTheirConstraintBecauseH2RenamesThemWhenItRebuildsATable() throws SQLException {
        inFreshSchema(DatabaseKind.H2, (connection) -> {
            Sql.run(connection, BASE);
            Schema before = snapshot(connection);
            Sql.run(connection, "ALTER TABLE utilizations ADD COLUMN score INTEGER;\n"
                    + "ALTER TABLE utilizations DROP COLUMN score;\n");
            Schema after = snapshot(connection);
            // PRIMARY_KEY_C becomes PRIMARY_KEY_7, FK_..._INDEX_C becomes FK_..._INDEX_7
            assertThat(after.describe()).isNotEqualTo(before.describe());
            assertThat(SnapshotDiff.between(before, after).differences()).isEmpty();
        });
    }

    @AllDatabasesTest
    void describesAChangedColumnTypeADroppedIndexAndAChangedForeignKeyActionInWords(DatabaseKind kind)
            throws SQLException {
        inFreshSchema(kind, (connection) -> {
            Sql.run(connection, BASE);
            Schema before = snapshot(connection);
            Sql.run(connection, switch (kind) {
                case POSTGRESQL -> "ALTER TABLE utilizations ALTER COLUMN kind TYPE VARCHAR(40);\n";
                case MARIADB -> "ALTER TABLE utilizations MODIFY kind VARCHAR(40);\n";
                case H2 -> "ALTER TABLE utilizations ALTER COLUMN kind SET DATA TYPE VARCHAR(40);\n";
            } + dropIndex(kind, "ix_utilizations_kind") + dropForeignKey(kind, "fk_utilizations_resource") + """
                    ALTER TABLE utilizations ADD CONSTRAINT fk_utilizations_resource FOREIGN KEY (resource_id)
                        REFERENCES resources (id) ON DELETE SET NULL;
                    """);
            String types = (kind == DatabaseKind.MARIADB) ? "varchar(20) vs varchar(40)"
                    : "character varying(20) vs character varying(40)";
            assertThat(lowerCase(SnapshotDiff.between(before, snapshot(connection)).differences())).containsExactly(
                    "table utilizations: column kind: type " + types,
                    "table utilizations: index ix_utilizations_kind missing",
                    "table utilizations: foreign key fk_utilizations_resource: on delete cascade vs set null");
        });
    }

    @Test
    void catchesTheIndexMariaDbLeavesBehindWhenADowngradeDropsOnlyTheForeignKey() throws SQLException {
        inFreshSchema(DatabaseKind.MARIADB, (connection) -> {
            Sql.run(connection, "CREATE TABLE resources (id INT NOT NULL PRIMARY KEY);\n"
                    + "CREATE TABLE utilizations (id INT NOT NULL PRIMARY KEY, resource_id INT);\n");
            Schema before = snapshot(connection);
            Sql.run(connection, """
                    ALTER TABLE utilizations ADD CONSTRAINT fk_utilizations_resource FOREIGN KEY (resource_id)
                        REFERENCES resources (id);
                    ALTER TABLE utilizations DROP FOREIGN KEY fk_utilizations_resource;
                    """);
            // InnoDB made an index for the foreign key, and dropping the key leaves it
            assertThat(SnapshotDiff.between(before, snapshot(connection)).differences())
                .containsExactly("table utilizations: index fk_utilizations_resource unexpected");
        });
    }

    private static Schema snapshot(Connection connection) throws SQLException {
        CatalogReader reader = CatalogReaders.forConnection(connection);
        return reader.read(connection, reader.currentSchema(connection));
    }

    private static String dropIndex(DatabaseKind kind, String index) {
        return (kind == DatabaseKind.MARIADB) ? "DROP INDEX " + index + " ON utilizations;\n"
                : "DROP INDEX " + index + ";\n";
    }

    private static String dropForeignKey(DatabaseKind kind, String name) {
        return (kind == DatabaseKind.MARIADB) ? "ALTER TABLE utilizations DROP FOREIGN KEY " + name + ";\n"
                : "ALTER TABLE utilizations DROP CONSTRAINT " + name + ";\n";
    }

    /** Runs {@code test} on the kind's database, dropping what it made afterwards (the methods share it). */
    private static void inFreshSchema(DatabaseKind kind, SchemaTest test) throws SQLException {
        try (Connection connection = databases.database(kind).connect()) {
            try {
                test.run(connection);
            }
            finally {
                Sql.run(connection, "DROP TABLE IF EXISTS utilizations;\nDROP TABLE IF EXISTS resources;\n"
                        + "DROP SEQUENCE IF EXISTS score_numbers;\n");
            }
        }
    }

    @FunctionalInterface
    private interface SchemaTest {

        void run(Connection connection) throws SQLException;
    }

    private static List<String> lowerCase(List<String> lines) {
        return lines.stream().map((line) -> line.toLowerCase(Locale.ROOT)).toList();
    }
}
