package dev.revgraph.autoconfigure.actuate;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import dev.revgraph.ErrorCode;
import dev.revgraph.RevGraphException;
import dev.revgraph.autoconfigure.actuate.MigrationsEndpoint.Outcome;
import dev.revgraph.autoconfigure.actuate.MigrationsEndpoint.RunDescriptor;
import dev.revgraph.autoconfigure.actuate.MigrationsEndpoint.SqlDescriptor;
import dev.revgraph.autoconfigure.actuate.MigrationsEndpoint.StepDescriptor;
import dev.revgraph.autoconfigure.actuate.TreeMigrators.LoadedTree;
import dev.revgraph.command.CommandContext;
import dev.revgraph.command.offline.OfflineSql;
import dev.revgraph.command.offline.OfflineSqlRenderer;
import dev.revgraph.revision.Plan;
import dev.revgraph.revision.Step;
import dev.revgraph.runtime.MigrationFailedException;
import dev.revgraph.runtime.MigrationListener;
import dev.revgraph.runtime.MigrationResult;
import dev.revgraph.runtime.MigrationStatus;
import dev.revgraph.runtime.Migrator;
import dev.revgraph.runtime.ProgressListener;

import org.jspecify.annotations.Nullable;

/**
 * The write operation of the endpoint on one tree: plan a command and write its SQL (a dry run), or run
 * it through the tree's {@link Migrator} — the same lock, checks and bookkeeping as start-up — after
 * checking that the caller saw the rows that are there.
 *
 * <p>The rows are checked twice: before anything else, to answer a stale request at once, and again
 * under the migration lock, when the run has planned from the rows it read there, so that a run that
 * raced another migrator changes nothing. Real runs on one tree take turns within the application
 * ({@link LoadedTree#runs()}), so that concurrent requests never need more than the two connections one
 * run holds.
 */
final class TreeRun {

    private final CommandContext context;

    private final LoadedTree loaded;

    private final RunningMigrations running;

    TreeRun(CommandContext context, LoadedTree loaded, RunningMigrations running) {
        this.context = context;
        this.loaded = loaded;
        this.running = running;
    }

