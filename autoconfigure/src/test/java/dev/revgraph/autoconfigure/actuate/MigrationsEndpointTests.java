package dev.revgraph.autoconfigure.actuate;

import java.util.List;
import java.util.Map;

import dev.revgraph.autoconfigure.actuate.EndpointHttp.Response;
import dev.revgraph.command.CommandContext;
import dev.revgraph.runtime.Migrator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.revgraph.autoconfigure.actuate.TestTrees.A1;
import static dev.revgraph.autoconfigure.actuate.TestTrees.B2;
import static dev.revgraph.autoconfigure.actuate.TestTrees.C3;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@link MigrationsEndpoint}'s JSON over real HTTP, with the endpoint's default (read-only) access.
 * Each test starts from {@code a1b2c3d4e5f6} and {@code b2c3d4e5f6a1} applied and the Java head
 * {@code c3d4e5f6a1b2} pending.
 */
@SpringBootTest(classes = ActuateTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "spring.application.name=actuate-test",
                "spring.datasource.url=jdbc:h2:mem:endpoint-tests;DB_CLOSE_DELAY=-1",
                "spring.datasource.username=sa", "spring.datasource.password=" + MigrationsEndpointTests.PASSWORD,
                "migrations.on-startup=none", "management.endpoints.web.exposure.include=health,migrations" })
class MigrationsEndpointTests {

    static final String PASSWORD = "Pw-9f3e1c-never-shown";

    private static final String TREE = "$.contexts['actuate-test'].trees.main";

    @LocalServerPort
    private int port;

    @Autowired
    private CommandContext commandContext;

    private EndpointHttp http;

    @BeforeEach
    void migrateToTheSecondRevision() {
        this.http = new EndpointHttp(this.port);
        Migrator migrator = TestTrees.migrator(this.commandContext, this.commandContext.tree("main"));
        migrator.downgrade("base");
        migrator.upgrade(B2);
    }

    @Test
    void listsContextsWithTheirTreesAndNoParent() {
        Response response = this.http.get("/actuator/migrations");
        assertThat(response.status()).isEqualTo(200);
        Map<String, Object> context = response.read("$.contexts['actuate-test']");
        assertThat(context).containsOnlyKeys("trees");
        Map<String, Object> trees = response.read("$.contexts['actuate-test'].trees");
        assertThat(trees).containsOnlyKeys("main");
    }

    @Test
    void showsTheCurrentRows() {
        assertThat(this.http.get("/actuator/migrations").<List<String>>read(TREE + ".current")).containsExactly(B2);
    }

    @Test
    void showsTheHeads() {
        assertThat(this.http.get("/actuator/migrations").<List<String>>read(TREE + ".heads")).containsExactly(C3);
    }

    @Test
    void showsThePendingRevisionsInTheOrderTheyWouldRun() {
        assertThat(this.http.get("/actuator/migrations").<List<String>>read(TREE + ".pending")).containsExactly(C3);
    }

    @Test
    void showsTheUpToDateAndAheadFlagsAndOmitsWhatDoesNotApply() {
        Response response = this.http.get("/actuator/migrations");
        assertThat(response.<Boolean>read(TREE + ".upToDate")).isFalse();
        assertThat(response.<Boolean>read(TREE + ".ahead")).isFalse();
        Map<String, Object> tree = response.read(TREE);
        assertThat(tree).doesNotContainKeys("unknownRevisions", "inDoubt");
    }

    @Test
    void namesTheDatabaseProductOnly() {
        assertThat(this.http.get("/actuator/migrations").<String>read(TREE + ".database")).startsWith("H2 2.");
    }

    @Test
    void describesAnSqlRevision() {
        Map<String, Object> revision = this.http.get("/actuator/migrations").read(TREE + ".revisions[0]");
        assertThat(revision).containsEntry("id", A1)
            .containsEntry("parents", List.of())
            .containsEntry("dependsOn", List.of())
            .containsEntry("branchLabels", List.of("feedback"))
            .containsEntry("message", "Create resources")
            .containsEntry("type", "sql")
            .containsEntry("created", "2024-06-01T10:00:00Z")
            .containsEntry("head", false)
            .containsEntry("state", "applied");
        assertThat((String) revision.get("script")).endsWith("db/actuate/0001_a1b2c3d4e5f6_create_resources.sql");
        assertThat((String) revision.get("checksum")).matches("[0-9a-f]{64}");
    }

    @Test
    void marksTheCurrentRevision() {
        Map<String, Object> revision = this.http.get("/actuator/migrations").read(TREE + ".revisions[1]");
        assertThat(revision).containsEntry("id", B2).containsEntry("parents", List.of(A1)).containsEntry("state",
                "current");
    }

