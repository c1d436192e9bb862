package dev.revgraph.benchmarks.compare;

import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import dev.revgraph.autogenerate.Autogenerator;
import dev.revgraph.dialect.Dialect;
import dev.revgraph.dialect.Dialects;
import dev.revgraph.diff.CompareOptions;
import dev.revgraph.diff.Difference;
import dev.revgraph.schema.Schema;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CompareSchemaTests {

    @TempDir
    Path directory;

    @Test
    void entitiesMatchTheDdl() throws Exception {
        CompareSchema schema = new CompareSchema(20);
        Path classes = EntityClasses.compile(schema, this.directory);
        try (TestDatabase database = TestDatabases.create(DatabaseKind.H2);
                Connection connection = database.connect();
                URLClassLoader loader = EntityClasses.loader(classes)) {
            try (Statement statement = connection.createStatement()) {
                for (String ddl : schema.ddl()) {
                    statement.execute(ddl);
                }
            }
            Dialect dialect = Dialects.of(connection);
            Schema model = CompareRun.modelSource(schema, loader).model(dialect);
            assertThat(model.tables()).hasSize(20);
            assertThat(model.tables()).allSatisfy((table) -> {
                assertThat(table.columns()).hasSize(10);
                assertThat(table.foreignKeys()).hasSize(1);
                assertThat(table.indexes()).hasSize(1);
            });
            List<Difference> differences = Autogenerator.forDialect(dialect)
                .differences(connection, model, CompareOptions.defaults());
            assertThat(differences).isEmpty();
        }
    }

    @Test
    void eachTableReferencesTheOneBeforeAndTheFirstItself() {
        List<String> ddl = new CompareSchema(3).ddl();
        assertThat(ddl).hasSize(6);
        assertThat(ddl.get(0)).contains("CREATE TABLE w3_t0001 (").contains("REFERENCES w3_t0001 (id)");
        assertThat(ddl.get(2)).contains("CREATE TABLE w3_t0002 (").contains("REFERENCES w3_t0001 (id)");
        assertThat(ddl.get(5)).isEqualTo("CREATE INDEX w3_t0003_name_ix ON w3_t0003 (name)");
    }
}
