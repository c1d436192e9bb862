package dev.revgraph.benchmarks.migration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class ToolAdaptersTests {

    private static final Set<String> BOOKKEEPING_TABLES = Set.of("revgraph_version", "revgraph_applied",
            "revgraph_history", "revgraph_lock", "flyway_schema_history", "databasechangelog", "databasechangeloglock");

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(value = Tool.class, names = { "JDBC_FLOOR", "BOOKKEEPING_FLOOR", "REVGRAPH", "FLYWAY", "LIQUIBASE" })
    void appliesFiveStepsOnH2AndLeavesTheSameTables(Tool tool) throws Exception {
        WorkloadFiles files = WorkloadFiles.write(this.directory, 5);
        try (FreshDatabase database = FreshDatabase.create(Target.H2_MEMORY, this.directory)) {
            tool.adapter().apply(database.dataSource(), files, Target.H2_MEMORY);
            assertThat(userTables(database)).containsExactlyElementsOf(DdlSteps.tables(5));
            assertThat(columns(database, "bench_0001")).containsExactly("id", "name", "amount", "created_on", "active",
                    "note");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Tool.class, names = { "JDBC_FLOOR", "REVGRAPH", "FLYWAY", "LIQUIBASE" })
    void startsUpAtHeadWithNothingToDo(Tool tool) throws Exception {
        WorkloadFiles files = WorkloadFiles.write(this.directory, 5);
        try (FreshDatabase database = FreshDatabase.create(Target.H2_MEMORY, this.directory)) {
            ToolAdapter adapter = tool.adapter();
            adapter.prepareAtHead(database.dataSource(), files, Target.H2_MEMORY);
            CountingDataSource counting = database.countingDataSource();
            adapter.startUp(counting, files, Target.H2_MEMORY);
            assertThat(userTables(database)).containsExactlyElementsOf(DdlSteps.tables(5));
            assertThat(counting.counts().statements()).isPositive();
        }
    }

    @Test
    void bookkeepingFloorWritesTheRowsRevGraphWrites() throws Exception {
        WorkloadFiles files = WorkloadFiles.write(this.directory, 5);
        try (FreshDatabase floor = FreshDatabase.create(Target.H2_MEMORY, this.directory);
                FreshDatabase revgraph = FreshDatabase.create(Target.H2_MEMORY, this.directory)) {
            CountingDataSource floorCounts = floor.countingDataSource();
            CountingDataSource revgraphCounts = revgraph.countingDataSource();
            Tool.BOOKKEEPING_FLOOR.adapter().apply(floorCounts, files, Target.H2_MEMORY);
            Tool.REVGRAPH.adapter().apply(revgraphCounts, files, Target.H2_MEMORY);
            String rows = "SELECT (SELECT version_num FROM revgraph_version), (SELECT COUNT(*) FROM revgraph_applied), "
                    + "(SELECT COUNT(*) FROM revgraph_history WHERE status = 'success')";
            assertThat(row(floor, rows)).isEqualTo(row(revgraph, rows)).containsExactly("step_00005", "5", "5");
            // RevGraph writes the floor's rows plus its lock row and its release: nothing else per revision.
            assertThat(revgraphCounts.counts().writes() - floorCounts.counts().writes()).isEqualTo(2);
        }
    }

    @Test
    void bookkeepingFloorCostsWhatRevGraphCostsPerRevision() throws Exception {
        JdbcCounts floor5 = counts(Tool.BOOKKEEPING_FLOOR, 5);
        JdbcCounts floor10 = counts(Tool.BOOKKEEPING_FLOOR, 10);
        JdbcCounts revgraph5 = counts(Tool.REVGRAPH, 5);
        JdbcCounts revgraph10 = counts(Tool.REVGRAPH, 10);
        // per further revision: the same statements (a batch entry counting as one), writes and commits
        assertThat(revgraph10.statements() - revgraph5.statements()).isEqualTo(floor10.statements() - floor5.statements());
        assertThat(revgraph10.writes() - revgraph5.writes()).isEqualTo(floor10.writes() - floor5.writes());
        assertThat(revgraph10.commits() - revgraph5.commits()).isEqualTo(floor10.commits() - floor5.commits())
            .isEqualTo(5);
    }

    private JdbcCounts counts(Tool tool, int steps) throws Exception {
        Path files = Files.createDirectories(this.directory.resolve(tool.name() + "-" + steps));
        try (FreshDatabase database = FreshDatabase.create(Target.H2_MEMORY, files)) {
            CountingDataSource counting = database.countingDataSource();
            tool.adapter().apply(counting, WorkloadFiles.write(files, steps), Target.H2_MEMORY);
            return counting.counts();
        }
    }

    private static List<String> userTables(FreshDatabase database) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
                ResultSet result = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] { "TABLE" })) {
            while (result.next()) {
                String name = result.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!BOOKKEEPING_TABLES.contains(name)) {
                    tables.add(name);
                }
            }
        }
        tables.sort(null);
        return tables;
    }

    private static List<String> columns(FreshDatabase database, String table) throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
                ResultSet result = connection.getMetaData().getColumns(null, "PUBLIC", table.toUpperCase(Locale.ROOT),
                        "%")) {
            while (result.next()) {
                columns.add(result.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }

    private static List<String> row(FreshDatabase database, String query) throws Exception {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            result.next();
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                values.add(result.getString(i).strip());
            }
            return values;
        }
    }
}
