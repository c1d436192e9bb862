package dev.revgraph.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import dev.revgraph.testdb.AllDatabasesTest;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogReaderFilterTests {

    @RegisterExtension
    static final TestDatabaseExtension databases = TestDatabaseExtension.ofAllKinds();

    private static final TableFilter REVGRAPH_TABLES = TableFilter.all()
        .excludingTables("revgraph_version", "revgraph_applied", "revgraph_history");

    @AllDatabasesTest
    void leavesOutRevGraphsTablesOtherToolsTablesAndExcludedGlobs(DatabaseKind kind) throws SQLException {
        try (Connection connection = databases.database(kind).connect()) {
            CatalogReader reader = CatalogReaders.forConnection(connection);
            Sql.run(connection, """
                    CREATE TABLE revgraph_version (version_num VARCHAR(32) PRIMARY KEY);
                    CREATE TABLE revgraph_applied (revision VARCHAR(32) PRIMARY KEY);
                    CREATE TABLE revgraph_history (id INT PRIMARY KEY, revision VARCHAR(32));
                    CREATE TABLE flyway_schema_history (installed_rank INT PRIMARY KEY);
                    CREATE TABLE DATABASECHANGELOG (id VARCHAR(255));
                    CREATE TABLE databasechangeloglock (id INT PRIMARY KEY);
                    CREATE TABLE tmp_import (id INT);
                    CREATE TABLE tmp_export (id INT);
                    CREATE TABLE audit_a (id INT);
                    CREATE TABLE audit_ab (id INT);
                    CREATE TABLE kept (id INT PRIMARY KEY, history_id INT REFERENCES revgraph_history (id));
                    """);
            String schemaName = reader.currentSchema(connection);

            Schema filtered = reader.read(connection, schemaName, REVGRAPH_TABLES.excluding("TMP_*", "audit_?"));
            assertThat(lowerCase(filtered.tableNames())).containsExactly("audit_ab", "kept");
            // a kept table's foreign key to a left-out table is still reported
            assertThat(filtered.tables().get(1).foreignKeys()).singleElement()
                .satisfies((key) -> assertThat(key.referencedTable()).isEqualToIgnoringCase("revgraph_history"));

            Schema included = reader.read(connection, schemaName, REVGRAPH_TABLES.including("tmp_*", "kept"));
            assertThat(lowerCase(included.tableNames())).containsExactly("kept", "tmp_export", "tmp_import");

            Schema everything = reader.read(connection, schemaName);
            assertThat(lowerCase(everything.tableNames())).containsExactly("audit_a", "audit_ab", "kept",
                    "revgraph_applied", "revgraph_history", "revgraph_version", "tmp_export", "tmp_import");
        }
    }

    @AllDatabasesTest
    void readsOnlyTheSchemaItIsAskedFor(DatabaseKind kind) throws SQLException {
        TestDatabase database = databases.database(kind);
        String other = (kind == DatabaseKind.MARIADB) ? database.name() + "_other" : "other_schema";
        try (Connection connection = database.connect()) {
            CatalogReader reader = CatalogReaders.forConnection(connection);
            String schemaName = reader.currentSchema(connection);
            Sql.run(connection, ((kind == DatabaseKind.MARIADB) ? "CREATE DATABASE " : "CREATE SCHEMA ") + other + ";\n"
                    + "CREATE TABLE " + other + ".elsewhere (id INT PRIMARY KEY);\n"
                    + "CREATE SEQUENCE " + other + ".elsewhere_numbers;\n"
                    + "CREATE TABLE here (id INT PRIMARY KEY);\n");
            try {
                Schema here = reader.read(connection, schemaName);
                assertThat(lowerCase(here.tableNames())).contains("here").doesNotContain("elsewhere");
                assertThat(here.sequences()).isEmpty();
                String otherName = (kind == DatabaseKind.H2) ? other.toUpperCase(Locale.ROOT) : other;
                Schema elsewhere = reader.read(connection, otherName);
                assertThat(lowerCase(elsewhere.tableNames())).containsExactly("elsewhere");
                assertThat(elsewhere.sequences()).hasSize(1);
                assertThat(reader.read(connection, "no_such_schema").tables()).isEmpty();
            }
            finally {
                Sql.run(connection, ((kind == DatabaseKind.MARIADB) ? "DROP DATABASE " : "DROP SCHEMA ") + other
                        + ((kind == DatabaseKind.MARIADB) ? "" : " CASCADE") + ";\nDROP TABLE here;\n");
            }
        }
    }

    @AllDatabasesTest
    void leavesOutSequencesOwnedByLeftOutTables(DatabaseKind kind) throws SQLException {
        try (Connection connection = databases.database(kind).connect()) {
            CatalogReader reader = CatalogReaders.forConnection(connection);
            String schemaName = reader.currentSchema(connection);
            Sql.run(connection, switch (kind) {
                case POSTGRESQL -> "CREATE TABLE log_entries (id SERIAL PRIMARY KEY);\n";
                case MARIADB -> "CREATE TABLE log_entries (id INT AUTO_INCREMENT PRIMARY KEY);\n";
                case H2 -> "CREATE TABLE log_entries (id INT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY);\n";
            } + "CREATE SEQUENCE standalone_numbers;\n");
            try {
                Schema schema = reader.read(connection, schemaName, TableFilter.all().excludingTables("log_entries"));
                assertThat(schema.sequences()).extracting((sequence) -> sequence.name().toLowerCase(Locale.ROOT))
                    .containsExactly("standalone_numbers");
            }
            finally {
                Sql.run(connection, "DROP TABLE log_entries;\nDROP SEQUENCE standalone_numbers;\n");
            }
        }
    }

    private static List<String> lowerCase(List<String> names) {
        return names.stream().map((name) -> name.toLowerCase(Locale.ROOT)).toList();
    }
}
