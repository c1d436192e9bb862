package dev.revgraph.sample;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample application on H2, as the README runs it: it migrates itself on boot (Hibernate then
 * validates the entities against what the revisions built), serves its API, and shows the tree at its
 * heads on {@code /actuator/migrations}, with {@code migrations} in the readiness group.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:feedback-tests;DB_CLOSE_DELAY=-1")
class FeedbackApplicationTests {

    @LocalServerPort
    private int port;

    @Autowired
    private MeterRegistry meterRegistry;

    @Test
    void migratesOnBootAndShowsTheTreeAtItsHeads() {
        SampleHttp.Response response = new SampleHttp(this.port).get("/actuator/migrations");
        assertThat(response.status()).isEqualTo(200);
        String tree = "$.contexts.feedback.trees.main";
        assertThat(response.<List<String>>read(tree + ".current")).containsExactly(SampleRevisions.HEAD);
        assertThat(response.<List<String>>read(tree + ".heads")).containsExactly(SampleRevisions.HEAD);
        assertThat(response.<List<String>>read(tree + ".pending")).isEmpty();
        assertThat(response.<Boolean>read(tree + ".upToDate")).isTrue();
        assertThat(response.<List<String>>read(tree + ".revisions[*].id")).containsExactlyElementsOf(SampleRevisions.ALL);
        assertThat(response.<List<String>>read(tree + ".revisions[*].type")).containsExactly("java", "sql", "java",
                "sql");
    }

    @Test
    void timesTheStartUpStepsAndGaugesNothingPending() {
        assertThat(this.meterRegistry.get("revgraph.migrations.step")
            .tags("tree", "main", "direction", "upgrade", "status", "success")
            .timer()
            .count()).isEqualTo(SampleRevisions.ALL.size());
        assertThat(this.meterRegistry.get("revgraph.migrations.pending").tag("tree", "main").gauge().value()).isZero();
        assertThat(this.meterRegistry.get("revgraph.migrations.failures").tag("tree", "main").counters())
            .allSatisfy((counter) -> assertThat(counter.count()).isZero());
    }

    @Test
    void putsMigrationsInTheReadinessGroup() {
        SampleHttp.Response response = new SampleHttp(this.port).get("/actuator/health/readiness");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.<String>read("$.components.migrations.status")).isEqualTo("UP");
        assertThat(response.<Integer>read("$.components.migrations.details.pending")).isZero();
    }

    @Test
    void servesResourcesAndTheirUtilizationsFromTheMigratedSchema() {
        SampleHttp http = new SampleHttp(this.port);
        SampleHttp.Response created = http.post("/resources",
                "{\"name\": \"Bus stops\", \"url\": \"https://example.org/bus-stops.csv\"}");
        assertThat(created.status()).isEqualTo(201);
        Integer id = created.read("$.id");
        SampleHttp.Response utilization = http.post("/resources/" + id + "/utilizations",
                "{\"title\": \"Route planner\", \"description\": \"Finds the nearest stop\"}");
        assertThat(utilization.status()).isEqualTo(201);
        assertThat(utilization.<Integer>read("$.commentCount")).isZero();
        assertThat(http.get("/resources/" + id + "/utilizations").<List<String>>read("$[*].title"))
            .containsExactly("Route planner");
    }

    @Test
    void refusesWriteOperationsOnTheEndpoint() {
        SampleHttp.Response response = new SampleHttp(this.port).post("/actuator/migrations/main",
                "{\"command\": \"downgrade\", \"target\": \"base\", \"dryRun\": false, \"expectedCurrent\": \""
                        + SampleRevisions.HEAD + "\"}");
        assertThat(response.status()).isEqualTo(405);
    }
}