    RunDescriptor run(String command, @Nullable String target, boolean dryRun, @Nullable String expectedCurrent) {
        Command kind = Command.of(command);
        if (kind == null) {
            return result(command, target, dryRun, Outcome.REJECTED, null, null, null, null, "unknown_command",
                    "Unknown command '" + command + "'; use upgrade, downgrade or stamp");
        }
        String resolvedTarget = (target != null && !target.isBlank()) ? target.strip()
                : (kind == Command.UPGRADE) ? "heads" : null;
        if (resolvedTarget == null) {
            return result(command, null, dryRun, Outcome.REJECTED, null, null, null, null, "missing_target",
                    kind.word + " needs a target revision");
        }
        if (dryRun) {
            return checkAndRun(command, kind, resolvedTarget, true, expectedCurrent);
        }
        // One real run per tree at a time in this application: a run holds two connections (the work and the
        // lock), so concurrent requests that each took one would wait on the pool for each other's second.
        ReentrantLock runs = this.loaded.runs();
        Duration timeout = this.loaded.tree().settings().lockTimeout();
        try {
            if (!runs.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return result(command, resolvedTarget, false, Outcome.CONFLICT, null, null, null, null,
                        ErrorCode.LOCK_TIMEOUT.code(), "Another request to this application has been running "
                                + "a command on tree '" + this.loaded.tree().name() + "' for longer than the lock "
                                + "timeout (" + timeout.toMillis() + " ms); nothing was changed");
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return result(command, resolvedTarget, false, Outcome.FAILED, null, null, null, null,
                    ErrorCode.INTERRUPTED.code(),
                    "Interrupted while waiting for another request's run on this tree; nothing was changed");
        }
        try {
            return checkAndRun(command, kind, resolvedTarget, false, expectedCurrent);
        }
        finally {
            runs.unlock();
        }
    }

    private RunDescriptor checkAndRun(String command, Command kind, String resolvedTarget, boolean dryRun,
            @Nullable String expectedCurrent) {
        try {
            MigrationStatus status = this.loaded.migrator().status();
            List<String> current = List.copyOf(status.versionRows());
            if (expectedCurrent == null && !dryRun) {
                return result(command, resolvedTarget, false, Outcome.CONFLICT, current, null, null, null,
                        "expected_current_required", "A real run needs expectedCurrent: the version rows you expect "
                                + "it to start from (the current rows are given here)");
            }
            if (expectedCurrent != null && !sameRows(expectedCurrent, status.versionRows())) {
                return staleRows(command, resolvedTarget, dryRun, current);
            }
            return dryRun ? plan(command, kind, resolvedTarget, status, current)
                    : apply(command, kind, resolvedTarget, rowSet(expectedCurrent));
        }
        catch (StaleRowsException ex) {
            return staleRows(command, resolvedTarget, dryRun, List.copyOf(ex.actual));
        }
        catch (MigrationFailedException ex) {
            return result(command, resolvedTarget, dryRun, Outcome.FAILED, null, null, null, null, ex.code(),
                    SafeText.describe(ex));
        }
        catch (RevGraphException ex) {
            Outcome outcome = isConflict(ex.errorCode()) ? Outcome.CONFLICT : Outcome.REJECTED;
            return result(command, resolvedTarget, dryRun, outcome, null, null, null, null, ex.code(),
                    SafeText.describe(ex));
        }
        catch (RuntimeException ex) {
            return result(command, resolvedTarget, dryRun, Outcome.FAILED, null, null, null, null, "database_error",
                    SafeText.describe(ex));
        }
    }

    private RunDescriptor plan(String command, Command kind, String target, MigrationStatus status,
            List<String> current) {
        Migrator migrator = this.loaded.migrator();
        Plan plan = switch (kind) {
            case UPGRADE -> migrator.planUpgrade(target);
            case DOWNGRADE -> migrator.planDowngrade(target);
            case STAMP -> migrator.planStamp(targets(target), false);
        };
        SqlDescriptor sql = null;
        String message = null;
        try {
            OfflineSql offline = new OfflineSqlRenderer(migrator.dialect(), this.loaded.tree().settings())
                .render(this.loaded.revisions().graph(), this.loaded.revisions().scripts(), plan, !status.tablesExist());
            sql = new SqlDescriptor(TreeDescriber.database(migrator.dialect()), offline.statements(), offline.script());
        }
        catch (RevGraphException ex) {
            // a Java revision that runs JDBC itself can only run, not be written out
            message = "The plan cannot be written as SQL: " + SafeText.describe(ex);
        }
        return result(command, target, true, Outcome.PLANNED, current, List.copyOf(plan.rowsAfter()), steps(plan.steps()),
                sql, null, message);
    }

    private RunDescriptor apply(String command, Command kind, String target, Set<String> expected) {
        Migrator migrator = this.loaded.migratorFor(this.context, new MigrationListener() {

            @Override
            public void planned(Plan plan) {
                if (!plan.rowsBefore().equals(expected)) {
                    throw new StaleRowsException(plan.rowsBefore());
                }
            }

        }.andThen(ProgressListener.toLog())); // the same progress lines as a start-up or a command
        MigrationResult result = this.running.run(migrator, () -> switch (kind) {
            case UPGRADE -> migrator.upgrade(target);
            case DOWNGRADE -> migrator.downgrade(target);
            case STAMP -> migrator.stamp(targets(target), false);
        });
        return result(command, target, false, Outcome.APPLIED, List.copyOf(result.rowsBefore()),
                List.copyOf(result.rowsAfter()), steps(result.stepsRun()), null, null, null);
    }

    private RunDescriptor staleRows(String command, String target, boolean dryRun, List<String> actual) {
        return result(command, target, dryRun, Outcome.CONFLICT, actual, null, null, null, "stale_expected_current",
                "expectedCurrent does not match the version rows, which are " + actual + "; nothing was changed");
    }

    private RunDescriptor result(String command, @Nullable String target, boolean dryRun, Outcome outcome,
            @Nullable List<String> current, @Nullable List<String> rowsAfter, @Nullable List<StepDescriptor> steps,
            @Nullable SqlDescriptor sql, @Nullable String code, @Nullable String message) {
        return new RunDescriptor(this.loaded.tree().name(), command, target, dryRun, outcome.toString(), current,
                rowsAfter, steps, sql, code, message);
    }

    /** The database's state, not the request, stands in the way: ask again once it is settled. */
    private static boolean isConflict(ErrorCode code) {
        return switch (code) {
            case LOCK_TIMEOUT, FAILED_REVISION, UNKNOWN_APPLIED_REVISION, CHECKSUM_MISMATCH,
                    NOT_EMPTY_WITHOUT_VERSION_TABLE -> true;
            default -> false;
        };
    }

    private static List<StepDescriptor> steps(List<Step> steps) {
        return steps.stream().map(TreeRun::step).toList();
    }

    private static StepDescriptor step(Step step) {
        String direction = switch (step.direction()) {
            case UP -> "upgrade";
            case DOWN -> "downgrade";
            case STAMP -> "stamp";
        };
        return new StepDescriptor(direction, step.revisionId(), step.fromIds(), step.toIds(), step.describe());
    }

    private static boolean sameRows(String expected, Set<String> actual) {
        return rowSet(expected).equals(actual);
    }

    /** The rows a caller sent, comma separated; {@code base} (or nothing) stands for none. */
    private static Set<String> rowSet(@Nullable String rows) {
        Set<String> set = new LinkedHashSet<>();
        if (rows != null) {
            for (String row : rows.split(",")) {
                String id = row.strip();
                if (!id.isEmpty() && !id.equals("base")) {
                    set.add(id);
                }
            }
        }
        return set;
    }

    private static List<String> targets(String target) {
        return Arrays.stream(target.split(",")).map(String::strip).filter((id) -> !id.isEmpty()).toList();
    }

    /** What the endpoint can run. */
    private enum Command {

        UPGRADE("upgrade"), DOWNGRADE("downgrade"), STAMP("stamp");

        private final String word;

        Command(String word) {
            this.word = word;
        }

        static @Nullable Command of(String word) {
            for (Command command : values()) {
                if (command.word.equals(word.strip().toLowerCase(Locale.ROOT))) {
                    return command;
                }
            }
            return null;
        }
    }

    /** The rows found under the lock are not the ones the caller expected. */
    private static final class StaleRowsException extends RuntimeException {

        private final Set<String> actual;

        StaleRowsException(Set<String> actual) {
            super("The version rows changed", null, false, false);
            this.actual = new LinkedHashSet<>(actual);
        }
    }
}
