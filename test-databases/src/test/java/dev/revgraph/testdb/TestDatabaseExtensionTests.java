package dev.revgraph.testdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/**
 * Runs sample test classes through the JUnit launcher and checks what JUnit reports for them. The
 * samples get their servers from {@link #sampleServers}, which each test sets up without touching the
 * real environment.
 */
class TestDatabaseExtensionTests {

    private static final ContainerEngine noDocker = ContainerEngine.absent("no Docker engine is configured");

    static volatile DatabaseServers sampleServers = new DatabaseServers(Settings.of(Map.of()), noDocker);

    static final List<String> seenDatabases = new ArrayList<>();

    @AfterEach
    void forgetTheSamples() {
        seenDatabases.clear();
    }

    @Test
    void givesTheClassOneDatabaseAndDropsItAfterwards() throws SQLException {
        Map<String, TestExecutionResult> results = run(H2Sample.class);

        assertThat(results).containsKeys("createsATable(TestDatabase)", "seesTheSameDatabase(TestDatabase)",
                "sharesTheOuterDatabase(TestDatabase)");
        assertThat(results.values()).extracting(TestExecutionResult::getStatus)
                .containsOnly(TestExecutionResult.Status.SUCCESSFUL);
        assertThat(seenDatabases).hasSize(3).containsOnly(seenDatabases.get(0));
        assertThat(new H2Server().exists(seenDatabases.get(0))).isFalse();
    }

    @Test
    void skipsTheClassWhenThereIsNoServer() {
        Map<String, TestExecutionResult> results = run(PostgresSample.class);

        TestExecutionResult result = results.get("TestDatabaseExtensionTests$PostgresSample");
        assertThat(result.getStatus()).isEqualTo(TestExecutionResult.Status.ABORTED);
        assertThat(message(result)).contains("REVGRAPH_TEST_POSTGRES_URL is not set");
        assertThat(results).doesNotContainKey("neverRuns()");
    }

    @Test
    void failsTheClassWhenThereIsNoServerAndDatabasesAreRequired() {
        sampleServers = new DatabaseServers(Settings.of(Map.of("REVGRAPH_TEST_REQUIRE_DATABASES", "true")), noDocker);

        Map<String, TestExecutionResult> results = run(PostgresSample.class);

        TestExecutionResult result = results.get("TestDatabaseExtensionTests$PostgresSample");
        assertThat(result.getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
        assertThat(message(result)).contains("REVGRAPH_TEST_POSTGRES_URL").contains("scripts/dev-databases.sh");
    }

    @Test
    void runsATestOncePerKindSkippingOnlyTheKindsWithoutServer() {
        Map<String, TestExecutionResult> results = run(AllKindsSample.class);

        assertThat(results.get("PostgreSQL").getStatus()).isEqualTo(TestExecutionResult.Status.ABORTED);
        assertThat(results.get("MariaDB").getStatus()).isEqualTo(TestExecutionResult.Status.ABORTED);
        assertThat(results.get("H2").getStatus()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
        assertThat(results.get("TestDatabaseExtensionTests$AllKindsSample").getStatus()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
    }

    @Test
    void explainsThatItMustBeRegisteredOnAStaticField() {
        Map<String, TestExecutionResult> results = run(InstanceFieldSample.class);

        TestExecutionResult result = results.get("asksForTheDatabase()");
        assertThat(result.getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
        assertThat(message(result)).contains("@RegisterExtension on a static field");
    }

    @AfterEach
    void restoreTheSampleServers() {
        sampleServers = new DatabaseServers(Settings.of(Map.of()), noDocker);
    }

    private static TestDatabaseExtension sampleExtension(DatabaseKind... kinds) {
        return new TestDatabaseExtension(EnumSet.of(kinds[0], kinds),
                kind -> sampleServers.server(kind).createDatabase());
    }

    /** What JUnit reported for each test and container, by display name. */
    private static Map<String, TestExecutionResult> run(Class<?> testClass) {
        Map<String, TestExecutionResult> results = new LinkedHashMap<>();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request().selectors(selectClass(testClass)).build(), new TestExecutionListener() {

            @Override
            public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
                results.put(identifier.getDisplayName(), result);
            }
        });
        return results;
    }

    private static String message(TestExecutionResult result) {
        Optional<Throwable> failure = result.getThrowable();
        assertThat(failure).isPresent();
        return String.valueOf(failure.get().getMessage());
    }

    static class H2Sample {

        @RegisterExtension
        static final TestDatabaseExtension h2 = sampleExtension(DatabaseKind.H2);

        @Test
        void createsATable(TestDatabase database) throws SQLException {
            seenDatabases.add(database.name());
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE sample (id INT PRIMARY KEY)");
            }
        }

        @Test
        void seesTheSameDatabase(TestDatabase database) {
            seenDatabases.add(database.name());
            assertThat(database).isSameAs(h2.database());
        }

        @Nested
        class Inner {

            @Test
            void sharesTheOuterDatabase(TestDatabase database) {
                seenDatabases.add(database.name());
            }
        }
    }

    static class PostgresSample {

        @RegisterExtension
        static final TestDatabaseExtension postgres = sampleExtension(DatabaseKind.POSTGRESQL);

        @Test
        void neverRuns() {
        }
    }

    static class AllKindsSample {

        @RegisterExtension
        static final TestDatabaseExtension databases = sampleExtension(DatabaseKind.values());

        @AllDatabasesTest
        void connects(DatabaseKind kind) throws SQLException {
            try (Connection connection = databases.database(kind).connect()) {
                assertThat(connection.isValid(5)).isTrue();
            }
        }
    }

    static class InstanceFieldSample {

        @RegisterExtension
        final TestDatabaseExtension h2 = sampleExtension(DatabaseKind.H2);

        @Test
        void asksForTheDatabase() {
            h2.database();
        }
    }
}
