package dev.revgraph.autoconfigure.actuate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.revgraph.autoconfigure.actuate.EndpointHttp.Response;
import dev.revgraph.command.CommandContext;
import dev.revgraph.runtime.Migrator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.revgraph.autoconfigure.actuate.TestTrees.B2;
import static dev.revgraph.autoconfigure.actuate.TestTrees.C3;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent real runs through {@code POST /actuator/migrations/{tree}} on one application whose pool has
 * the two connections one run needs (the work and the lock). The requests take turns: one applies, the
 * others find the rows moved ({@code 409 stale_expected_current}). Without turns, two requests that each
 * took a connection waited on the pool for each other's second until the pool's timeout, and one failed as
 * a {@code lock_timeout} naming the pool.
 */
@SpringBootTest(classes = ActuateTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "spring.datasource.url=jdbc:h2:mem:endpoint-concurrency-tests;DB_CLOSE_DELAY=-1",
                "spring.datasource.hikari.maximum-pool-size=2", "spring.datasource.hikari.connection-timeout=2000",
                "migrations.on-startup=none", "management.endpoints.web.exposure.include=migrations",
                "management.endpoint.migrations.access=unrestricted" })
class MigrationsEndpointConcurrencyTests {

    private static final int REQUESTS = 3;

    private static final int ROUNDS = 5;

    @LocalServerPort
    private int port;

    @Autowired
    private CommandContext commandContext;

    @Test
    void concurrentRealRunsOnOneApplicationTakeTurnsInsteadOfStarvingThePool() throws Exception {
        EndpointHttp http = new EndpointHttp(this.port);
        for (int round = 1; round <= ROUNDS; round++) {
            Migrator migrator = TestTrees.migrator(this.commandContext, this.commandContext.tree("main"));
            migrator.downgrade("base");
            migrator.upgrade(B2);
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<Response>> requests = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                requests.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                    }
                    catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                    }
                    return http.post("/actuator/migrations/main", "{\"command\": \"upgrade\", \"dryRun\": false, "
                            + "\"expectedCurrent\": \"" + B2 + "\"}");
                }));
            }
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (CompletableFuture<Response> request : requests) {
                Response response = request.get(1, TimeUnit.MINUTES);
                String code = (response.status() == 200) ? "applied" : response.read("$.code");
                outcomes.add(response.status() + " " + code);
            }
            assertThat(outcomes).as("round %d", round).containsOnlyOnce("200 applied")
                .containsOnly("200 applied", "409 stale_expected_current");
            assertThat(migrator.status().versionRows()).containsExactly(C3);
        }
    }

}
