package dev.revgraph.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where trials keep their files (gates, logs, H2 files): {@code target/reliability-work/...}, kept for reading after a failure. */
final class WorkDirectory {

    private WorkDirectory() {
    }

    static Path of(String... names) {
        Path path = Path.of(System.getProperty("revgraph.reliability.work", "target/reliability-work"), names);
        try {
            if (Files.exists(path)) {
                try (var files = Files.walk(path)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
                }
            }
            return Files.createDirectories(path);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
