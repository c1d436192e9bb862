package dev.revgraph.benchmarks.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The W1/W2 migrations of {@link DdlSteps}, written for each tool under one directory:
 * <ul>
 * <li>{@code revgraph/NNNNN_step.sql}: SQL revisions in a chain (DESIGN.md §2 header);</li>
 * <li>{@code flyway/V<n>__step.sql}: versioned Flyway migrations;</li>
 * <li>{@code liquibase/changelog.sql}: one formatted-SQL changelog, one changeset per step.</li>
 * </ul>
 * Each file holds the step's statement and a semicolon, nothing else of substance, so every tool reads
 * and runs the same SQL.
 *
 * @param root the directory holding the three folders
 * @param count the number of steps
 */
public record WorkloadFiles(Path root, int count) {

    static final String LIQUIBASE_CHANGELOG = "changelog.sql";

    /** Writes the files for {@code count} steps under {@code root} (created if needed). */
    public static WorkloadFiles write(Path root, int count) {
        try {
            Path revgraph = Files.createDirectories(root.resolve("revgraph"));
            Path flyway = Files.createDirectories(root.resolve("flyway"));
            Path liquibase = Files.createDirectories(root.resolve("liquibase"));
            StringBuilder changelog = new StringBuilder("--liquibase formatted sql\n");
            for (int step = 1; step <= count; step++) {
                String sql = DdlSteps.statement(step) + ";\n";
                Files.writeString(revgraph.resolve(String.format("%05d_step.sql", step)),
                        revisionHeader(step) + "\n-- migrate:upgrade\n" + sql, StandardCharsets.UTF_8);
                Files.writeString(flyway.resolve("V" + step + "__step.sql"), sql, StandardCharsets.UTF_8);
                changelog.append("\n--changeset bench:").append(step).append('\n').append(sql);
            }
            Files.writeString(liquibase.resolve(LIQUIBASE_CHANGELOG), changelog, StandardCharsets.UTF_8);
            return new WorkloadFiles(root, count);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not write the workload under " + root, ex);
        }
    }

    /** The revision id of step {@code step}. */
    static String revisionId(int step) {
        return String.format("step_%05d", step);
    }

    private static String revisionHeader(int step) {
        return "-- revision: " + revisionId(step) + "\n"
                + "-- down_revision: " + ((step > 1) ? revisionId(step - 1) : "") + "\n"
                + "-- message: step " + step + "\n"
                + "-- created: 2026-01-01T00:00:00Z\n";
    }

    public Path revgraph() {
        return this.root.resolve("revgraph");
    }

    public Path flyway() {
        return this.root.resolve("flyway");
    }

    public Path liquibase() {
        return this.root.resolve("liquibase");
    }

    /** The statements the plain-JDBC floors run: the same as in the files. */
    public List<String> statements() {
        return DdlSteps.statements(this.count);
    }
}
