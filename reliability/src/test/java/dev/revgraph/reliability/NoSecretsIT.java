package dev.revgraph.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import dev.revgraph.testdb.DatabaseKind;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 8, no secrets: the application runs with every logger at TRACE, with a password of its own
 * (a fresh MariaDB login; an H2 file database; the test login on PostgreSQL) given in the JDBC URL
 * ({@code ?user=...&password=...}) or through a placeholder resolved from the environment
 * ({@code ${RELIABILITY_DB_SECRET}}). It boots and serves the endpoint, fails on a broken revision, and
 * fails to log in with a wrong password; then its whole output and the endpoint's answers
 * ({@code /actuator/migrations}, {@code .../history}, {@code /actuator/health}) are scanned: the password
 * never appears, nor a URL carrying it. MariaDB in the fast tier, every database in the full one.
 */
class NoSecretsIT {

    /**
     * Every logger at TRACE in the full tier (a boot then writes some 15,000 lines, which costs a minute
     * here); in the fast tier the loggers that see connections, URLs and SQL: RevGraph's, Spring's JDBC and
     * DataSource support, Hikari, the drivers, Actuator.
     */
    private static final java.util.Map<String, String> TRACE = Tier.full() ? java.util.Map.of("logging.level.root", "TRACE")
            : java.util.Map.of("logging.level.dev.revgraph", "TRACE", "logging.level.org.springframework.jdbc", "TRACE",
                    "logging.level.org.springframework.boot.jdbc", "TRACE", "logging.level.com.zaxxer.hikari", "TRACE",
                    "logging.level.org.mariadb", "TRACE", "logging.level.org.postgresql", "TRACE",
                    "logging.level.org.h2", "TRACE", "logging.level.org.springframework.boot.actuate", "TRACE",
                    "logging.level.org.springframework.boot.diagnostics", "TRACE");

    static Stream<DatabaseKind> kinds() {
        return Tier.full() ? Stream.of(DatabaseKind.values()) : Stream.of(DatabaseKind.MARIADB);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void noPasswordInLogsMessagesOrEndpointOutput(DatabaseKind kind) throws Exception {
        Path work = WorkDirectory.of("no-secrets", kind.id());
        String secret = "Sx" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        try (TrialDatabase base = TrialDatabase.shared(kind)) {
            Credentials credentials = credentials(kind, base, work, secret);
            List<String> scanned = new ArrayList<>();
            // 1. boots at TRACE, serves the endpoint
            int port = AppLauncher.freePort();
            AppLauncher.Running server = new AppLauncher().properties(credentials.properties())
                .properties(RevisionSets.tree30Properties())
                .environment("RELIABILITY_DB_SECRET", credentials.secret())
                .properties(TRACE)
                .property("server.port", port)
                .property("management.endpoints.web.exposure.include", "*")
                .property("management.endpoint.env.show-values", "NEVER")
                .name("server")
                .start();
            try {
                assertThat(server.awaitLine((line) -> line.contains("Started ReliabilityApplication"), AppLauncher.TIMEOUT))
                    .as("the server starts:\n%s", tail(server.output())).isTrue();
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
                for (String path : List.of("/actuator/migrations", "/actuator/migrations/main/history",
                        "/actuator/migrations/main/current", "/actuator/health", "/actuator/health/readiness",
                        "/actuator/env", "/actuator/configprops")) {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofString());
                    scanned.add(path + " " + response.statusCode() + ": " + response.body());
                    if (path.startsWith("/actuator/migrations")) {
                        assertThat(response.statusCode()).as(path).isEqualTo(200);
                    }
                }
            }
            finally {
                server.terminate();
                scanned.add(server.awaitEnd(AppLauncher.TIMEOUT).saveTo(work).output());
            }
            // 2. fails on a broken revision, at TRACE
            ScriptTree broken = new ScriptTree(work.resolve("broken"));
            broken.plain("ns_01", "");
            broken.revision("ns_02", "ns_01", List.of("CREATE TABEL nope (id INTEGER)"), List.of());
            AppLauncher.Ended failing = new AppLauncher().properties(credentials.properties())
                .environment("RELIABILITY_DB_SECRET", credentials.secret())
                .properties(TRACE)
                .property("spring.main.web-application-type", "none")
                .property("migrations.locations", broken.location())
                .property("migrations.java-packages", "")
                .name("failing")
                .run()
                .saveTo(work);
            assertThat(failing.exitCode()).as(tail(failing.output())).isNotZero();
            assertThat(failing.output()).contains("APPLICATION FAILED TO START");
            scanned.add(failing.output());
            // 3. a wrong password: the driver's refusal, the pool's, ours
            AppLauncher.Ended refused = new AppLauncher().properties(credentials.wrongPassword())
                .environment("RELIABILITY_DB_SECRET", "wrong-" + credentials.secret())
                .properties(TRACE)
                .property("spring.main.web-application-type", "none")
                .property("spring.datasource.hikari.connection-timeout", "5000")
                .name("refused")
                .run()
                .saveTo(work);
            assertThat(refused.exitCode()).as(tail(refused.output())).isNotZero();
            scanned.add(refused.output());
            long lines = 0;
            for (String text : scanned) {
                lines += text.lines().count();
                for (String forbidden : credentials.forbidden()) {
                    int at = text.indexOf(forbidden);
                    assertThat(at).as("'%s' appears in:\n...%s...", mask(forbidden),
                            (at < 0) ? "" : mask(text.substring(Math.max(0, at - 300), Math.min(text.length(), at + 100))))
                        .isNegative();
                }
            }
            Reports.record("no-secrets", kind + ": scanned " + lines + " lines of TRACE output and endpoint answers");
            credentials.drop().run();
        }
    }

