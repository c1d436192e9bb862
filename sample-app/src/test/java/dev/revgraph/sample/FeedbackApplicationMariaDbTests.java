package dev.revgraph.sample;

import java.util.List;

import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabaseExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample application with its {@code mariadb} profile on an empty MariaDB database: it migrates on
 * boot, {@code ddl-auto=validate} passes against what the revisions built, and
 * {@code /actuator/migrations} shows the tree at its heads.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("mariadb")
class FeedbackApplicationMariaDbTests {

    @RegisterExtension
    static final TestDatabaseExtension database = TestDatabaseExtension.of(DatabaseKind.MARIADB);

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> database.database().jdbcUrl());
        registry.add("spring.datasource.username", () -> database.database().user());
        registry.add("spring.datasource.password", () -> database.database().password());
    }

    @Test
    void migratesOnBootValidatesTheEntitiesAndShowsTheTreeAtItsHeads() {
        SampleHttp http = new SampleHttp(this.port);
        SampleHttp.Response response = http.get("/actuator/migrations/main");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.<String>read("$.database")).startsWith("MariaDB");
        assertThat(response.<List<String>>read("$.current")).containsExactly(SampleRevisions.HEAD);
        assertThat(response.<Boolean>read("$.upToDate")).isTrue();
        assertThat(response.<List<String>>read("$.revisions[*].state")).containsExactly("applied", "applied",
                "applied", "current");
        assertThat(http.post("/resources", "{\"name\": \"Parks\"}").status()).isEqualTo(201);
        assertThat(http.get("/actuator/health/readiness").<String>read("$.status")).isEqualTo("UP");
    }
}
