package dev.revgraph.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import dev.revgraph.reliability.EndpointClient.Response;
import dev.revgraph.reliability.app.ReliabilityApplication;
import dev.revgraph.testdb.DatabaseKind;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static dev.revgraph.reliability.DocumentedActuatorSecurity.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 7, the endpoint's write operations and the migration lock: applications serving
 * {@code POST /actuator/migrations/{tree}} (in this JVM, behind the documented {@code SecurityFilterChain},
 * as the operator) and instances booting in JVMs of their own share one lock.
 * <ul>
 * <li>A request whose {@code expectedCurrent} was right when it was sent but goes stale while it waits for
 * the lock (another instance is migrating) is {@code 409 stale_expected_current} and runs nothing: no
 * history row of its own, and its statements are reads and the lock's.</li>
 * <li>Two {@code POST}s to one application, one to a second application, and an instance booting, on an
 * empty database with the 30-revision tree, released together or the requests first (the boot's gate
 * opens once one of them runs a revision): every revision applied exactly once (marks, applied rows,
 * history), by exactly one of them; the requests that lost are {@code 409 stale_expected_current}; the boot
 * starts (and, released while a request migrates, runs nothing).</li>
 * </ul>
 * PostgreSQL in the fast tier (one trial of each); every database in the full one (three of each).
 */
@ExtendWith(OutputCaptureExtension.class)
class EndpointLockIT {

    private static final String TREE = "/actuator/migrations/main";

