package dev.revgraph.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.stream.Stream;

/**
 * The test's side of the application's start gate ({@code reliability.gate-dir}, see
 * {@code dev.revgraph.reliability.app.StartGate}): every instance writes {@code waiting-<instance>} into
 * the folder once it is ready to migrate, and goes on when {@code go} exists.
 */
final class Gate {

    private final Path directory;

    Gate(Path directory) {
        this.directory = directory;
    }

    /** The folder, for {@code reliability.gate-dir}. */
    Path directory() {
        return this.directory;
    }

    /** Waits until every instance waits at the gate; fails when one of them ended first. */
    void awaitWaiting(Collection<AppLauncher.Running> instances) throws InterruptedException {
        long deadline = System.nanoTime() + AppLauncher.TIMEOUT.toNanos();
        while (waiting() < instances.size()) {
            for (AppLauncher.Running instance : instances) {
                if (!instance.isAlive()) {
                    throw new AssertionError("An instance ended before the gate opened:\n"
                            + instance.awaitEnd(Duration.ofSeconds(10)));
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(waiting() + " of " + instances.size() + " instances reached the gate in "
                        + AppLauncher.TIMEOUT);
            }
            Thread.sleep(100);
        }
    }

    /** Lets every instance waiting at the gate go on. */
    void open() {
        try {
            Files.createDirectories(this.directory);
            Files.createFile(this.directory.resolve("go"));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private long waiting() {
        if (!Files.isDirectory(this.directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(this.directory)) {
            return files.filter((file) -> file.getFileName().toString().startsWith("waiting-")).count();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
