package dev.revgraph.sample;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Command mode of the packaged sample ({@code java -jar revgraph-sample-app.jar migrations <command>}),
 * each run a separate process on an H2 file database of its own: exit codes (0 done, 1 something
 * pending, 2 a revision error), output, no web server, and the Kubernetes init-container case — an
 * empty database, {@code ddl-auto=validate}, {@code migrations upgrade heads} — exiting 0.
 */
class FeedbackApplicationCommandModeIT {

    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path directory;

    private int port;

    @BeforeEach
    void chooseAFreePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    @Test
    void upgradeHeadsOnAnEmptyDatabaseWithDdlValidateExitsZero() throws Exception {
        Run run = migrations("upgrade", "heads");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("Running upgrade  -> 3b7c1e9a2f40, Create resources (1/10)")
            .contains("Running upgrade 2f6a9c3e1b84, b4e8d2a6c0f3 -> 5c3e7f9a1d26, Merge comments and likes (8/10)")
            .contains("Ran 10 steps")
            .contains("version rows: " + SampleRevisions.HEAD)
            .contains("Running upgrade  -> f1a2b3c4d5e6, Create the audit log (1/2)")
            .contains("version rows: " + SampleRevisions.AUDIT_HEAD);
        assertThat(run.output().indexOf("Tree main:")).isLessThan(run.output().indexOf("Tree audit:"));
    }

    @Test
    void currentOnAnEmptyDatabaseShowsNoRevisionAndExitsZero() throws Exception {
        Run run = migrations("current");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).doesNotContain(SampleRevisions.HEAD);
    }

    @Test
    void currentAfterAnUpgradeShowsTheHead() throws Exception {
        assertThat(migrations("upgrade", "heads").exitCode()).isZero();
        Run run = migrations("current");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains(SampleRevisions.HEAD + " (head)")
            .contains(SampleRevisions.AUDIT_HEAD + " (head)");
    }

    @Test
    void pendingListsWhatAnUpgradeWouldRunAndExitsOne() throws Exception {
        Run run = migrations("pending");
        assertThat(run.exitCode()).as(run.output()).isOne();
        assertThat(run.output()).contains("main: 10 pending").contains("audit: 2 pending");
        SampleRevisions.ALL.forEach((id) -> assertThat(run.output()).contains(id));
        SampleRevisions.AUDIT.forEach((id) -> assertThat(run.output()).contains(id));
    }

    @Test
    void pendingForOneTreeListsOnlyThatTree() throws Exception {
        Run run = migrations("pending", "--tree", "audit");
        assertThat(run.exitCode()).as(run.output()).isOne();
        assertThat(run.output()).contains("audit: 2 pending").doesNotContain("main:");
    }

    @Test
    void upgradingOneBranchAppliesWhatItDependsOnAndNothingElse() throws Exception {
        Run run = migrations("upgrade", "b4e8d2a6c0f3", "--tree", "main");
        assertThat(run.exitCode()).as(run.output()).isZero();
        // b4e8d2a6c0f3 depends on the comments branch's 2f6a9c3e1b84, which runs first; the merge does not
        assertThat(run.output()).contains("-> 2f6a9c3e1b84").contains("-> 7a1d4e8b2c59").contains("-> b4e8d2a6c0f3")
            .doesNotContain("-> 5c3e7f9a1d26");
        assertThat(run.output()).contains("Ran 7 steps").contains("version rows: b4e8d2a6c0f3");
        // one version row: b4e8d2a6c0f3 implies the revision it depends on, as in Alembic
        Run pending = migrations("pending", "--tree", "main");
        assertThat(pending.output()).contains("main: 3 pending")
            .contains("upgrade 2f6a9c3e1b84, b4e8d2a6c0f3 -> 5c3e7f9a1d26, Merge comments and likes");
    }

    @Test
    void pendingAfterAnUpgradeExitsZero() throws Exception {
        assertThat(migrations("upgrade", "heads").exitCode()).isZero();
        Run run = migrations("pending");
        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    @Test
    void anUnknownTargetIsARevisionErrorThatExitsTwo() throws Exception {
        Run run = migrations("upgrade", "ffffffffffff");
        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).contains("ffffffffffff");
    }

    @Test
    void commandModeOpensNoWebPort() throws Exception {
        Run run = migrations("upgrade", "heads");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.portAnswered()).as("port %d answered while the command ran", this.port).isFalse();
        assertThat(run.output()).doesNotContain("Tomcat started").doesNotContain("Tomcat initialized");
    }

    @Test
    void withoutACommandTheSameJarServesTheEndpointOnThatPort() throws Exception {
        List<String> arguments = List.of(java(), "-jar", jar().toString(),
                "--spring.datasource.url=jdbc:h2:file:" + this.directory.resolve("db"), "--server.port=" + this.port);
        Path log = Files.createTempFile(this.directory, "server", ".log");
        Process process = new ProcessBuilder(arguments).directory(this.directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
        try {
            SampleHttp.Response response = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (process.isAlive() && System.nanoTime() < deadline && response == null) {
                if (answers(this.port)) {
                    response = new SampleHttp(this.port).get("/actuator/migrations/main/current");
                }
                else {
                    process.waitFor(200, TimeUnit.MILLISECONDS);
                }
            }
            assertThat(response).as(Files.readString(log, StandardCharsets.UTF_8)).isNotNull();
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.<List<String>>read("$.current[*].id")).containsExactly(SampleRevisions.HEAD);
        }
        finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** Runs the packaged application in command mode, watching the web port while it runs. */
    private Run migrations(String... command) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(java(), "-jar", jar().toString(),
                "--spring.datasource.url=jdbc:h2:file:" + this.directory.resolve("db"),
                "--spring.jpa.hibernate.ddl-auto=validate", "--server.port=" + this.port, "migrations"));
        arguments.addAll(List.of(command));
        Path log = Files.createTempFile(this.directory, "run", ".log");
        Process process = new ProcessBuilder(arguments).directory(this.directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
        boolean portAnswered = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (process.isAlive() && System.nanoTime() < deadline) {
            portAnswered |= answers(this.port);
            process.waitFor(100, TimeUnit.MILLISECONDS);
        }
        if (process.isAlive()) {
            process.destroyForcibly();
            throw new AssertionError("migrations " + String.join(" ", command) + " still running after "
                    + TIMEOUT_SECONDS + "s:\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8), portAnswered);
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 50);
            return true;
        }
        catch (IOException ex) {
            return false;
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The jar {@code package} made: failsafe names it; the repackaged one, not the {@code .original}. */
    private static Path jar() {
        String jar = System.getProperty("revgraph.sample.jar");
        assertThat(jar).as("system property revgraph.sample.jar (set by failsafe)").isNotNull();
        Path path = Path.of(jar);
        assertThat(path).as("the packaged sample application").isRegularFile();
        return path;
    }

    /** How a run ended. */
    private record Run(int exitCode, String output, boolean portAnswered) {
    }
}
