package dev.revgraph.benchmarks.migration;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CountingDataSourceTests {

    @TempDir
    Path directory;

    @Test
    void classifiesStatementsByTheirFirstWord() {
        assertThat(CountingDataSource.isWrite("  /* c */ -- x\n create table t (id int)")).isTrue();
        assertThat(CountingDataSource.isWrite("INSERT INTO t VALUES (1)")).isTrue();
        assertThat(CountingDataSource.isWrite("(SELECT 1)")).isFalse();
        assertThat(CountingDataSource.isWrite("SELECT pg_try_advisory_lock(1)")).isFalse();
        assertThat(CountingDataSource.isWrite("SET lock_timeout = '1s'")).isFalse();
    }

    @Test
    void countsStatementsWritesAndCommitsWhetherExplicitOrAutomatic() throws Exception {
        try (FreshDatabase database = FreshDatabase.create(Target.H2_MEMORY, this.directory)) {
            CountingDataSource dataSource = database.countingDataSource();
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE t (id INT)");
                statement.executeQuery("SELECT * FROM t").close();
                connection.setAutoCommit(false);
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO t VALUES (?)")) {
                    insert.setInt(1, 1);
                    insert.addBatch();
                    insert.setInt(1, 2);
                    insert.addBatch();
                    insert.executeBatch();
                }
                connection.commit();
                connection.getMetaData().getTables(null, null, "T", null).close();
            }
            assertThat(dataSource.counts()).isEqualTo(new JdbcCounts(1, 5, 3, 2, -1));
        }
    }
}
