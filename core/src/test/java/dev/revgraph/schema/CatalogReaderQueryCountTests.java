package dev.revgraph.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

import dev.revgraph.testdb.AllDatabasesTest;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a schema costs a fixed number of queries, however many tables it has: one per kind of object,
 * never one per table.
 */
class CatalogReaderQueryCountTests {

    @RegisterExtension
    static final TestDatabaseExtension databases = TestDatabaseExtension.ofAllKinds();

    /**
     * PostgreSQL: tables, columns, constraints, indexes, sequences. MariaDB: tables, columns, keys, checks,
     * indexes, and the sequences' settings. H2: one per catalog table it reads.
     */
    private static final Map<DatabaseKind, Integer> QUERIES = Map.of(DatabaseKind.POSTGRESQL, 5, DatabaseKind.MARIADB,
            6, DatabaseKind.H2, 10);

    @AllDatabasesTest
    void readsFiveTablesAndFiftyTablesWithTheSameNumberOfQueries(DatabaseKind kind) throws SQLException {
        try (Connection connection = databases.database(kind).connect()) {
            CatalogReader reader = CatalogReaders.forConnection(connection);
            String schemaName = reader.currentSchema(connection);
            Sql.run(connection, "CREATE SEQUENCE invoice_numbers;\n");
            createTables(connection, 1, 5);
            QueryCounter fiveTables = new QueryCounter(connection);
            Schema five = reader.read(fiveTables.connection(), schemaName, TableFilter.all());
            createTables(connection, 6, 50);
            QueryCounter fiftyTables = new QueryCounter(connection);
            Schema fifty = reader.read(fiftyTables.connection(), schemaName, TableFilter.all());

            assertThat(five.tables()).hasSize(5);
            assertThat(fifty.tables()).hasSize(50).allSatisfy((table) -> {
                assertThat(table.columns()).hasSize(4);
                assertThat(table.primaryKey()).isNotNull();
                assertThat(table.uniqueConstraints()).hasSize(1);
                assertThat(table.checkConstraints()).hasSize(1);
                assertThat(table.indexes()).extracting((index) -> index.name().toLowerCase(Locale.ROOT))
                    .contains("ix_" + table.name().toLowerCase(Locale.ROOT) + "_score");
            });
            assertThat(fifty.tables()).filteredOn((table) -> !table.foreignKeys().isEmpty()).hasSize(49);
            assertThat(fiftyTables.queries()).isEqualTo(fiveTables.queries()).isEqualTo(QUERIES.get(kind));
        }
    }

    private static void createTables(Connection connection, int first, int last) throws SQLException {
        StringBuilder ddl = new StringBuilder();
        for (int i = first; i <= last; i++) {
            String table = "t" + i;
            ddl.append("CREATE TABLE ").append(table)
                .append(" (id INT NOT NULL PRIMARY KEY, name VARCHAR(50) NOT NULL, ")
                .append("parent_id INT, score INT, CONSTRAINT uq_").append(table).append("_name UNIQUE (name), ")
                .append("CONSTRAINT ck_").append(table).append("_score CHECK (score >= 0)");
            if (i > 1) {
                ddl.append(", CONSTRAINT fk_").append(table).append("_parent FOREIGN KEY (parent_id) REFERENCES t")
                    .append(i - 1).append(" (id) ON DELETE CASCADE");
            }
            ddl.append(");\nCREATE INDEX ix_").append(table).append("_score ON ").append(table).append(" (score);\n");
        }
        Sql.run(connection, ddl.toString());
    }
}
