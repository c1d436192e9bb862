package dev.revgraph.benchmarks.migration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.revgraph.script.LoadedRevisions;
import dev.revgraph.script.RevisionLoader;
import dev.revgraph.script.SqlRevisionScript;
import dev.revgraph.script.SqlStatement;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.change.core.RawSQLChange;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class WorkloadFilesTests {

    @TempDir
    Path directory;

    @Test
    void rotatesCreateTableAddColumnAndCreateIndex() {
        assertThat(DdlSteps.statements(4)).containsExactly(
                "CREATE TABLE bench_0001 (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(100), amount DECIMAL(12,2), "
                        + "created_on DATE, active BOOLEAN)",
                "ALTER TABLE bench_0001 ADD COLUMN note VARCHAR(200)",
                "CREATE INDEX bench_0001_name_ix ON bench_0001 (name)",
                "CREATE TABLE bench_0002 (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(100), amount DECIMAL(12,2), "
                        + "created_on DATE, active BOOLEAN)");
        assertThat(DdlSteps.tables(4)).containsExactly("bench_0001", "bench_0002");
    }

    @Test
    void everyToolReadsTheStatementsTheFloorRuns() throws Exception {
        WorkloadFiles files = WorkloadFiles.write(this.directory, 7);
        List<String> expected = files.statements();
        assertThat(expected).hasSize(7);
        assertThat(revGraphStatements(files)).isEqualTo(expected);
        assertThat(flywayStatements(files)).isEqualTo(expected);
        assertThat(liquibaseStatements(files)).isEqualTo(expected);
    }

    @Test
    void revGraphRevisionsFormOneChain() {
        WorkloadFiles files = WorkloadFiles.write(this.directory, 3);
        LoadedRevisions loaded = load(files);
        assertThat(loaded.revisions()).extracting((info) -> info.id())
            .containsExactly("step_00001", "step_00002", "step_00003");
        assertThat(loaded.revisions().get(0).down()).isEmpty();
        assertThat(loaded.revisions().get(2).down()).containsExactly("step_00002");
    }

    private static List<String> revGraphStatements(WorkloadFiles files) {
        List<String> statements = new ArrayList<>();
        for (var script : load(files).scripts()) {
            ((SqlRevisionScript) script).upgrade().stream().map(SqlStatement::sql).map(String::strip)
                .forEach(statements::add);
        }
        return statements;
    }

    private static LoadedRevisions load(WorkloadFiles files) {
        return RevisionLoader.forClassLoader(WorkloadFilesTests.class.getClassLoader())
            .load(List.of("filesystem:" + files.revgraph().toAbsolutePath()), "h2", List.of());
    }

    private static List<String> flywayStatements(WorkloadFiles files) throws Exception {
        List<String> statements = new ArrayList<>();
        for (int step = 1; step <= files.count(); step++) {
            String text = Files.readString(files.flyway().resolve("V" + step + "__step.sql")).strip();
            assertThat(text).endsWith(";");
            statements.add(text.substring(0, text.length() - 1));
        }
        return statements;
    }

    private static List<String> liquibaseStatements(WorkloadFiles files) throws Exception {
        DirectoryResourceAccessor accessor = new DirectoryResourceAccessor(files.liquibase());
        DatabaseChangeLog changelog = ChangeLogParserFactory.getInstance()
            .getParser(WorkloadFiles.LIQUIBASE_CHANGELOG, accessor)
            .parse(WorkloadFiles.LIQUIBASE_CHANGELOG, new ChangeLogParameters(), accessor);
        List<String> statements = new ArrayList<>();
        for (ChangeSet changeSet : changelog.getChangeSets()) {
            assertThat(changeSet.getChanges()).hasSize(1);
            String sql = ((RawSQLChange) changeSet.getChanges().get(0)).getSql().strip();
            statements.add(sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql);
        }
        return statements;
    }
}