    private record Credentials(List<String> properties0, String secret, List<String> forbidden,
            List<String> wrongPassword0, Runnable drop) {

        java.util.Map<String, String> properties() {
            return map(this.properties0);
        }

        java.util.Map<String, String> wrongPassword() {
            return map(this.wrongPassword0);
        }

        private static java.util.Map<String, String> map(List<String> pairs) {
            java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
            for (int i = 0; i < pairs.size(); i += 2) {
                map.put(pairs.get(i), pairs.get(i + 1));
            }
            return map;
        }

    }

    private static Credentials credentials(DatabaseKind kind, TrialDatabase base, Path work, String secret)
            throws Exception {
        switch (kind) {
            case MARIADB -> {
                String user = "relsec_" + secret.substring(2, 10).toLowerCase(Locale.ROOT);
                String database = base.url().substring(base.url().lastIndexOf('/') + 1);
                base.execute("CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + secret + "'",
                        "GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + user + "'@'%'");
                String url = base.url() + "?user=" + user + "&password=" + secret;
                return new Credentials(List.of("spring.datasource.url", url, "spring.datasource.username", "",
                        "spring.datasource.password", ""), secret, List.of(secret, "password=" + secret),
                        List.of("spring.datasource.url", base.url() + "?user=" + user + "&password=wrong-" + secret,
                                "spring.datasource.username", "", "spring.datasource.password", ""),
                        () -> {
                            try {
                                base.execute("DROP USER '" + user + "'@'%'");
                            }
                            catch (Exception ex) {
                                // dropped with the server's next clean-up
                            }
                        });
            }
            case H2 -> {
                Path directory = work.resolve("h2");
                String url = "jdbc:h2:file:" + directory.resolve("db").toAbsolutePath();
                return new Credentials(List.of("spring.datasource.url", url, "spring.datasource.username", "sa",
                        "spring.datasource.password", "${RELIABILITY_DB_SECRET}"), secret, List.of(secret),
                        List.of("spring.datasource.url", url, "spring.datasource.username", "sa",
                                "spring.datasource.password", "${RELIABILITY_DB_SECRET}"),
                        () -> {
                        });
            }
            default -> {
                // The test login cannot create logins: its own password, through a placeholder. (Not in the URL:
                // pgjdbc itself logs the URL it connects with at DEBUG, "Connecting with URL: ...", see
                // docs/reliability.md.)
                return new Credentials(List.of("spring.datasource.url", base.url(), "spring.datasource.username",
                        base.user(), "spring.datasource.password", "${RELIABILITY_DB_SECRET}"), base.password(),
                        List.of("password=" + base.password(),
                                "password=" + base.password() + "&", ":" + base.password() + "@"),
                        List.of("spring.datasource.url", base.url(), "spring.datasource.username", base.user(),
                                "spring.datasource.password", "${RELIABILITY_DB_SECRET}"),
                        () -> {
                        });
            }
        }
    }

    private static String mask(String text) {
        return text.replaceAll("Sx[0-9a-f]{20}", "Sx<secret>");
    }

    private static String tail(String output) {
        return (output.length() < 8000) ? output : output.substring(output.length() - 8000);
    }

}
