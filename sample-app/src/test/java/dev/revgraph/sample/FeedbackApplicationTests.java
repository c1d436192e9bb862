package dev.revgraph.sample;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

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

    @Autowired
    private JdbcClient jdbc;

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
        assertThat(response.<List<String>>read(tree + ".revisions[*].type"))
            .containsExactlyElementsOf(SampleRevisions.TYPES);
        assertThat(response.<List<String>>read(tree + ".revisions[?(@.id == '5c3e7f9a1d26')].parents[*]"))
            .containsExactly("2f6a9c3e1b84", "b4e8d2a6c0f3");
        assertThat(response.<List<String>>read(tree + ".revisions[?(@.id == 'b4e8d2a6c0f3')].dependsOn[*]"))
            .containsExactly("2f6a9c3e1b84");
        assertThat(response.<String>read(tree + ".revisions[9].script"))
            .isEqualTo("classpath:db/h2/0010_d3a5b7c9e1f2_index_comments_by_date.sql");
    }

    @Test
    void migratesTheAuditTreeWithItsOwnVersionTable() {
        SampleHttp.Response response = new SampleHttp(this.port).get("/actuator/migrations");
        String tree = "$.contexts.feedback.trees.audit";
        assertThat(response.<List<String>>read(tree + ".current")).containsExactly(SampleRevisions.AUDIT_HEAD);
        assertThat(response.<List<String>>read(tree + ".revisions[*].id"))
            .containsExactlyElementsOf(SampleRevisions.AUDIT);
        assertThat(this.jdbc.sql("SELECT version_num FROM revgraph_audit_version").query(String.class).list())
            .containsExactly(SampleRevisions.AUDIT_HEAD);
        assertThat(this.jdbc.sql("SELECT version_num FROM revgraph_version").query(String.class).list())
            .containsExactly(SampleRevisions.HEAD);
    }

    @Test
    void theDataMigrationLinkedResourcesWithTheApplicationsCatalogBean() {
        SampleHttp http = new SampleHttp(this.port);
        SampleHttp.Response created = http.post("/resources", "{\"name\": \"Parks\"}");
        assertThat(created.<String>read("$.url")).isEqualTo("https://catalog.example.org/resources/"
                + created.<Integer>read("$.id"));
    }

    @Test
    void timesTheStartUpStepsAndGaugesNothingPending() {
        assertThat(this.meterRegistry.get("revgraph.migrations.step")
            .tags("tree", "main", "direction", "upgrade", "status", "success")
            .timer()
            .count()).isEqualTo(SampleRevisions.ALL.size());
        assertThat(this.meterRegistry.get("revgraph.migrations.step")
            .tags("tree", "audit", "direction", "upgrade", "status", "success")
            .timer()
            .count()).isEqualTo(SampleRevisions.AUDIT.size());
        assertThat(this.meterRegistry.get("revgraph.migrations.pending").tag("tree", "main").gauge().value()).isZero();
        assertThat(this.meterRegistry.get("revgraph.migrations.failures").tag("tree", "main").counters())
            .allSatisfy((counter) -> assertThat(counter.count()).isZero());
    }

    @Test
    void putsMigrationsInTheReadinessGroup() {
        SampleHttp.Response response = new SampleHttp(this.port).get("/actuator/health/readiness");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.<String>read("$.components.migrations.status")).isEqualTo("UP");
        assertThat(response.<Integer>read("$.components.migrations.components.main.details.pending")).isZero();
        assertThat(response.<Integer>read("$.components.migrations.components.audit.details.pending")).isZero();
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
    void servesCommentsAndLikesAndAuditsEachChange() {
        SampleHttp http = new SampleHttp(this.port);
        Integer resource = http.post("/resources", "{\"name\": \"Trees\"}").read("$.id");
        Integer utilization = http.post("/resources/" + resource + "/utilizations", "{\"title\": \"Shade map\"}")
            .read("$.id");
        SampleHttp.Response comment = http.post("/utilizations/" + utilization + "/comments",
                "{\"author\": \"ann\", \"body\": \"Useful in summer\"}");
        assertThat(comment.status()).isEqualTo(201);
        Integer commentId = comment.read("$.id");
        assertThat(http.post("/comments/" + commentId + "/likes", "").<Integer>read("$.likeCount")).isOne();
        assertThat(http.post("/resources/" + resource + "/likes", "").<Integer>read("$.likeCount")).isOne();
        assertThat(http.post("/resources/" + resource + "/likes", "").<Integer>read("$.likeCount")).isEqualTo(2);
        assertThat(http.get("/resources/" + resource + "/utilizations").<List<Integer>>read("$[*].commentCount"))
            .containsExactly(1);
        assertThat(http.get("/utilizations/" + utilization + "/comments").<List<String>>read("$[*].body"))
            .containsExactly("Useful in summer");
        assertThat(http.get("/audit?limit=5").<List<String>>read("$[*].action")).containsExactly("resource.liked",
                "resource.liked", "comment.liked", "comment.created", "utilization.created");
    }

    @Test
    void refusesWriteOperationsOnTheEndpoint() {
        SampleHttp.Response response = new SampleHttp(this.port).post("/actuator/migrations/main",
                "{\"command\": \"downgrade\", \"target\": \"base\", \"dryRun\": false, \"expectedCurrent\": \""
                        + SampleRevisions.HEAD + "\"}");
        assertThat(response.status()).isEqualTo(405);
    }
}
