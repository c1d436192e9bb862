package dev.revgraph.autoconfigure.actuate;

import java.util.List;

import dev.revgraph.autoconfigure.actuate.EndpointHttp.Response;
import dev.revgraph.command.CommandContext;
import dev.revgraph.runtime.Migrator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.revgraph.autoconfigure.actuate.TestTrees.A1;
import static dev.revgraph.autoconfigure.actuate.TestTrees.B2;
import static dev.revgraph.autoconfigure.actuate.TestTrees.C3;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /actuator/migrations/{tree}} over real HTTP with
 * {@code management.endpoint.migrations.access=unrestricted}: each outcome and its status. Each test
 * starts at {@code b2c3d4e5f6a1} with the Java head {@code c3d4e5f6a1b2} pending.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = ActuateTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "spring.datasource.url=jdbc:h2:mem:endpoint-write-tests;DB_CLOSE_DELAY=-1",
                "migrations.on-startup=none", "management.endpoints.web.exposure.include=migrations",
                "management.endpoint.migrations.access=unrestricted" })
class MigrationsEndpointWebExtensionTests {

    @LocalServerPort
    private int port;

    @Autowired
    private CommandContext commandContext;

    private EndpointHttp http;

    @BeforeEach
    void migrateToTheSecondRevision() {
        this.http = new EndpointHttp(this.port);
        Migrator migrator = migrator();
        migrator.downgrade("base");
        migrator.upgrade(B2);
    }

