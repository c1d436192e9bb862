package dev.revgraph.runtime;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import dev.revgraph.revision.Plan;
import dev.revgraph.revision.Step;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports progress the way Alembic does: {@code Running upgrade a -> b, message} for every step, with
 * its place in the plan and, once committed, how long it took; then one summary line.
 *
 * <pre>{@code
 * Migrator migrator = Migrator.create(dataSource, revisions, settings, ProgressListener.to(System.out));
 * }</pre>
 * prints
 * <pre>
 * Running upgrade  -> 1a2b3c4d5e6f, create users (1/2)
 *   done in 41 ms
 * Running upgrade 1a2b3c4d5e6f -> 2b3c4d5e6f7a, add email (2/2)
 *   done in 12 ms
 * Ran 2 steps in 0.06 s; version rows: 2b3c4d5e6f7a
 * </pre>
 */
public final class ProgressListener implements MigrationListener {

    private static final Logger logger = LoggerFactory.getLogger(ProgressListener.class);

    private final Consumer<String> out;

    private ProgressListener(Consumer<String> out) {
        this.out = out;
    }

    /** Prints lines to {@code stream}. */
    public static ProgressListener to(PrintStream stream) {
        Objects.requireNonNull(stream, "stream");
        return new ProgressListener(stream::println);
    }

    /** Logs lines at INFO to the {@code dev.revgraph.runtime.ProgressListener} logger. */
    public static ProgressListener toLog() {
        return new ProgressListener(logger::info);
    }

    @Override
    public void stepStarted(Step step, int index, int total) {
        this.out.accept("Running " + step.describe() + " (" + index + "/" + total + ")");
    }

    @Override
    public void afterCommit(Step step, Duration elapsed) {
        this.out.accept("  done in " + elapsed.toMillis() + " ms");
    }

    @Override
    public void stepFailed(Step step, RuntimeException error) {
        this.out.accept("  FAILED: " + error.getMessage());
    }

    @Override
    public void finished(MigrationResult result) {
        String seconds = String.format(java.util.Locale.ROOT, "%.2f", result.elapsed().toMillis() / 1000.0);
        if (result.stepsRun().isEmpty()) {
            this.out.accept("Nothing to do; version rows: " + rows(result.rowsAfter()) + " (" + seconds + " s)");
            return;
        }
        int steps = result.stepsRun().size();
        this.out.accept("Ran " + steps + ((steps == 1) ? " step" : " steps") + " in " + seconds
                + " s; version rows: " + rows(result.rowsAfter()));
    }

    @Override
    public void planned(Plan plan) {
    }

    private static String rows(Set<String> rows) {
        return rows.isEmpty() ? "(none: base)" : String.join(", ", rows);
    }
}
