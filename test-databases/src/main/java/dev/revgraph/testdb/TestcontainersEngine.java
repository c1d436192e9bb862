package dev.revgraph.testdb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Testcontainers, when it is on the classpath (it is an optional dependency) and a Docker engine
 * answers. Nothing here names a Testcontainers type: {@link Containers} does, and is loaded only
 * once the classes are known to be there.
 */
final class TestcontainersEngine implements ContainerEngine {

    private static final long PROBE_TIMEOUT_SECONDS = 20;

    private final Settings settings;
    private @Nullable String dockerUnavailableReason;
    private boolean probed;

    TestcontainersEngine(Settings settings) {
        this.settings = settings;
    }

    @Override
    public synchronized @Nullable String unavailableReason(DatabaseKind kind) {
        if (!isPresent("org.testcontainers.DockerClientFactory") || !isPresent(containerClassName(kind))) {
            return "Testcontainers' " + kind.id() + " module is not on the classpath";
        }
        if (!probed) {
            dockerUnavailableReason = probeDocker();
            probed = true;
        }
        return dockerUnavailableReason;
    }

    @Override
    public DatabaseServer start(DatabaseKind kind) {
        return Containers.start(kind);
    }

    private @Nullable String probeDocker() {
        // Asking Testcontainers costs seconds and log noise when there is no engine at all, so first
        // look for a sign of one.
        if (settings.get("DOCKER_HOST") == null && candidateSockets().noneMatch(Files::exists)) {
            return "no Docker engine is configured (no DOCKER_HOST, no Docker socket)";
        }
        try {
            boolean answers = CompletableFuture.supplyAsync(Containers::dockerAnswers)
                    .get(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return answers ? null : "no Docker engine answers";
        }
        catch (TimeoutException ex) {
            return "the Docker engine did not answer within " + PROBE_TIMEOUT_SECONDS + " s";
        }
        catch (ExecutionException ex) {
            return "the Docker engine could not be reached: " + ex.getCause();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return "interrupted while looking for a Docker engine";
        }
    }

    private Stream<Path> candidateSockets() {
        Path home = Path.of(System.getProperty("user.home"));
        Stream<Path> fixed = Stream.of(Path.of("/var/run/docker.sock"), home.resolve(".docker/run/docker.sock"),
                home.resolve(".docker/desktop/docker.sock"), home.resolve(".rd/docker.sock"),
                home.resolve(".colima/default/docker.sock"), home.resolve(".testcontainers.properties"));
        String runtimeDirectory = settings.get("XDG_RUNTIME_DIR");
        if (runtimeDirectory == null) {
            return fixed;
        }
        Path runtime = Path.of(runtimeDirectory);
        return Stream.concat(fixed, List.of(runtime.resolve("docker.sock"), runtime.resolve(".docker/run/docker.sock"),
                runtime.resolve("podman/podman.sock")).stream());
    }

    private static String containerClassName(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> "org.testcontainers.postgresql.PostgreSQLContainer";
            case MARIADB -> "org.testcontainers.mariadb.MariaDBContainer";
            case H2 -> throw new IllegalArgumentException("H2 needs no container");
        };
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, TestcontainersEngine.class.getClassLoader());
            return true;
        }
        catch (ClassNotFoundException | LinkageError ex) {
            return false;
        }
    }
}
