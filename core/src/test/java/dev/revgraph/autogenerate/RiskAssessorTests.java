package dev.revgraph.autogenerate;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import dev.revgraph.dialect.Dialect;
import dev.revgraph.dialect.Dialects;
import dev.revgraph.diff.CompareOptions;
import dev.revgraph.diff.Databases;
import dev.revgraph.diff.ModelBuilder;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabaseExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The risks of each operation, counted on the live database: the rows a drop loses, the rows that break a
 * new NOT NULL, unique key or narrower type, and the locking of operations on a table PostgreSQL estimates
 * as large ({@code pg_class.reltuples}, here with a threshold of 10 rows).
 */
class RiskAssessorTests {

    @RegisterExtension
    static final TestDatabaseExtension postgres = TestDatabaseExtension.of(DatabaseKind.POSTGRESQL);

    private static AutogeneratePlan plan;

    @BeforeAll
    static void planAgainstATableWithRows(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            Databases.run(connection, """
                    CREATE TABLE risk_t (id BIGINT PRIMARY KEY, email VARCHAR(100), code VARCHAR(20), legacy VARCHAR(10));
                    INSERT INTO risk_t SELECT i, CASE WHEN i <= 3 THEN NULL ELSE 'u' || i END,
                        CASE WHEN i <= 5 THEN 'x' WHEN i <= 15 THEN 'longer-than-five-' || i ELSE 'c' || i END,
                        CASE WHEN i <= 7 THEN 'old' END
                        FROM generate_series(1, 50) i;
                    ANALYZE risk_t""");
            Dialect dialect = Dialects.of(connection);
            ModelSource model = ModelSource.of(ModelBuilder.schema(dialect, ModelBuilder.table("risk_t")
                .column("id", "bigint").notNull().column("email", "varchar(100)").notNull()
                .column("code", "varchar(5)").primaryKey("id").unique("uk_risk_t_code", "code")
                .index("ix_risk_t_email", "email")));
            plan = Autogenerator.forDialect(dialect).largeTableRows(10).plan(connection, model,
                    CompareOptions.defaults().includeTables("risk_*"));
        }
    }

    private static List<String> risksOf(String operation) {
        return plan.upgrade().stream()
            .filter((planned) -> OperationText.describe(planned.operation()).startsWith(operation))
            .flatMap((planned) -> planned.risks().stream())
            .map(Risk::describe)
            .toList();
    }

    @Test
    void countsTheRowsThatHoldNullBeforeSetNotNull() {
        assertThat(risksOf("alter column risk_t.email")).contains(
                "data-dependent: SET NOT NULL on risk_t.email fails while a row holds NULL (3 rows are NULL)");
    }

    @Test
    void countsTheValuesTooLongForANarrowerType() {
        assertThat(risksOf("alter column risk_t.code")).contains("data-dependent: changes the type of risk_t.code "
                + "from character varying(20) to character varying(5), shorter (10 rows are longer)");
    }

    @Test
    void countsTheRowsThatShareAValueOfANewUniqueKey() {
        assertThat(risksOf("create unique constraint uk_risk_t_code")).contains(
                "data-dependent: UNIQUE on risk_t (code) fails while values repeat (5 rows share a value)");
    }

    @Test
    void countsTheValuesADroppedColumnLoses() {
        assertThat(risksOf("drop column risk_t.legacy")).containsExactly(
                "destructive: drops column risk_t.legacy and its values (7 rows have a value)");
    }

    @Test
    void flagsACreateIndexWithoutConcurrentlyOnALargeTable() {
        assertThat(risksOf("create index ix_risk_t_email")).singleElement().asString()
            .startsWith("locking: CREATE INDEX without CONCURRENTLY blocks writes to risk_t while it builds")
            .endsWith("(50 rows, estimated)");
    }

    @Test
    void flagsARewriteAndAFullScanUnderAnExclusiveLock() {
        assertThat(risksOf("alter column risk_t.code")).anySatisfy((risk) -> assertThat(risk)
            .startsWith("locking: changing the type of risk_t.code rewrites the table"));
        assertThat(risksOf("alter column risk_t.email")).anySatisfy((risk) -> assertThat(risk)
            .startsWith("locking: SET NOT NULL scans risk_t"));
    }

    @Test
    void writesTheRisksAsCommentsAboveEachOperationOfTheRevision() {
        String source = JavaRevisionRenderer.render(new RevisionMetadata("ab12cd34ef56", List.of(), List.of(), List.of(),
                "risky", Instant.EPOCH), "db.revisions", "Risky_ab12cd34ef56", plan).toString();
        assertThat(source).contains("        // data-dependent: SET NOT NULL on risk_t.email fails while a row holds NULL "
                + "(3 rows are NULL)\n", "        // destructive: drops column risk_t.legacy and its values (7 rows "
                + "have a value)\n        op.dropColumn(\"risk_t\", \"legacy\");");
    }
}