    static Stream<DatabaseKind> kinds() {
        return Tier.full() ? Stream.of(DatabaseKind.values()) : Stream.of(DatabaseKind.POSTGRESQL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aRequestThatGoesStaleWhileWaitingForTheLockRunsNothing(DatabaseKind kind, CapturedOutput output)
            throws Exception {
        Path work = WorkDirectory.of("endpoint-lock", kind.id(), "stale-under-lock");
        Path release = work.resolve("release");
        ScriptTree tree = new ScriptTree(work.resolve("revisions"));
        tree.plain("sl_01", "");
        tree.plain("sl_03", "sl_slow");
        Map<String, String> revisions = Map.of("migrations.locations", tree.location(), "migrations.java-packages",
                "dev.revgraph.reliability.revisions.slow", "reliability.slow-millis", "240000",
                "reliability.slow-release-file", release.toString());
        try (TrialDatabase database = TrialDatabase.shared(kind);
                ConfigurableApplicationContext server = InProcessApplication.serve(
                        serverProperties(database, revisions, "server"), DocumentedActuatorSecurity.class,
                        StatementLog.LoggedDataSource.class)) {
            EndpointClient http = new EndpointClient(InProcessApplication.port(server));
            AppLauncher.Running holder = AppLauncher.boot(database).properties(revisions).name("holder").start();
            try {
                assertThat(holder.awaitLine((line) -> line.contains("Running upgrade sl_01 -> sl_slow"),
                        AppLauncher.TIMEOUT)).as(holder.output()).isTrue();
                List<String> seen = DatabaseFacts.versionRows(database);
                assertThat(seen).as("the rows the operator sees while the holder works").containsExactly("sl_01");
                int mark = output.length();
                StatementLog.clear();
                CompletableFuture<Response> request = CompletableFuture.supplyAsync(() -> http.post(TREE,
                        "{\"command\": \"downgrade\", \"target\": \"base\", \"dryRun\": false, \"expectedCurrent\": \""
                                + String.join(",", seen) + "\"}",
                        OPERATOR));
                assertThat(await(() -> output.toString().substring(mark).contains("Waiting for the migration lock")
                        || request.isDone())).as("the request waits for the lock").isTrue();
                assertThat(request).as("still waiting for the lock").isNotDone();
                Files.createFile(release);
                Response response = request.get(AppLauncher.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                List<String> sql = StatementLog.sql();
                AppLauncher.Ended holderEnd = holder.awaitEnd(AppLauncher.TIMEOUT).saveTo(work);
                assertThat(holderEnd.exitCode()).as(holderEnd.output()).isZero();
                assertThat(response.status()).as("%s", response).isEqualTo(409);
                assertThat(response.<String>read("$.code")).isEqualTo("stale_expected_current");
                assertThat(response.<List<String>>read("$.current")).containsExactly("sl_03");
                assertThat(DatabaseFacts.versionRows(database)).containsExactly("sl_03");
                assertThat(DatabaseFacts.marks(database)).isEqualTo(Map.of("sl_01", 1, "sl_slow", 1, "sl_03", 1));
                assertThat(DatabaseFacts.historyDirections(database)).as("the holder's three steps, nothing else")
                    .containsExactly("upgrade", "upgrade", "upgrade");
                assertThat(sql).as("what the request ran").isNotEmpty()
                    .allSatisfy((statement) -> assertReadOrLock(statement, kind));
                assertThat(sql).as("the request took the lock").anySatisfy((statement) -> assertLock(statement, kind));
                Reports.record("endpoint-lock", kind + ": a downgrade expecting " + seen
                        + " waited for the lock, found sl_03 and answered 409 after " + sql.size() + " statements: reads and the lock's own");
            }
            finally {
                holder.process().destroyForcibly();
            }
        }
    }

    /** Who is let go first. */
    enum Order {

        /** The three requests and the boot's gate at the same moment. */
        TOGETHER,

        /** The requests first; the boot's gate once one of them is running a revision under the lock. */
        REQUESTS_FIRST

    }

    static Stream<Arguments> concurrentTrials() {
        List<Arguments> trials = new ArrayList<>();
        kinds().forEach((kind) -> {
            for (int trial = 1; trial <= Tier.trials(1, 3); trial++) {
                for (Order order : Order.values()) {
                    trials.add(Arguments.arguments(kind, order, trial));
                }
            }
        });
        return trials.stream();
    }

    @ParameterizedTest(name = "{0}, {1}, trial {2}")
    @MethodSource("concurrentTrials")
    void postsToTwoApplicationsAndABootApplyEveryRevisionOnce(DatabaseKind kind, Order order, int trial)
            throws Exception {
        Path work = WorkDirectory.of("endpoint-lock", kind.id(), order.name().toLowerCase(Locale.ROOT) + "-" + trial);
        Path gate = work.resolve("gate");
        try (TrialDatabase database = TrialDatabase.shared(kind)) {
            AppLauncher.Running boot = AppLauncher.boot(database)
                .properties(RevisionSets.tree30Properties())
                .property("reliability.gate-dir", gate)
                .property("reliability.instance", "boot")
                .name("boot")
                .start();
            try (ConfigurableApplicationContext first = InProcessApplication.serve(
                    serverProperties(database, RevisionSets.tree30Properties(), "s1"), DocumentedActuatorSecurity.class);
                    ConfigurableApplicationContext second = InProcessApplication.serve(
                            serverProperties(database, RevisionSets.tree30Properties(), "s2"),
                            DocumentedActuatorSecurity.class)) {
                assertThat(boot.awaitLine((line) -> line.contains("Waiting at the start gate"), AppLauncher.TIMEOUT))
                    .as("the boot reaches its gate:\n%s", boot.output()).isTrue();
                List<EndpointClient> targets = List.of(new EndpointClient(InProcessApplication.port(first)),
                        new EndpointClient(InProcessApplication.port(first)),
                        new EndpointClient(InProcessApplication.port(second)));
                CountDownLatch go = new CountDownLatch(1);
                List<CompletableFuture<Response>> requests = new ArrayList<>();
                for (EndpointClient target : targets) {
                    requests.add(CompletableFuture.supplyAsync(() -> {
                        awaitQuietly(go);
                        return target.post(TREE, EndpointClient.realUpgrade("heads", "base"), OPERATOR);
                    }));
                }
                go.countDown();
                if (order == Order.REQUESTS_FIRST) {
                    // only the requests can migrate while the gate is shut: a version row means one holds the lock
                    assertThat(await(() -> requests.stream().allMatch(CompletableFuture::isDone)
                            || !versionRowsQuietly(database).isEmpty())).as("a request migrates").isTrue();
                }
                Files.createFile(gate.resolve("go"));
                List<Response> responses = new ArrayList<>();
                for (CompletableFuture<Response> request : requests) {
                    responses.add(request.get(AppLauncher.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
                }
                AppLauncher.Ended booted = boot.awaitEnd(AppLauncher.TIMEOUT).saveTo(work);
                assertThat(booted.exitCode()).as(booted.output()).isZero();
                assertThat(booted.output()).contains(ReliabilityApplication.STARTED);
                List<Integer> stepsByActor = new ArrayList<>();
                for (Response response : responses) {
                    assertThat(response.status()).as("%s", response).isIn(200, 409);
                    if (response.status() == 409) {
                        assertThat(response.<String>read("$.code")).as("%s", response).isEqualTo("stale_expected_current");
                        stepsByActor.add(0);
                    }
                    else {
                        assertThat(response.<String>read("$.outcome")).isEqualTo("applied");
                        stepsByActor.add(response.<List<String>>read("$.steps[*].revision").size());
                    }
                }
                stepsByActor.add((int) booted.output().lines().filter((line) -> line.contains("Running upgrade ")).count());
                assertThat(stepsByActor).as("steps run by POST s1, POST s1, POST s2, the boot")
                    .containsOnly(0, 30).containsOnlyOnce(30);
                if (order == Order.REQUESTS_FIRST) {
                    assertThat(stepsByActor.get(3)).as("the boot, released while a request migrates").isZero();
                }
                ConcurrentBootIT.assertEveryRevisionAppliedOnce(database);
                Reports.record("endpoint-lock", kind + ", " + order + ", trial " + trial + ": steps run by POST s1, "
                        + "POST s1, POST s2, the boot: " + stepsByActor + "; the boot "
                        + (booted.output().contains("Waiting for the migration lock") ? "waited for the lock"
                                : "did not wait for the lock"));
            }
            finally {
                boot.process().destroyForcibly();
            }
        }
    }

    /** An application serving the endpoint, with the given revisions, that does not migrate on start-up. */
    private static Map<String, String> serverProperties(TrialDatabase database, Map<String, String> revisions,
            String instance) {
        Map<String, String> properties = new LinkedHashMap<>(database.springProperties());
        properties.putAll(revisions);
        properties.put("migrations.on-startup", "none");
        properties.put("reliability.instance", instance);
        properties.put("management.endpoints.web.exposure.include", "*");
        properties.put("management.endpoint.migrations.access", "unrestricted");
        return properties;
    }

    /** A read, a session setting, or the lock's own statements. */
    private static void assertReadOrLock(String sql, DatabaseKind kind) {
        String text = sql.strip().toUpperCase(Locale.ROOT);
        boolean read = text.startsWith("SELECT") && !text.contains("FOR UPDATE");
        boolean session = text.startsWith("SET ") || text.startsWith("RESET");
        assertThat(read || session || isLock(text, kind)).as("a read or the lock: %s", sql).isTrue();
    }

    private static void assertLock(String sql, DatabaseKind kind) {
        assertThat(isLock(sql.strip().toUpperCase(Locale.ROOT), kind)).as(sql).isTrue();
    }

    private static boolean isLock(String text, DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> text.contains("PG_TRY_ADVISORY_LOCK") || text.contains("PG_ADVISORY_UNLOCK");
            case MARIADB -> text.contains("GET_LOCK") || text.contains("RELEASE_LOCK");
            case H2 -> text.contains("REVGRAPH_LOCK");
        };
    }

    private static boolean await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + AppLauncher.TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private static List<String> versionRowsQuietly(TrialDatabase database) {
        try {
            return DatabaseFacts.tableExists(database, "revgraph_version") ? DatabaseFacts.versionRows(database)
                    : List.of();
        }
        catch (SQLException ex) {
            return List.of();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(AppLauncher.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

}
