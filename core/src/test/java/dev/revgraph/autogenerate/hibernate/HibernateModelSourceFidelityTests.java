package dev.revgraph.autogenerate.hibernate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.revgraph.diff.CompareOptions;
import dev.revgraph.diff.Difference;
import dev.revgraph.diff.SchemaComparator;
import dev.revgraph.dialect.Dialect;
import dev.revgraph.dialect.Dialects;
import dev.revgraph.schema.CatalogReader;
import dev.revgraph.schema.CatalogReaders;
import dev.revgraph.schema.Schema;
import dev.revgraph.schema.Sequence;
import dev.revgraph.schema.Table;
import dev.revgraph.testdb.AllDatabasesTest;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model {@link HibernateModelSource} builds, without a connection and without a
 * {@code SessionFactory}, is what Hibernate itself creates: for the same entities and properties,
 * Hibernate builds a full {@code EntityManagerFactory} with schema generation {@code create} (Bean
 * Validation applied by its own integrator, columns ordered by its own strategy) on a fresh database;
 * RevGraph's catalog reader reads it back; the comparison — types, nullability, defaults, identity,
 * comments, keys, indexes, foreign keys and their actions, checks, sequences (in their schemas) — finds
 * nothing, on every database, with no difference set aside.
 */
class HibernateModelSourceFidelityTests {

    @AllDatabasesTest
    void modelEqualsWhatHibernateCreatesWithBootNaming(DatabaseKind kind) throws SQLException {
        assertModelEqualsWhatHibernateCreates(kind, ShopModel.BOOT_NAMING);
    }

    // The shop's @Check is written unquoted; with every other name quoted, case-sensitive H2 cannot find its
    // column (Hibernate's own DDL fails), so the quoted model is proved where case allows it
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DatabaseKind.class, names = { "POSTGRESQL", "MARIADB" })
    void modelEqualsWhatHibernateCreatesWithGloballyQuotedIdentifiers(DatabaseKind kind) throws SQLException {
        assertModelEqualsWhatHibernateCreates(kind, ShopModel.QUOTED);
    }

    private void assertModelEqualsWhatHibernateCreates(DatabaseKind kind, Map<String, Object> properties)
            throws SQLException {
        try (TestDatabase database = TestDatabases.create(kind)) {
            ShopModel.createWithHibernate(kind, database.dataSource(), properties);
            try (Connection connection = database.connect()) {
                Dialect dialect = Dialects.of(connection);
                Schema model = ShopModel.source(kind, properties).model(dialect);
                CatalogReader reader = CatalogReaders.forDialect(dialect);
                Schema defaultModel = part(model, null);
                Schema defaultDatabase = reader.read(connection, reader.currentSchema(connection));
                List<Difference> differences = new ArrayList<>(
                        SchemaComparator.compare(dialect, defaultModel, defaultDatabase, CompareOptions.defaults()));
                assertThat(defaultDatabase.tableNames()).hasSameSizeAs(defaultModel.tables());
                assertThat(defaultDatabase.sequences().stream().filter((sequence) -> !sequence.identity()))
                    .hasSameSizeAs(defaultModel.sequences());
                if (kind != DatabaseKind.MARIADB) {
                    String archive = (kind == DatabaseKind.H2) ? "SHOP_ARCHIVE" : "shop_archive";
                    Schema archiveModel = new Schema(archive, part(model, "shop_archive").tables(),
                            part(model, "shop_archive").sequences());
                    Schema archiveDatabase = reader.read(connection, archive);
                    assertThat(archiveModel.tables()).hasSize(1);
                    assertThat(archiveDatabase.tables()).hasSize(1);
                    assertThat(archiveModel.sequences()).extracting(Sequence::name).containsExactly("archive_id_seq");
                    assertThat(archiveDatabase.sequences()).extracting(Sequence::name)
                        .containsExactly((kind == DatabaseKind.H2) ? "ARCHIVE_ID_SEQ" : "archive_id_seq");
                    differences.addAll(SchemaComparator.compare(dialect, archiveModel, archiveDatabase,
                            CompareOptions.defaults()));
                }
                assertThat(differences)
                    .as(() -> "model:\n" + model.describe() + "\ndatabase:\n" + defaultDatabase.describe())
                    .isEmpty();
            }
        }
    }

    private static Schema part(Schema model, String schema) {
        List<Table> tables = model.tables()
            .stream()
            .filter((table) -> Objects.equals(table.schema(), schema))
            .toList();
        List<Sequence> sequences = model.sequences()
            .stream()
            .filter((sequence) -> Objects.equals(sequence.schema(), schema))
            .toList();
        return new Schema(schema, tables, sequences);
    }
}
