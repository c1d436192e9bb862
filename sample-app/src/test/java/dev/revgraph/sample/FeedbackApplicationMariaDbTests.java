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
 * boot (both trees; the index revision from {@code db/mariadb}),
 * {@code ddl-auto=validate} passes against what the revisions built, the API works, and
 * {@code /actuator/migrations} shows the trees at their heads.
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
        assertThat(response.<List<String>>read("$.revisions[*].state"))
            .containsExactlyElementsOf(SampleRevisions.statesAtHead(SampleRevisions.ALL));
        assertThat(response.<String>read("$.revisions[9].script"))
            .isEqualTo("classpath:db/mariadb/0010_d3a5b7c9e1f2_index_comments_by_date.sql");
        assertThat(http.get("/actuator/migrations/audit/current").<List<String>>read("$.current[*].id"))
            .containsExactly(SampleRevisions.AUDIT_HEAD);
        SampleHttp.Response resource = http.post("/resources", "{\"name\": \"Parks\"}");
        assertThat(resource.status()).isEqualTo(201);
        Integer id = resource.read("$.id");
        Integer utilization = http.post("/resources/" + id + "/utilizations", "{\"title\": \"Picnic spots\"}")
            .read("$.id");
        assertThat(http.post("/utilizations/" + utilization + "/comments", "{\"body\": \"Lovely\"}").status())
            .isEqualTo(201);
        assertThat(http.post("/resources/" + id + "/likes", "").<Integer>read("$.likeCount")).isOne();
        assertThat(http.get("/audit?limit=1").<List<String>>read("$[*].action")).containsExactly("resource.liked");
        assertThat(http.get("/actuator/health/readiness").<String>read("$.status")).isEqualTo("UP");
    }
}
