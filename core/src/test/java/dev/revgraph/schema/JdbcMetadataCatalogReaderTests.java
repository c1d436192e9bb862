package dev.revgraph.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import dev.revgraph.operation.ColumnType.Kind;
import dev.revgraph.operation.ForeignKeyAction;
import dev.revgraph.testdb.AllDatabasesTest;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The fallback reader, run against the databases that have readers of their own to check it by theirs. */
class JdbcMetadataCatalogReaderTests {

    @RegisterExtension
    static final TestDatabaseExtension databases = TestDatabaseExtension.ofAllKinds();

    private final CatalogReader reader = new JdbcMetadataCatalogReader();

    @AllDatabasesTest
    void readsTablesColumnsKeysAndIndexesAsTheDatabasesOwnReaderDoes(DatabaseKind kind) throws SQLException {
        try (Connection connection = databases.database(kind).connect()) {
            Sql.run(connection, """
                    CREATE TABLE resources (id INT NOT NULL PRIMARY KEY, name VARCHAR(100) NOT NULL,
                        price DECIMAL(10, 2), body VARCHAR(20) DEFAULT 'draft');
                    CREATE TABLE utilizations (id INT NOT NULL PRIMARY KEY, resource_id INT,
                        CONSTRAINT fk_utilizations_resource FOREIGN KEY (resource_id) REFERENCES resources (id)
                            ON DELETE CASCADE);
                    CREATE INDEX ix_resources_name ON resources (name);
                    CREATE TABLE flyway_schema_history (installed_rank INT PRIMARY KEY);
                    """);
            CatalogReader own = CatalogReaders.forConnection(connection);
            String schemaName = own.currentSchema(connection);
            Schema expected = own.read(connection, schemaName);
            Schema schema = reader.read(connection, schemaName);

            assertThat(schema.tableNames()).isEqualTo(expected.tableNames());
            Table resources = schema.tables().get(0);
            Table ownResources = expected.tables().get(0);
            assertThat(resources.columnNames()).isEqualTo(ownResources.columnNames());
            assertThat(resources.columns()).extracting((column) -> column.type().family())
                .containsExactly(Kind.INTEGER, Kind.VARCHAR, Kind.DECIMAL, Kind.VARCHAR);
            assertThat(resources.columns().get(1).type().length()).isEqualTo(100);
            assertThat(resources.columns().get(2).type().precision()).isEqualTo(10);
            assertThat(resources.columns().get(2).type().scale()).isEqualTo(2);
            assertThat(resources.columns()).extracting(TableColumn::nullable).containsExactly(false, false, true, true);
            assertThat(resources.columns().get(3).defaultExpression())
                .isEqualTo(ownResources.columns().get(3).defaultExpression());
            assertThat(resources.primaryKey().columns()).isEqualTo(ownResources.primaryKey().columns());
            assertThat(resources.indexes()).extracting((index) -> index.name().toLowerCase(Locale.ROOT))
                .contains("ix_resources_name");
            TableForeignKey foreignKey = schema.tables().get(1).foreignKeys().get(0);
            assertThat(foreignKey.name()).isEqualToIgnoringCase("fk_utilizations_resource");
            assertThat(foreignKey.referencedTable()).isEqualToIgnoringCase("resources");
            assertThat(lowerCase(foreignKey.columns())).containsExactly("resource_id");
            assertThat(lowerCase(foreignKey.referencedColumns())).containsExactly("id");
            assertThat(foreignKey.onDelete()).isEqualTo(ForeignKeyAction.CASCADE);
        }
    }

    private static List<String> lowerCase(List<String> names) {
        return names.stream().map((name) -> name.toLowerCase(Locale.ROOT)).toList();
    }
}
