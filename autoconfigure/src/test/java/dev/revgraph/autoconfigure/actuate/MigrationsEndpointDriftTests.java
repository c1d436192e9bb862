package dev.revgraph.autoconfigure.actuate;

import java.util.List;
import java.util.Map;

import dev.revgraph.autoconfigure.actuate.EndpointHttp.Response;
import dev.revgraph.autoconfigure.drift.Feedback;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code drift} view over real HTTP, for an application with a JPA entity: its {@code rating} column
 * is added by the second revision, which start-up does not apply ({@code migrations.target}), so the view
 * lists the missing column until that revision runs.
 */
@SpringBootTest(classes = MigrationsEndpointDriftTests.DriftApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "spring.datasource.url=jdbc:h2:mem:endpoint-drift-tests;DB_CLOSE_DELAY=-1",
                "migrations.locations=classpath:db/drift,classpath:db/drift-rating",
                "migrations.target=d1f7000000a1", "management.endpoints.web.exposure.include=health,migrations",
                "management.endpoint.migrations.access=unrestricted" })
class MigrationsEndpointDriftTests {

    @LocalServerPort
    private int port;

    @Test
    void listsTheMissingColumnAndIsInSyncOnceTheRevisionAddingItRan() {
        EndpointHttp http = new EndpointHttp(this.port);
        Response drift = http.get("/actuator/migrations/main/drift");
        assertThat(drift.status()).isEqualTo(200);
        assertThat(drift.<String>read("$.status")).isEqualTo("DRIFT");
        assertThat(drift.<Boolean>read("$.available")).isTrue();
        assertThat(drift.<String>read("$.database")).startsWith("H2 2.");
        assertThat(drift.<List<String>>read("$.entities")).containsExactly(Feedback.class.getName());
        assertThat(drift.<Integer>read("$.count")).isEqualTo(1);
        Map<String, Object> difference = drift.read("$.differences[0]");
        assertThat(difference).containsEntry("kind", "added")
            .containsEntry("object", "column")
            .containsEntry("path", "feedback.rating")
            .containsEntry("model", "integer")
            .containsEntry("rule", "structure.column")
            .containsEntry("description", "column feedback.rating is in the model but not in the database (integer)")
            .doesNotContainKeys("database", "property");
        String checkedAt = drift.read("$.checkedAt");
        assertThat(http.get("/actuator/migrations/main/drift").<String>read("$.checkedAt")).as("cached")
            .isEqualTo(checkedAt);
        Response upgrade = http.post("/actuator/migrations/main",
                "{\"command\": \"upgrade\", \"dryRun\": false, \"expectedCurrent\": \"d1f7000000a1\"}");
        assertThat(upgrade.status()).as(upgrade.body()).isEqualTo(200);
        assertThat(http.get("/actuator/migrations/main/drift").<String>read("$.status")).as("still cached")
            .isEqualTo("DRIFT");
        Response refreshed = http.get("/actuator/migrations/main/drift?refresh=true");
        assertThat(refreshed.<String>read("$.status")).isEqualTo("IN_SYNC");
        assertThat(refreshed.<Integer>read("$.count")).isZero();
        assertThat(refreshed.<List<Object>>read("$.differences")).isEmpty();
        assertThat(http.get("/actuator/migrations/main/drift").<String>read("$.status")).isEqualTo("IN_SYNC");
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @EntityScan(basePackageClasses = Feedback.class)
    static class DriftApplication {

    }
}
