package dev.revgraph.benchmarks.compare;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogQueryFileTests {

    @TempDir
    Path directory;

    @Test
    void readerRunsTheSameQueriesFor50And500Tables() throws Exception {
        List<StatementLog.Query> fifty = queries(50);
        List<StatementLog.Query> fiveHundred = queries(500);
        assertThat(fifty).isNotEmpty();
        assertThat(fiveHundred).hasSameSizeAs(fifty);
        assertThat(fiveHundred).extracting(StatementLog.Query::sql)
            .containsExactlyElementsOf(fifty.stream().map(StatementLog.Query::sql).toList());
    }

    @Test
    void queriesReadBackAsWritten() throws Exception {
        List<StatementLog.Query> queries = List.of(new StatementLog.Query("SELECT 1", List.of()),
                new StatementLog.Query("SELECT * FROM t WHERE s = ? AND n = ?", List.of("PUBLIC", "w3")));
        Path file = this.directory.resolve("queries.bin");
        CatalogQueryFile.write(queries, file);
        assertThat(CatalogQueryFile.read(file)).isEqualTo(queries);
    }

    @Test
    void bulkReadFloorReplaysTheQueriesItIsGiven() throws Exception {
        try (TestDatabase database = TestDatabases.create(DatabaseKind.H2);
                Connection connection = database.connect()) {
            create(connection, 5);
            List<StatementLog.Query> queries = CatalogQueryFile.log(connection);
            StatementLog log = new StatementLog();
            List<Object[]> rows = new BulkReadFloor(queries).read(log.wrap(connection));
            assertThat(log.queries()).isEqualTo(queries);
            assertThat(rows).hasSizeGreaterThan(5 * 10);
        }
    }

    private static List<StatementLog.Query> queries(int tables) throws Exception {
        try (TestDatabase database = TestDatabases.create(DatabaseKind.H2);
                Connection connection = database.connect()) {
            create(connection, tables);
            return CatalogQueryFile.log(connection);
        }
    }

    private static void create(Connection connection, int tables) throws Exception {
        try (Statement statement = connection.createStatement()) {
            for (String ddl : new CompareSchema(tables).ddl()) {
                statement.execute(ddl);
            }
        }
    }
}