    @Test
    void describesAPendingJavaRevision() {
        Map<String, Object> revision = this.http.get("/actuator/migrations").read(TREE + ".revisions[2]");
        assertThat(revision).containsEntry("id", C3)
            .containsEntry("parents", List.of(B2))
            .containsEntry("message", "Index resource names")
            .containsEntry("type", "java")
            .containsEntry("head", true)
            .containsEntry("state", "pending")
            .doesNotContainKey("created");
        assertThat((String) revision.get("script"))
            .contains("dev.revgraph.autoconfigure.actuate.revisions.C3IndexResourceNames");
    }

    @Test
    void showsTheAppliedLogFromTheHistoryTable() {
        Response response = this.http.get("/actuator/migrations");
        List<Map<String, Object>> history = response.read(TREE + ".history");
        List<Map<String, Object>> last = history.subList(history.size() - 2, history.size());
        assertThat(last).extracting((entry) -> entry.get("revision")).containsExactly(A1, B2);
        assertThat(last).allSatisfy((entry) -> {
            assertThat(entry).containsEntry("direction", "upgrade").containsEntry("status", "success");
            assertThat((String) entry.get("started")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            assertThat(entry).containsKeys("finished", "durationMs", "rowsBefore", "rowsAfter", "statementsDone");
            assertThat(entry).doesNotContainKey("error");
        });
    }

    @Test
    void answersOneTree() {
        Response response = this.http.get("/actuator/migrations/main");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.<List<String>>read("$.current")).containsExactly(B2);
        assertThat(response.<List<String>>read("$.pending")).containsExactly(C3);
    }

    @Test
    void answersNotFoundForAnUnknownTree() {
        assertThat(this.http.get("/actuator/migrations/nope").status()).isEqualTo(404);
        assertThat(this.http.get("/actuator/migrations/nope/current").status()).isEqualTo(404);
    }

    @Test
    void answersTheCurrentView() {
        Response response = this.http.get("/actuator/migrations/main/current");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.<String>read("$.tree")).isEqualTo("main");
        assertThat(response.<List<String>>read("$.current[*].id")).containsExactly(B2);
        assertThat(response.<List<String>>read("$.current[*].state")).containsExactly("current");
        assertThat(response.<Boolean>read("$.upToDate")).isFalse();
    }

    @Test
    void answersTheHeadsView() {
        Response response = this.http.get("/actuator/migrations/main/heads");
        assertThat(response.<List<String>>read("$.heads[*].id")).containsExactly(C3);
    }

    @Test
    void answersThePendingView() {
        Response response = this.http.get("/actuator/migrations/main/pending");
        assertThat(response.<List<String>>read("$.pending[*].id")).containsExactly(C3);
        assertThat(response.<List<String>>read("$.pending[*].type")).containsExactly("java");
    }

    @Test
    void answersTheHistoryView() {
        Response response = this.http.get("/actuator/migrations/main/history");
        List<String> revisions = response.read("$.history[*].revision");
        assertThat(revisions.subList(revisions.size() - 2, revisions.size())).containsExactly(A1, B2);
    }

    @Test
    void answersThatDriftIsUnavailableWithoutAnEntityModel() {
        Response response = this.http.get("/actuator/migrations/main/drift");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.<Boolean>read("$.available")).isFalse();
        assertThat(response.<String>read("$.status")).isEqualTo("UNAVAILABLE");
        assertThat(response.<String>read("$.reason")).startsWith("there is no entity model");
        Map<String, Object> drift = response.read("$");
        assertThat(drift).doesNotContainKeys("differences", "count", "entities");
    }

    @Test
    void answersBadRequestForAnUnknownView() {
        assertThat(this.http.get("/actuator/migrations/main/everything").status()).isEqualTo(400);
    }

    @Test
    void showsTheTreeAtItsHeadsOnceUpgraded() {
        TestTrees.migrator(this.commandContext, this.commandContext.tree("main")).upgrade("heads");
        Response response = this.http.get("/actuator/migrations/main");
        assertThat(response.<List<String>>read("$.current")).containsExactly(C3);
        assertThat(response.<List<String>>read("$.pending")).isEmpty();
        assertThat(response.<Boolean>read("$.upToDate")).isTrue();
        assertThat(response.<List<String>>read("$.revisions[*].state")).containsExactly("applied", "applied",
                "current");
    }

    @Test
    void refusesWriteOperationsByDefault() {
        Response response = this.http.post("/actuator/migrations/main",
                "{\"command\": \"upgrade\", \"dryRun\": false, \"expectedCurrent\": \"" + B2 + "\"}");
        assertThat(response.status()).isEqualTo(405);
        assertThat(this.http.get("/actuator/migrations/main").<List<String>>read("$.current")).containsExactly(B2);
    }

    @Test
    void neverShowsThePasswordOrTheJdbcUrl() {
        String body = this.http.get("/actuator/migrations").body() + this.http.get("/actuator/migrations/main").body()
                + this.http.get("/actuator/migrations/main/current").body();
        assertThat(body).doesNotContain(PASSWORD).doesNotContain("jdbc:").doesNotContain("endpoint-tests");
    }
}
