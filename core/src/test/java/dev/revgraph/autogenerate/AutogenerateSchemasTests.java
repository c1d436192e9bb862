package dev.revgraph.autogenerate;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.revgraph.Migration;
import dev.revgraph.dialect.Dialect;
import dev.revgraph.diff.CompareOptions;
import dev.revgraph.diff.Difference;
import dev.revgraph.diff.ModelBuilder;
import dev.revgraph.operation.Operation;
import dev.revgraph.operation.RecordingOperations;
import dev.revgraph.schema.CatalogReader;
import dev.revgraph.schema.CatalogReaders;
import dev.revgraph.schema.Schema;
import dev.revgraph.schema.Sequence;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabaseExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A model spread over two schemas on PostgreSQL: its objects in the second schema are compared with that
 * schema and created there, through {@code op.inSchema(...)}.
 */
class AutogenerateSchemasTests {

    @RegisterExtension
    static final TestDatabaseExtension postgres = TestDatabaseExtension.of(DatabaseKind.POSTGRESQL);

    @TempDir
    Path classes;

    @Test
    void createsAModelSequenceInItsOwnSchemaAndThenFindsNothing(TestDatabase database) throws Exception {
        try (Connection connection = database.connect()) {
            execute(connection, "CREATE SCHEMA seq_other");
            Autogenerator autogenerator = Autogenerator.forConnection(connection);
            Dialect dialect = autogenerator.dialect();
            Schema model = ModelBuilder.schema(dialect,
                    List.of(Sequence.of("seq_other", "invoice_numbers", 1, 20), Sequence.of("order_numbers", 1, 10)),
                    ModelBuilder.table("seq_orders").column("id", "bigint").notNull().primaryKey("id"));
            CompareOptions options = CompareOptions.defaults().schemas(List.of("public", "seq_other"));
            AutogeneratePlan plan = autogenerator.plan(connection, ModelSource.of(model), options);
            assertThat(plan.upgradeOperations()).extracting(OperationText::describe).containsExactlyInAnyOrder(
                    "create sequence order_numbers START 1 INCREMENT 10", "create table seq_orders (id BIGINT)",
                    "create sequence seq_other.invoice_numbers START 1 INCREMENT 20");
            RevisionMetadata metadata = new RevisionMetadata("5e9a0b1c2d3e", List.of(), List.of(), List.of(),
                    "sequences in two schemas", Instant.parse("2026-01-02T03:04:05Z"));
            String source = JavaRevisionRenderer.render(metadata, "generated", "TwoSchemas", plan).toString();
            assertThat(source).contains("op.inSchema(\"seq_other\").createSequence(\"invoice_numbers\", 1, 20);")
                .contains("op.createSequence(\"order_numbers\", 1, 10);");
            Migration migration = (Migration) InProcessCompiler.compile(Map.of("generated.TwoSchemas", source), classes)
                .loadClass("generated.TwoSchemas")
                .getDeclaredConstructor()
                .newInstance();
            RecordingOperations upgrade = new RecordingOperations();
            migration.upgrade(upgrade);
            try (Statement statement = connection.createStatement()) {
                for (Operation operation : upgrade.operations()) {
                    for (String sql : dialect.render(operation)) {
                        statement.execute(sql);
                    }
                }
            }
            CatalogReader reader = CatalogReaders.forDialect(dialect);
            assertThat(reader.read(connection, "seq_other").sequences()).extracting(Sequence::name)
                .containsExactly("invoice_numbers");
            assertThat(reader.read(connection, "public").sequences()).extracting(Sequence::name)
                .containsExactly("order_numbers");
            assertThat(autogenerator.differences(connection, model, options)).extracting(Difference::describe).isEmpty();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
