package dev.revgraph.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.revgraph.reliability.EndpointClient.Login;
import dev.revgraph.reliability.EndpointClient.Response;
import dev.revgraph.testdb.DatabaseKind;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.context.ConfigurableApplicationContext;

import static dev.revgraph.reliability.DocumentedActuatorSecurity.MIGRATOR;
import static dev.revgraph.reliability.DocumentedActuatorSecurity.MONITOR;
import static dev.revgraph.reliability.DocumentedActuatorSecurity.NOBODY;
import static dev.revgraph.reliability.DocumentedActuatorSecurity.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 7, endpoint security, over real HTTP to the application served in this JVM (H2; the lock and
 * the database's part are {@link EndpointLockIT}'s). Every application exposes every endpoint
 * ({@code management.endpoints.web.exposure.include=*}) and starts at {@code es_02} with {@code es_03}
 * pending, so that a write that gets through shows in the version rows.
 * <ul>
 * <li>Without Spring Security, {@code POST /actuator/migrations/{tree}} is refused (and changes nothing)
 * unless the endpoint's access is {@code unrestricted}: exposure alone, {@code read-only},
 * {@code none}, a {@code max-permitted} cap, no exposure.</li>
 * <li>With the {@code SecurityFilterChain} of docs/actuator.md ({@link DocumentedActuatorSecurity}, checked
 * to be the page's text): an anonymous {@code POST} is {@code 401}, an authenticated user without
 * {@code DB_OPERATOR} gets {@code 403}, {@code DB_OPERATOR} plans and runs without a CSRF token; the read
 * views need {@code OPS}; health is open; odd spellings of the URL do not slip past the role; the rule
 * follows a moved base path and a separate management port.</li>
 * <li>A stale {@code expectedCurrent} is {@code 409} and runs nothing: the statement log shows reads only
 * (no write, no lock).</li>
 * </ul>
 * Spring Security is a test dependency of this module: "without Spring Security" means its
 * auto-configuration excluded, as if it were not on the class path (the packaged application has none).
 */
class EndpointSecurityIT {

    private static final String TREE = "/actuator/migrations/main";

    private static final String DRY_RUN = "{\"command\": \"upgrade\"}";

    /** Spring Security's auto-configuration, left out for the applications "without Spring Security". */
    private static final String NO_SECURITY = String.join(",",
            "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration");

    // --- without Spring Security: access decides -------------------------------------------------------

    /**
     * One configuration of the endpoint's access.
     *
     * @param name what it is
     * @param properties the properties besides exposure of every endpoint
     * @param read the status of {@code GET /actuator/migrations/main}
     * @param write the status of a {@code POST} (dry run and real run alike)
     */
    record Access(String name, Map<String, String> properties, int read, int write) {

        boolean writes() {
            return this.write == 200;
        }

        @Override
        public String toString() {
            return this.name;
        }

    }

    static Stream<Access> accesses() {
        return Stream.of(new Access("exposure include=* alone", Map.of(), 200, 405),
                new Access("access=read-only", Map.of("management.endpoint.migrations.access", "read-only"), 200, 405),
                new Access("access=none", Map.of("management.endpoint.migrations.access", "none"), 404, 404),
                new Access("access=unrestricted, capped by max-permitted=read-only",
                        Map.of("management.endpoint.migrations.access", "unrestricted",
                                "management.endpoints.access.max-permitted", "read-only"),
                        200, 405),
                new Access("access=unrestricted, not exposed",
                        Map.of("management.endpoint.migrations.access", "unrestricted",
                                "management.endpoints.web.exposure.include", "health"),
                        404, 404),
                new Access("every endpoint's default access=unrestricted",
                        Map.of("management.endpoints.access.default", "unrestricted"), 200, 200),
                new Access("access=unrestricted", Map.of("management.endpoint.migrations.access", "unrestricted"), 200,
                        200));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accesses")
    void withoutSpringSecurityTheWriteOperationsExistOnlyWithUnrestrictedAccess(Access access) throws Exception {
        try (TrialDatabase database = TrialDatabase.shared(DatabaseKind.H2);
                ConfigurableApplicationContext application = InProcessApplication.serve(
                        properties(database, "access", Map.of("spring.autoconfigure.exclude", NO_SECURITY),
                                access.properties()))) {
            EndpointClient http = new EndpointClient(InProcessApplication.port(application));
            assertThat(http.get(TREE, null).status()).as("GET").isEqualTo(access.read());
            Response dryRun = http.post(TREE, DRY_RUN, null);
            assertThat(dryRun.status()).as("POST, dry run: %s", dryRun).isEqualTo(access.write());
            Response real = http.post(TREE, EndpointClient.realUpgrade("heads", "es_02"), null);
            assertThat(real.status()).as("POST, real run: %s", real).isEqualTo(access.write());
            if (access.writes()) {
                assertThat(dryRun.<String>read("$.outcome")).isEqualTo("planned");
                assertThat(real.<String>read("$.outcome")).isEqualTo("applied");
                assertThat(DatabaseFacts.versionRows(database)).containsExactly("es_03");
            }
            else {
                assertThat(DatabaseFacts.versionRows(database)).as("nothing ran").containsExactly("es_02");
                assertThat(DatabaseFacts.historyDirections(database)).containsExactly("upgrade", "upgrade");
            }
        }
    }

    // --- the documented SecurityFilterChain -------------------------------------------------------------

    @Test
    void theChainTestedHereIsTheOneDocsActuatorMdShows() throws Exception {
        String documented = javaBlockAfter(read(docs().resolve("actuator.md")), "### Securing the write operations");
        String tested = between(read(Path.of("src/test/java/dev/revgraph/reliability/DocumentedActuatorSecurity.java")),
                "// docs/actuator.md: begin", "// docs/actuator.md: end");
        assertThat(normalise(tested)).isEqualTo(normalise(documented));
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithTheDocumentedChain {

        private TrialDatabase database;

        private ConfigurableApplicationContext application;

        private EndpointClient http;

        @BeforeAll
        void serve() throws Exception {
            this.database = TrialDatabase.shared(DatabaseKind.H2);
            this.application = InProcessApplication.serve(properties(this.database, "documented-chain", Map.of(),
                    Map.of("management.endpoint.migrations.access", "unrestricted")), DocumentedActuatorSecurity.class,
                    StatementLog.LoggedDataSource.class);
            this.http = new EndpointClient(InProcessApplication.port(this.application));
        }

        @AfterAll
        void close() throws Exception {
            this.application.close();
            this.database.close();
        }

        @Test
        void anAnonymousPostIsUnauthorizedAndChangesNothing() throws Exception {
            List<String> before = DatabaseFacts.historyDirections(this.database);
            for (String body : List.of(DRY_RUN, EndpointClient.realUpgrade("heads", current()))) {
                Response response = this.http.post(TREE, body, null);
                assertThat(response.status()).as("%s", response).isEqualTo(401);
            }
            assertThat(DatabaseFacts.historyDirections(this.database)).isEqualTo(before);
        }

        @Test
        void aUserWithoutTheOperatorRoleIsForbiddenAndChangesNothing() throws Exception {
            List<String> before = DatabaseFacts.historyDirections(this.database);
            for (Login login : List.of(MONITOR, NOBODY)) {
                for (String body : List.of(DRY_RUN, EndpointClient.realUpgrade("heads", current()))) {
                    Response response = this.http.post(TREE, body, login);
                    assertThat(response.status()).as("%s: %s", login, response).isEqualTo(403);
                }
            }
            assertThat(this.http.post(TREE, DRY_RUN, new Login(OPERATOR.user(), "wrong")).status())
                .as("a wrong password").isEqualTo(401);
            assertThat(DatabaseFacts.historyDirections(this.database)).isEqualTo(before);
        }

        @Test
        void theOperatorRolePlansAndRunsWithoutACsrfToken() throws Exception {
            for (Login login : List.of(OPERATOR, MIGRATOR)) {
                String current = current();
                Response plan = this.http.post(TREE, "{\"command\": \"downgrade\", \"target\": \"-1\"}", login);
                assertThat(plan.status()).as("%s: %s", login, plan).isEqualTo(200);
                assertThat(plan.<String>read("$.outcome")).isEqualTo("planned");
                Response down = this.http.post(TREE, "{\"command\": \"downgrade\", \"target\": \"-1\", \"dryRun\": false, "
                        + "\"expectedCurrent\": \"" + current + "\"}", login);
                assertThat(down.status()).as("%s: %s", login, down).isEqualTo(200);
                assertThat(down.<String>read("$.outcome")).isEqualTo("applied");
                String lower = current();
                assertThat(lower).isNotEqualTo(current);
                Response up = this.http.post(TREE, EndpointClient.realUpgrade(current, lower), login);
                assertThat(up.status()).as("%s: %s", login, up).isEqualTo(200);
                assertThat(current()).isEqualTo(current);
            }
        }

        @Test
        void theReadViewsNeedOpsAndHealthIsOpen() {
            for (String path : List.of("/actuator/migrations", TREE, TREE + "/history", TREE + "/current")) {
                assertThat(this.http.get(path, null).status()).as("anonymous GET %s", path).isEqualTo(401);
                assertThat(this.http.get(path, NOBODY).status()).as("no role: GET %s", path).isEqualTo(403);
                assertThat(this.http.get(path, MIGRATOR).status()).as("DB_OPERATOR only: GET %s", path).isEqualTo(403);
                assertThat(this.http.get(path, MONITOR).status()).as("OPS: GET %s", path).isEqualTo(200);
                assertThat(this.http.get(path, OPERATOR).status()).as("OPS and DB_OPERATOR: GET %s", path)
                    .isEqualTo(200);
            }
            // 503 while es_03 is pending (the migrations indicator is OUT_OF_SERVICE): answered, not refused
            assertThat(this.http.get("/actuator/health", null).status()).as("anonymous: health").isIn(200, 503);
            for (Login login : List.of(NOBODY, MIGRATOR, MONITOR, OPERATOR)) {
                assertThat(this.http.get("/actuator/health", login).status()).as("%s: health", login).isIn(200, 503);
            }
            assertThat(this.http.get("/actuator/env", null).status()).as("anonymous: env").isEqualTo(401);
            assertThat(this.http.get("/actuator/env", NOBODY).status()).as("no role: env").isEqualTo(403);
            assertThat(this.http.get("/actuator/env", MIGRATOR).status()).as("DB_OPERATOR only: env").isEqualTo(403);
            assertThat(this.http.get("/actuator/env", MONITOR).status()).as("OPS: env").isEqualTo(200);
            assertThat(this.http.get("/actuator/env", OPERATOR).status()).as("both: env").isEqualTo(200);
        }

        @Test
        void oddSpellingsOfTheUrlDoNotSlipPastTheRole() throws Exception {
            List<String> before = DatabaseFacts.historyDirections(this.database);
            String body = EndpointClient.realUpgrade("heads", current());
            List<String> answers = new ArrayList<>();
            for (String path : List.of(TREE + "/", "/actuator//migrations/main", "/actuator/migrations/./main",
                    "/actuator/x/../migrations/main", "/actuator/migrations;x=y/main", "/actuator/migrations/main;x=y",
                    "/actuator/migrations%2Fmain", "/actuator/Migrations/main", "/actuator/migrations/MAIN",
                    "/actuator/migrations/main?dryRun=false", "/actuator/migrations/%6Dain")) {
                Response response = this.http.post(path, body, MONITOR);
                answers.add(path + " " + response.status());
                assertThat(response.status()).as("OPS without DB_OPERATOR: POST %s: %s", path, response)
                    .isNotEqualTo(200);
            }
            assertThat(DatabaseFacts.historyDirections(this.database)).as("nothing ran").isEqualTo(before);
            Reports.record("endpoint-security", "OPS without DB_OPERATOR, POST to odd spellings: " + answers);
        }

        @Test
        void aStaleExpectedCurrentIsAConflictAndRunsNothing() throws Exception {
            String current = current();
            List<String> before = DatabaseFacts.historyDirections(this.database);
            StatementLog.clear();
            Response response = this.http.post(TREE, "{\"command\": \"downgrade\", \"target\": \"base\", \"dryRun\": false, "
                    + "\"expectedCurrent\": \"es_01\"}", OPERATOR);
            List<String> sql = StatementLog.sql();
            assertThat(response.status()).as("%s", response).isEqualTo(409);
            assertThat(response.<String>read("$.code")).isEqualTo("stale_expected_current");
            assertThat(response.<List<String>>read("$.current")).containsExactly(current);
            assertThat(sql).as("what the request ran").isNotEmpty().allSatisfy(EndpointSecurityIT::assertRead);
            assertThat(current()).isEqualTo(current);
            assertThat(DatabaseFacts.historyDirections(this.database)).isEqualTo(before);
        }

        private String current() throws Exception {
            List<String> rows = DatabaseFacts.versionRows(this.database);
            assertThat(rows).hasSize(1);
            return rows.get(0);
        }

    }

    @Test
    void theChainFollowsAMovedBasePath() throws Exception {
        try (TrialDatabase database = TrialDatabase.shared(DatabaseKind.H2);
                ConfigurableApplicationContext application = InProcessApplication.serve(
                        properties(database, "base-path", Map.of(), Map.of("management.endpoint.migrations.access",
                                "unrestricted", "management.endpoints.web.base-path", "/manage")),
                        DocumentedActuatorSecurity.class)) {
            EndpointClient http = new EndpointClient(InProcessApplication.port(application));
            String path = "/manage/migrations/main";
            assertThat(http.get(path, MONITOR).status()).isEqualTo(200);
            assertThat(http.post(path, DRY_RUN, null).status()).as("anonymous").isEqualTo(401);
            assertThat(http.post(path, EndpointClient.realUpgrade("heads", "es_02"), MONITOR).status())
                .as("OPS without DB_OPERATOR").isEqualTo(403);
            assertThat(DatabaseFacts.versionRows(database)).containsExactly("es_02");
            assertThat(http.post(path, EndpointClient.realUpgrade("heads", "es_02"), OPERATOR).status()).isEqualTo(200);
            assertThat(DatabaseFacts.versionRows(database)).containsExactly("es_03");
        }
    }

    @Test
    void theChainGuardsASeparateManagementPort() throws Exception {
        try (TrialDatabase database = TrialDatabase.shared(DatabaseKind.H2);
                ConfigurableApplicationContext application = InProcessApplication.serve(
                        properties(database, "management-port", Map.of(), Map.of("management.endpoint.migrations.access",
                                "unrestricted", "management.server.port", "0", "management.server.address", "127.0.0.1")),
                        DocumentedActuatorSecurity.class)) {
            int port = application.getEnvironment().getRequiredProperty("local.management.port", Integer.class);
            assertThat(port).isNotEqualTo(InProcessApplication.port(application));
            EndpointClient http = new EndpointClient(port);
            assertThat(http.get(TREE, null).status()).as("anonymous GET").isEqualTo(401);
            assertThat(http.get(TREE, MONITOR).status()).isEqualTo(200);
            assertThat(http.post(TREE, DRY_RUN, null).status()).as("anonymous POST").isEqualTo(401);
            assertThat(http.post(TREE, EndpointClient.realUpgrade("heads", "es_02"), MONITOR).status())
                .as("OPS without DB_OPERATOR").isEqualTo(403);
            assertThat(DatabaseFacts.versionRows(database)).containsExactly("es_02");
            assertThat(http.post(TREE, EndpointClient.realUpgrade("heads", "es_02"), OPERATOR).status()).isEqualTo(200);
            assertThat(DatabaseFacts.versionRows(database)).containsExactly("es_03");
        }
    }

    // --- helpers -------------------------------------------------------------------------------------

    /** The application's properties: the database, three revisions (started at the second), every endpoint exposed. */
    private static Map<String, String> properties(TrialDatabase database, String name, Map<String, String> first,
            Map<String, String> then) {
        ScriptTree tree = new ScriptTree(WorkDirectory.of("endpoint-security", name, "revisions"));
        tree.plain("es_01", "");
        tree.plain("es_02", "es_01");
        tree.plain("es_03", "es_02");
        Map<String, String> properties = new LinkedHashMap<>(database.springProperties());
        properties.put("migrations.locations", tree.location());
        properties.put("migrations.java-packages", "");
        properties.put("migrations.target", "es_02");
        properties.put("management.endpoints.web.exposure.include", "*");
        properties.putAll(first);
        properties.putAll(then);
        return properties;
    }

    /** A statement that reads: a query, not a write, and not the migration lock. */
    private static void assertRead(String sql) {
        String text = sql.strip().toUpperCase(Locale.ROOT);
        assertThat(text).as(sql).startsWith("SELECT");
        assertThat(text).as(sql).doesNotContain("LOCK").doesNotContain("FOR UPDATE");
    }

    private static Path docs() {
        return Path.of(System.getProperty("revgraph.reliability.docs", "../docs"));
    }

    private static String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static String javaBlockAfter(String markdown, String heading) {
        int at = markdown.indexOf(heading);
        assertThat(at).as("docs/actuator.md has '%s'", heading).isNotNegative();
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        assertThat(block.find(at)).as("a java block after '%s'", heading).isTrue();
        return block.group(1);
    }

    private static String between(String text, String begin, String end) {
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        assertThat(from).isNotNegative();
        assertThat(to).isGreaterThan(from);
        return text.substring(from + begin.length(), to);
    }

    private static String normalise(@Nullable String code) {
        return (code != null) ? code.replaceAll("\\s+", " ").strip() : "";
    }

}
