package dev.revgraph.autogenerate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.revgraph.Migration;
import dev.revgraph.diff.Difference;
import dev.revgraph.operation.RecordingOperations;
import dev.revgraph.schema.Schema;
import dev.revgraph.schema.SnapshotDiff;
import dev.revgraph.script.SqlRevisionParser;
import dev.revgraph.script.SqlRevisionScript;
import dev.revgraph.script.SqlStatement;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabaseExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of model change, on every database: from the database built from the model before the
 * change and the changed model, autogenerate writes exactly the expected operations with the expected
 * risks; the rendered Java revision compiles (javax.tools, against the public API) and makes exactly
 * those operations; its upgrade brings the database to the model (compared again: no difference) and its
 * downgrade brings back the schema before (catalog snapshots equal). For a subset, the SQL revision
 * rendered for the database is parsed and applied the same way.
 */
class AutogenerateChangeTests {

    @RegisterExtension
    static final TestDatabaseExtension databases = TestDatabaseExtension.ofAllKinds();

    @AfterAll
    static void forgetTheMatrix() throws IOException {
        ChangeMatrix.reset();
    }

    static Stream<Arguments> changes() {
        return Stream.of(DatabaseKind.values())
            .flatMap((kind) -> ChangeMatrix.changesFor(kind).stream().map((change) -> Arguments.of(kind, change)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("changes")
    void writesTheOperationsAndARevisionThatUpgradesToTheModelAndDowngradesBack(DatabaseKind kind, Change change)
            throws Exception {
        ChangeMatrix matrix = ChangeMatrix.prepare(kind, databases.database(kind));
        assertThat(matrix.beforeDifferences).as("the states the changes start from").isEmpty();
        AutogeneratePlan plan = matrix.plans.get(change.id);
        List<String> operations = plan.upgradeOperations().stream().map(OperationText::describe).toList();
        assertMatches(operations, change.expected(kind), matrix.javaSources.get(change.id));
        assertThat(plan.risks()).extracting((risk) -> risk.kind().tag()).as("risks")
            .containsExactlyElementsOf(change.risks(kind));
        for (String warning : change.warnings) {
            assertThat(plan.upgrade()).anySatisfy((planned) -> assertThat(planned.warnings()).anySatisfy(
                    (text) -> assertThat(text).containsIgnoringCase(warning)));
            assertThat(matrix.javaSources.get(change.id)).containsIgnoringCase(warning);
        }
        Migration migration = matrix.migration(change);
        RecordingOperations recorded = new RecordingOperations();
        migration.upgrade(recorded);
        assertThat(recorded.operations()).extracting(OperationText::describe)
            .containsExactlyElementsOf(plan.upgradeOperations().stream().map(OperationText::describe).toList());
        try (Connection connection = matrix.database.connect()) {
            matrix.run(connection, migration::upgrade);
            assertUpToDate(matrix, connection, change);
            matrix.run(connection, migration::downgrade);
            assertRestored(matrix, connection, change);
            if (change.sql) {
                SqlRevisionScript script = new SqlRevisionParser().parse(change.id + ".sql",
                        matrix.sqlRevisions.get(change.id).getBytes(StandardCharsets.UTF_8));
                matrix.executeSql(connection, script.upgrade().stream().map(SqlStatement::sql).toList());
                assertUpToDate(matrix, connection, change);
                matrix.executeSql(connection, script.downgrade().stream().map(SqlStatement::sql).toList());
                assertRestored(matrix, connection, change);
            }
        }
    }

    private static void assertUpToDate(ChangeMatrix matrix, Connection connection, Change change) throws Exception {
        Schema model = matrix.model(change.after.get(), change.afterSequences);
        List<Difference> differences = Autogenerator.forDialect(matrix.dialect).differences(connection, model,
                ChangeMatrix.options(change));
        assertThat(differences).extracting(Difference::describe).as("differences after the upgrade").isEmpty();
    }

    private static void assertRestored(ChangeMatrix matrix, Connection connection, Change change) throws Exception {
        Schema after = matrix.snapshot(connection, change);
        assertThat(SnapshotDiff.between(matrix.before.get(change.id), after).differences())
            .as("the schema after the downgrade").isEmpty();
    }

    private static void assertMatches(List<String> operations, List<String> expected, String source) {
        assertThat(operations).as(source).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            String pattern = Stream.of(expected.get(i).toLowerCase(Locale.ROOT).split("\\*", -1)).map(Pattern::quote)
                .reduce((a, b) -> a + ".*" + b).orElse("");
            assertThat(operations.get(i).toLowerCase(Locale.ROOT)).as(source)
                .matches(Pattern.compile(pattern, Pattern.DOTALL));
        }
    }
}
