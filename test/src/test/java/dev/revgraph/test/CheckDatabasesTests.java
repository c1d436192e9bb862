package dev.revgraph.test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import dev.revgraph.dialect.Dialects;
import dev.revgraph.test.fixtures.good.GoodModel;
import dev.revgraph.testdb.AllDatabasesTest;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabaseExtension;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The checks in a database the user gives by URL, one per database kind shared by every test here: each
 * check refuses it unless it is empty, and leaves it empty, whether it passes or fails.
 */
class CheckDatabasesTests {

    private static final String SAMPLE_URL_PROPERTY = "revgraph.kit.sample.url";

    @RegisterExtension
    static final TestDatabaseExtension databases = TestDatabaseExtension.ofAllKinds();

    @AllDatabasesTest
    void everyCheckPassesInTheUsersEmptyDatabaseAndLeavesItEmpty(DatabaseKind kind) throws SQLException {
        TestDatabase database = databases.database(kind);
        MigrationCheckConfig config = MigrationCheckConfig.builder()
            .locations("classpath:db/good")
            .javaPackages("dev.revgraph.test.fixtures.good")
            .url(database.jdbcUrl(), database.user(), database.password())
            .modelSource(new GoodModel())
            .build();
        MigrationCheck.singleHead(config);
        MigrationCheck.upgradesFromEmptyToHeads(config);
        MigrationCheck.migrationsBuildTheModelSchema(config);
        MigrationCheck.stairway(config);
        MigrationCheck.downgradeToBaseLeavesNothingBehind(config);
        assertEmpty(database);
    }

    @AllDatabasesTest
    void aFailingCheckStillLeavesTheUsersDatabaseEmpty(DatabaseKind kind) throws SQLException {
        TestDatabase database = databases.database(kind);
        MigrationCheckConfig config = MigrationCheckConfig.builder()
            .locations("classpath:db/leftover-sequence")
            .url(database.jdbcUrl(), database.user(), database.password())
            .build();
        assertThatExceptionOfType(AssertionError.class)
            .isThrownBy(() -> MigrationCheck.downgradeToBaseLeavesNothingBehind(config));
        assertEmpty(database);
    }

    @AllDatabasesTest
    void aViewLeftBehindIsRemovedFromTheUsersDatabaseToo(DatabaseKind kind) throws SQLException {
        TestDatabase database = databases.database(kind);
        MigrationCheckConfig config = MigrationCheckConfig.builder()
            .locations("classpath:db/leftover-view")
            .url(database.jdbcUrl(), database.user(), database.password())
            .build();
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> MigrationCheck.stairway(config));
        assertEmpty(database);
    }

    @AllDatabasesTest
    void aDatabaseWithTablesIsRefused(DatabaseKind kind) throws SQLException {
        TestDatabase database = databases.database(kind);
        execute(database, "CREATE TABLE customer_data (id INTEGER PRIMARY KEY)");
        try {
            MigrationCheckConfig config = MigrationCheckConfig.builder()
                .locations("classpath:db/good")
                .url(database.jdbcUrl(), database.user(), database.password())
                .build();
            assertThat(MigrationCheckTests.failure(() -> MigrationCheck.upgradesFromEmptyToHeads(config)))
                .startsWith("The migration checks need an empty database, and the database at " + database.jdbcUrl())
                .containsIgnoringCase("has tables: customer_data. Each check builds the schema from "
                        + "nothing and removes it afterwards; give the checks a database (or schema) of their own.");
        }
        finally {
            execute(database, "DROP TABLE customer_data");
        }
    }

    @Test
    void theAnnotationTakesAUrlWithPlaceholders() {
        TestDatabase database = databases.database(DatabaseKind.H2);
        System.setProperty(SAMPLE_URL_PROPERTY, database.jdbcUrl());
        try {
            KitRun run = KitRun.of(GoodByUrl.class);
            assertThat(run.outcomes()).hasSize(5);
            run.outcomes().forEach((check, outcome) -> assertThat(outcome.passed()).as(check + ": " + outcome).isTrue());
        }
        finally {
            System.clearProperty(SAMPLE_URL_PROPERTY);
        }
    }

    @Test
    void anUnsetPlaceholderSaysWhichVariableIsMissing() {
        KitRun run = KitRun.of(GoodByUrl.class);
        // a single head needs no database; the others are skipped (or fail, when databases are required)
        assertThat(run.outcome("singleHead").passed()).isTrue();
        assertThat(run.outcome("upgradesFromEmptyToHeads").message()).startsWith("@MigrationsTest(url = \"${revgraph.kit.sample.url}"
                + "\"): revgraph.kit.sample.url is not set, so there is no database for the migration checks.");
    }

    private static void assertEmpty(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            SchemaSnapshot left = new SchemaCleaner(connection, Dialects.of(connection), null).read();
            assertThat(left.schema().tableNames()).isEmpty();
            assertThat(left.schema().sequences()).isEmpty();
            assertThat(left.otherObjects()).isEmpty();
        }
    }

    private static void execute(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @OnlyInTestKit
    @MigrationsTest(url = "${" + SAMPLE_URL_PROPERTY + "}", user = "sa", locations = "classpath:db/good",
            javaPackages = "dev.revgraph.test.fixtures.good", modelSource = GoodModel.class)
    static class GoodByUrl implements MigrationChecks {
    }
}