    @Test
    void dryRunIsTheDefaultAndAnswersThePlanAndItsSqlWithoutChangingTheRows() {
        Response response = this.http.post("/actuator/migrations/main", "{\"command\": \"upgrade\"}");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.<String>read("$.outcome")).isEqualTo("planned");
        assertThat(response.<Boolean>read("$.dryRun")).isTrue();
        assertThat(response.<String>read("$.target")).isEqualTo("heads");
        assertThat(response.<List<String>>read("$.current")).containsExactly(B2);
        assertThat(response.<List<String>>read("$.rowsAfter")).containsExactly(C3);
        assertThat(response.<List<String>>read("$.steps[*].revision")).containsExactly(C3);
        assertThat(response.<List<String>>read("$.steps[*].direction")).containsExactly("upgrade");
        assertThat(response.<String>read("$.sql.database")).startsWith("H2");
        List<String> statements = response.read("$.sql.statements");
        assertThat(statements.get(0)).containsIgnoringCase("CREATE INDEX").contains("ix_resources_name");
        assertThat(statements).anySatisfy((sql) -> assertThat(sql).contains("revgraph_version").contains(C3));
        assertThat(response.<String>read("$.sql.script")).contains("-- Running upgrade " + B2 + " -> " + C3);
        assertThat(currentRows()).containsExactly(B2);
    }

    @Test
    void dryRunOfADowngradeWritesTheDowngradeSql() {
        Response response = this.http.post("/actuator/migrations/main",
                "{\"command\": \"downgrade\", \"target\": \"base\", \"dryRun\": true}");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.<List<String>>read("$.steps[*].revision")).containsExactly(B2, A1);
        assertThat(response.<List<String>>read("$.rowsAfter")).isEmpty();
        assertThat(response.<List<String>>read("$.sql.statements")).anySatisfy(
                (sql) -> assertThat(sql).containsIgnoringCase("DROP TABLE resources"));
        assertThat(currentRows()).containsExactly(B2);
    }

    @Test
    void realRunWithoutExpectedCurrentIsAConflictNamingTheActualRows() {
        Response response = this.http.post("/actuator/migrations/main",
                "{\"command\": \"upgrade\", \"dryRun\": false}");
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.<String>read("$.code")).isEqualTo("expected_current_required");
        assertThat(response.<List<String>>read("$.current")).containsExactly(B2);
        assertThat(currentRows()).containsExactly(B2);
    }

    @Test
    void staleExpectedCurrentIsAConflictNamingTheActualRows() {
        Response response = this.http.post("/actuator/migrations/main",
                "{\"command\": \"upgrade\", \"dryRun\": false, \"expectedCurrent\": \"" + A1 + "\"}");
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.<String>read("$.outcome")).isEqualTo("conflict");
        assertThat(response.<String>read("$.code")).isEqualTo("stale_expected_current");
        assertThat(response.<List<String>>read("$.current")).containsExactly(B2);
        assertThat(response.<String>read("$.message")).contains(B2);
        assertThat(currentRows()).containsExactly(B2);
    }

    @Test
    void realUpgradeChangesTheRowsAndIsLogged(CapturedOutput output) {
        Response response = this.http.post("/actuator/migrations/main",
                "{\"command\": \"upgrade\", \"target\": \"heads\", \"dryRun\": false, \"expectedCurrent\": \"" + B2
                        + "\"}");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.<String>read("$.outcome")).isEqualTo("applied");
        assertThat(response.<Boolean>read("$.dryRun")).isFalse();
        assertThat(response.<List<String>>read("$.current")).containsExactly(B2);
        assertThat(response.<List<String>>read("$.rowsAfter")).containsExactly(C3);
        assertThat(response.<List<String>>read("$.steps[*].revision")).containsExactly(C3);
        assertThat(currentRows()).containsExactly(C3);
        List<String> history = this.http.get("/actuator/migrations/main/history").read("$.history[*].revision");
        assertThat(history.get(history.size() - 1)).isEqualTo(C3);
        assertThat(output).contains("Running upgrade " + B2 + " -> " + C3);
    }

    @Test
    void realDowngradeChangesTheRows() {
        Response response = this.http.post("/actuator/migrations/main",
                "{\"command\": \"downgrade\", \"target\": \"-1\", \"dryRun\": false, \"expectedCurrent\": \"" + B2
                        + "\"}");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.<List<String>>read("$.rowsAfter")).containsExactly(A1);
        assertThat(currentRows()).containsExactly(A1);
    }

    @Test
    void realStampMovesTheRowsWithoutRunningAnything() {
        Response response = this.http.post("/actuator/migrations/main",
                "{\"command\": \"stamp\", \"target\": \"" + A1 + "\", \"dryRun\": false, \"expectedCurrent\": \"" + B2
                        + "\"}");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.<List<String>>read("$.steps[*].direction")).containsExactly("stamp");
        assertThat(currentRows()).containsExactly(A1);
    }

    @Test
    void expectedCurrentOfBaseMatchesAnEmptyDatabase() {
        migrator().downgrade("base");
        Response response = this.http.post("/actuator/migrations/main",
                "{\"command\": \"upgrade\", \"target\": \"" + A1 + "\", \"dryRun\": false, \"expectedCurrent\": \"base\"}");
        assertThat(response.status()).isEqualTo(200);
        assertThat(currentRows()).containsExactly(A1);
    }

    @Test
    void unknownCommandIsABadRequest() {
        Response response = this.http.post("/actuator/migrations/main", "{\"command\": \"squash\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.<String>read("$.code")).isEqualTo("unknown_command");
    }

    @Test
    void downgradeWithoutTargetIsABadRequest() {
        Response response = this.http.post("/actuator/migrations/main", "{\"command\": \"downgrade\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.<String>read("$.code")).isEqualTo("missing_target");
    }

    @Test
    void unknownTargetIsABadRequestWithTheEngineCode() {
        Response response = this.http.post("/actuator/migrations/main",
                "{\"command\": \"upgrade\", \"target\": \"ffffffffffff\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.<String>read("$.code")).isEqualTo("not_found");
        assertThat(response.<String>read("$.message")).contains("ffffffffffff");
    }

    @Test
    void unknownTreeIsNotFound() {
        assertThat(this.http.post("/actuator/migrations/nope", "{\"command\": \"upgrade\"}").status()).isEqualTo(404);
    }

    private Migrator migrator() {
        return TestTrees.migrator(this.commandContext, this.commandContext.tree("main"));
    }

    private List<String> currentRows() {
        return List.copyOf(migrator().status().versionRows());
    }
}
