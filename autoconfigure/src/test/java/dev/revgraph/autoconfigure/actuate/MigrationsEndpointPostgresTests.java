package dev.revgraph.autoconfigure.actuate;

import java.net.URI;
import java.util.List;

import dev.revgraph.autoconfigure.actuate.EndpointHttp.Response;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabaseExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static dev.revgraph.autoconfigure.actuate.TestTrees.C3;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint on PostgreSQL, where the database has an address, a user and a password to leak: a dry
 * run's SQL is PostgreSQL's, a real run migrates, and no body names the host, the port, the user, the
 * password or the JDBC URL.
 */
@SpringBootTest(classes = ActuateTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "migrations.on-startup=none", "management.endpoints.web.exposure.include=health,migrations",
                "management.endpoint.migrations.access=unrestricted", "management.endpoint.health.show-details=always" })
class MigrationsEndpointPostgresTests {

    @RegisterExtension
    static final TestDatabaseExtension postgres = TestDatabaseExtension.of(DatabaseKind.POSTGRESQL);

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> postgres.database().jdbcUrl());
        registry.add("spring.datasource.username", () -> postgres.database().user());
        registry.add("spring.datasource.password", () -> postgres.database().password());
    }

    @Test
    void plansWithPostgresSqlMigratesAndNeverShowsTheAddressOrTheCredentials() {
        EndpointHttp http = new EndpointHttp(this.port);
        Response plan = http.post("/actuator/migrations/main", "{\"command\": \"upgrade\"}");
        assertThat(plan.status()).isEqualTo(200);
        assertThat(plan.<String>read("$.sql.database")).startsWith("PostgreSQL");
        assertThat(plan.<String>read("$.sql.script")).contains("BEGIN;");
        Response run = http.post("/actuator/migrations/main",
                "{\"command\": \"upgrade\", \"dryRun\": false, \"expectedCurrent\": \"\"}");
        assertThat(run.status()).isEqualTo(200);
        assertThat(run.<List<String>>read("$.rowsAfter")).containsExactly(C3);
        StringBuilder bodies = new StringBuilder(plan.body()).append(run.body());
        for (String path : List.of("/actuator/migrations", "/actuator/migrations/main",
                "/actuator/migrations/main/current", "/actuator/migrations/main/history", "/actuator/health")) {
            Response response = http.get(path);
            assertThat(response.status()).as(path).isEqualTo(200);
            bodies.append(response.body());
        }
        TestDatabase database = postgres.database();
        URI address = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        // the local servers' password may be a word the SQL also uses ("revgraph"): look for it as a value
        assertThat(bodies.toString()).contains("\"upToDate\":true")
            .doesNotContain("\"" + database.password() + "\"")
            .doesNotContain("=" + database.password())
            .doesNotContainIgnoringCase("password")
            .doesNotContain(address.getHost())
            .doesNotContain(":" + address.getPort())
            .doesNotContain("jdbc:")
            .doesNotContain("\"" + database.user() + "\"");
    }
}
