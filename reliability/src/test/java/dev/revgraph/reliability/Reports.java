package dev.revgraph.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Measurements the suite records but never asserts (times on a shared machine are not outcomes):
 * appended to {@code target/reliability-work/report.txt} and printed, for docs/reliability.md.
 */
final class Reports {

    private Reports() {
    }

    static synchronized void record(String scenario, String line) {
        String text = Instant.now() + " [" + Tier.current().name().toLowerCase(java.util.Locale.ROOT) + "] " + scenario
                + ": " + line + System.lineSeparator();
        System.out.print(text);
        Path report = Path.of(System.getProperty("revgraph.reliability.work", "target/reliability-work"), "report.txt");
        try {
            Files.createDirectories(report.getParent());
            Files.writeString(report, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
