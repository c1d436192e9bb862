package dev.revgraph.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import dev.revgraph.testdb.DatabaseKind;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 12, SIGTERM mid-migration: an application migrating on start-up is sent SIGTERM while a
 * slow revision runs (a Java revision that sleeps 5 s). The step finishes and commits, the run stops
 * before the next step with nothing in doubt, the lock is free (a restarted instance with a 2 s lock
 * timeout goes on at once), and the process exits. While it migrates, its web server is not listening yet (Spring
 * Boot starts it after the context is refreshed): the readiness probe cannot succeed, and Kubernetes'
 * startup probe keeps the liveness probe from killing the pod (docs/kubernetes.md). Time from SIGTERM to
 * exit is reported, never asserted. PostgreSQL and MariaDB in the fast tier, H2 as well in the full one.
 */
class SigtermIT {

    static Stream<DatabaseKind> kinds() {
        return Tier.full() ? Stream.of(DatabaseKind.values())
                : Stream.of(DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void theRunningStepFinishesTheLockIsReleasedAndTheProcessExits(DatabaseKind kind) throws Exception {
        Path work = WorkDirectory.of("sigterm", kind.id());
        ScriptTree tree = new ScriptTree(work.resolve("revisions"));
        tree.plain("sl_01", "");
        tree.plain("sl_03", "sl_slow");
        tree.plain("sl_04", "sl_03");
        Map<String, String> revisions = Map.of("migrations.locations", tree.location(), "migrations.java-packages",
                "dev.revgraph.reliability.revisions.slow", "reliability.slow-millis", "5000");
        int port = freePort();
        try (TrialDatabase database = TrialDatabase.shared(kind)) {
            AppLauncher.Running victim = new AppLauncher().properties(database.springProperties())
                .properties(revisions)
                .property("server.port", port)
                .name("victim")
                .start();
            assertThat(victim.awaitLine((line) -> line.contains("Running upgrade sl_01 -> sl_slow"),
                    AppLauncher.TIMEOUT)).as(victim.output()).isTrue();
            assertThat(readinessAnswers(port)).as("the web server listens only after the migration").isFalse();

            long signalled = System.nanoTime();
            victim.terminate();
            AppLauncher.Ended ended = victim.awaitEnd(Duration.ofMinutes(2)).saveTo(work);
            long exitMillis = (System.nanoTime() - signalled) / 1_000_000;

            // the logging system is shut down by its own hook meanwhile: the stop is announced on stderr too
            assertThat(ended.output()).contains("revgraph: Shutdown requested while migrating tree 'main'");
            assertThat(ended.exitCode()).as(ended.output()).isNotZero();
            assertThat(DatabaseFacts.versionRows(database)).as("the slow step finished and committed")
                .containsExactly("sl_slow");
            assertThat(DatabaseFacts.marks(database)).isEqualTo(Map.of("sl_01", 1, "sl_slow", 1));
            assertThat(DatabaseFacts.inDoubt(database)).as("nothing in doubt").isEmpty();

            // the restarted pod: a 2 s lock timeout proves the lock was released
            AppLauncher.Ended restarted = AppLauncher.boot(database).properties(revisions)
                .property("migrations.lock.timeout", "2s").name("restarted").run().saveTo(work);
            assertThat(restarted.exitCode()).as(restarted.output()).isZero();
            assertThat(restarted.output()).contains("Running upgrade sl_slow -> sl_03")
                .doesNotContain("Running upgrade sl_01 -> sl_slow");
            assertThat(DatabaseFacts.marks(database))
                .isEqualTo(Map.of("sl_01", 1, "sl_slow", 1, "sl_03", 1, "sl_04", 1));
            Reports.record("sigterm", kind + ": exited " + ended.exitCode() + " " + exitMillis
                    + " ms after SIGTERM (the slow step had up to 5 s left)");
        }
    }

    private static boolean readinessAnswers(int port) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        }
        catch (IOException ex) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
