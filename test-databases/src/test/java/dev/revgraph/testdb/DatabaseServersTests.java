package dev.revgraph.testdb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DatabaseServersTests {

    private static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/revgraph?user=revgraph&password=s3cret";

    private final RecordingEngine noDocker = new RecordingEngine("no Docker engine is configured");

    @Test
    void skipsWhenThereIsNoUrlNoDockerAndDatabasesAreNotRequired() {
        DatabaseServers servers = new DatabaseServers(Settings.of(Map.of()), noDocker);

        assertThatExceptionOfType(TestAbortedException.class).isThrownBy(() -> servers.server(DatabaseKind.POSTGRESQL))
                .withMessageContaining("REVGRAPH_TEST_POSTGRES_URL is not set")
                .withMessageContaining("no Docker engine is configured")
                .withMessageContaining("scripts/dev-databases.sh");
    }

    @Test
    void failsWithWhatToDoWhenDatabasesAreRequired() {
        DatabaseServers servers = new DatabaseServers(
                Settings.of(Map.of("REVGRAPH_TEST_REQUIRE_DATABASES", "true")), noDocker);

        assertThatIllegalStateException().isThrownBy(() -> servers.server(DatabaseKind.MARIADB))
                .withMessageContaining("MariaDB is required (REVGRAPH_TEST_REQUIRE_DATABASES=true)")
                .withMessageContaining("REVGRAPH_TEST_MARIADB_URL is not set")
                .withMessageContaining("scripts/dev-databases.sh");
    }

    @Test
    void readsTheRequireFlagIgnoringCaseAndSpaces() {
        assertThat(new DatabaseServers(Settings.of(Map.of("REVGRAPH_TEST_REQUIRE_DATABASES", " TRUE ")), noDocker)
                .databasesRequired()).isTrue();
        assertThat(new DatabaseServers(Settings.of(Map.of("REVGRAPH_TEST_REQUIRE_DATABASES", "false")), noDocker)
                .databasesRequired()).isFalse();
        assertThat(new DatabaseServers(Settings.of(Map.of()), noDocker).databasesRequired()).isFalse();
    }

    @Test
    void usesTheUrlWithoutAskingForDocker() {
        DatabaseServers servers = new DatabaseServers(Settings.of(Map.of("REVGRAPH_TEST_POSTGRES_URL", POSTGRES_URL)), noDocker);

        DatabaseServer server = servers.server(DatabaseKind.POSTGRESQL);

        assertThat(server).isInstanceOf(PostgresServer.class);
        assertThat(server.origin()).isEqualTo(
                "REVGRAPH_TEST_POSTGRES_URL (jdbc:postgresql://127.0.0.1:5432/revgraph?user=revgraph&password=****)");
        assertThat(noDocker.asked).isEmpty();
    }

    @Test
    void usesAContainerWhenThereIsNoUrlAndDockerAnswers() {
        RecordingEngine docker = new RecordingEngine(null);
        DatabaseServers servers = new DatabaseServers(Settings.of(Map.of()), docker);

        DatabaseServer server = servers.server(DatabaseKind.MARIADB);

        assertThat(server.origin()).isEqualTo("a container");
        assertThat(docker.started).containsExactly(DatabaseKind.MARIADB);
    }

    @Test
    void resolvesEachKindOnce() {
        DatabaseServers servers = new DatabaseServers(Settings.of(Map.of()), noDocker);

        for (int i = 0; i < 3; i++) {
            assertThatExceptionOfType(TestAbortedException.class).isThrownBy(() -> servers.server(DatabaseKind.POSTGRESQL));
        }

        assertThat(noDocker.asked).containsExactly(DatabaseKind.POSTGRESQL);
    }

    @Test
    void alwaysHasH2() {
        DatabaseServers servers = new DatabaseServers(
                Settings.of(Map.of("REVGRAPH_TEST_REQUIRE_DATABASES", "true")), noDocker);

        assertThat(servers.server(DatabaseKind.H2)).isInstanceOf(H2Server.class);
        assertThat(noDocker.asked).isEmpty();
    }

    @Test
    void failsEvenWhenNotRequiredIfTheUrlNamesNoUser() {
        DatabaseServers servers = new DatabaseServers(
                Settings.of(Map.of("REVGRAPH_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/revgraph?password=s3cret")),
                noDocker);

        assertThatIllegalStateException().isThrownBy(() -> servers.server(DatabaseKind.POSTGRESQL))
                .withMessageContaining("REVGRAPH_TEST_POSTGRES_URL (jdbc:postgresql://127.0.0.1:5432/revgraph?password=****)")
                .withMessageContaining("names no user")
                .withMessageNotContaining("s3cret");
    }

    @Test
    void failsWithoutShowingThePasswordWhenTheUrlIsMalformed() {
        DatabaseServers servers = new DatabaseServers(
                Settings.of(Map.of("REVGRAPH_TEST_MARIADB_URL", "mariadb://127.0.0.1?user=revgraph&password=s3cret")), noDocker);

        assertThatIllegalStateException().isThrownBy(() -> servers.server(DatabaseKind.MARIADB))
                .withMessageContaining("REVGRAPH_TEST_MARIADB_URL")
                .withMessageNotContaining("s3cret");
    }

    @Test
    void failsWithTheUrlMaskedWhenItsServerDoesNotAnswer() {
        // Nothing listens on port 1.
        DatabaseServers servers = new DatabaseServers(Settings.of(Map.of("REVGRAPH_TEST_POSTGRES_URL",
                "jdbc:postgresql://127.0.0.1:1/revgraph?user=revgraph&password=s3cret&connectTimeout=2")), noDocker);

        assertThatIllegalStateException().isThrownBy(() -> servers.server(DatabaseKind.POSTGRESQL).createDatabase())
                .withMessageContaining("Could not create a PostgreSQL database on REVGRAPH_TEST_POSTGRES_URL")
                .withMessageContaining("password=****")
                .withMessageNotContaining("s3cret");
    }

    /** Answers with a fixed reason (or none) and records what it was asked. */
    private static final class RecordingEngine implements ContainerEngine {

        private final @Nullable String reason;
        private final List<DatabaseKind> asked = new ArrayList<>();
        private final List<DatabaseKind> started = new ArrayList<>();

        RecordingEngine(@Nullable String reason) {
            this.reason = reason;
        }

        @Override
        public @Nullable String unavailableReason(DatabaseKind kind) {
            asked.add(kind);
            return reason;
        }

        @Override
        public DatabaseServer start(DatabaseKind kind) {
            started.add(kind);
            return new MariaDbServer(JdbcUrl.parse("jdbc:mariadb://127.0.0.1:1/"), "root", "", "a container");
        }
    }
}
