package dev.revgraph.autoconfigure.actuate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.revgraph.autoconfigure.actuate.EndpointHttp.Response;
import dev.revgraph.command.CommandContext;
import dev.revgraph.command.MigrationTree;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabaseExtension;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application shuts down while an upgrade it started over HTTP is running: the run stops after the
 * step that is running, the request answers {@code interrupted}, and the database is left settled — every
 * step that ran committed with its rows, nothing in doubt — before the pool closes. Before, the graceful
 * shutdown waited for every remaining step (and closed the pool under one that outlasted it).
 */
class MigrationsEndpointShutdownTests {

    private static final int STEPS = 6;

    @RegisterExtension
    static final TestDatabaseExtension postgres = TestDatabaseExtension.of(DatabaseKind.POSTGRESQL);

    @TempDir
    static Path revisions;

    @Test
    void aShutdownStopsAnHttpRunAfterItsStepAndLeavesTheDatabaseSettled() throws Exception {
        writeSlowChain();
        ConfigurableApplicationContext application = new SpringApplicationBuilder(ShutdownTestApplication.class)
            .properties(Map.of("spring.datasource.url", postgres.database().jdbcUrl(), "spring.datasource.username",
                    postgres.database().user(), "spring.datasource.password", postgres.database().password(),
                    "server.port", "0", "migrations.on-startup", "none", "management.endpoints.web.exposure.include",
                    "migrations", "management.endpoint.migrations.access", "unrestricted"))
            .run();
        int port = ((WebServerApplicationContext) application).getWebServer().getPort();
        EndpointHttp http = new EndpointHttp(port);
        CompletableFuture<Response> upgrade = CompletableFuture.supplyAsync(() -> http.post("/actuator/migrations/main",
                "{\"command\": \"upgrade\", \"dryRun\": false, \"expectedCurrent\": \"\"}"));
        waitForSteps(1);

        application.close();

        Response response = upgrade.get(1, TimeUnit.MINUTES);
        assertThat(response.<String>read("$.code")).isEqualTo("interrupted");
        List<String> rows = query("SELECT version_num FROM revgraph_version");
        List<String> running = query("SELECT revision FROM revgraph_history WHERE status = 'running'");
        int applied = query("SELECT revision FROM revgraph_applied").size();
        assertThat(running).isEmpty();
        assertThat(applied).isBetween(1, STEPS - 1);
        assertThat(rows).containsExactly(String.format("step%08d", applied));
        assertThat(query("SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'slow_%'"))
            .hasSize(applied);
    }

    /** A chain of steps that take a second each, so that the shutdown comes in the middle of it. */
    private static void writeSlowChain() throws Exception {
        for (int i = 1; i <= STEPS; i++) {
            Files.writeString(revisions.resolve(String.format("%04d_slow.sql", i)), String.format("""
                    -- revision: step%08d
                    -- down_revision: %s
                    -- message: slow step %d

                    -- migrate:upgrade
                    SELECT pg_sleep(1);
                    CREATE TABLE slow_%d (id INTEGER);

                    -- migrate:downgrade
                    DROP TABLE slow_%d;
                    """, i, (i == 1) ? "" : String.format("step%08d", i - 1), i, i, i));
        }
    }

    private static void waitForSteps(int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                if (query("SELECT revision FROM revgraph_applied").size() >= count) {
                    return;
                }
            }
            catch (java.sql.SQLException ex) {
                // the tables are not there yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The upgrade did not apply " + count + " step(s) in 30 s");
    }

    private static List<String> query(String sql) throws java.sql.SQLException {
        DataSource dataSource = postgres.database().dataSource();
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class ShutdownTestApplication {

        @Bean
        CommandContext migrationsCommandContext(DataSource dataSource) {
            return TestTrees.context(MigrationTree.builder("main")
                .locations(List.of("filesystem:" + revisions))
                .dataSource(dataSource)
                .build());
        }
    }
}
