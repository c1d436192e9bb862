package dev.revgraph.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.revgraph.command.CommandContext;
import dev.revgraph.command.MigrationTree;
import dev.revgraph.command.TreeRevisions;
import dev.revgraph.runtime.MigrationStatus;
import dev.revgraph.runtime.Migrator;
import dev.revgraph.runtime.ProgressListener;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * What {@code on-startup: upgrade} and {@code validate} do with the trees of a {@link CommandContext}:
 * one {@link Migrator} per tree, in declared order, logging progress and telling the context's listener.
 */
final class StartupMigrations {

    private static final Log logger = LogFactory.getLog(StartupMigrations.class);

    /** How long a shutdown waits for the step that is running; longer than any probe's grace period. */
    private static final Duration STOP_WAIT = Duration.ofMinutes(5);

    private final CommandContext context;

    StartupMigrations(CommandContext context) {
        this.context = context;
    }

    void upgrade(Map<String, String> targets) {
        for (MigrationTree tree : this.context.trees()) {
            String target = targets.getOrDefault(tree.name(), "heads");
            Migrator migrator = migrator(tree);
            if (logger.isInfoEnabled()) {
                logger.info("Migrating tree '" + tree.name() + "' on " + migrator.dialect().id().displayName()
                        + " to " + target + " (" + migrator.revisions().scripts().size() + " revisions)");
            }
            runStoppable(tree, migrator, () -> migrator.upgrade(target));
        }
    }

    /**
     * Runs {@code work} with a JVM shutdown hook that, on SIGTERM, asks the migrator to stop after the
     * step that is running and waits for it: the start-up migration runs while the context refreshes,
     * where Spring's own shutdown hook only waits for the refresh to end, all remaining steps included.
     * So a stopped pod leaves a settled database and a free lock, and exits within its grace period
     * unless one step is longer than that.
     */
    private static void runStoppable(MigrationTree tree, Migrator migrator, Runnable work) {
        Thread hook = new Thread(() -> {
            // Spring Boot's own hook may be stopping the logging system right now: say it on stderr as well
            String message = "Shutdown requested while migrating tree '" + tree.name() + "': stopping after the "
                    + "step that is running";
            logger.warn(message);
            System.err.println("revgraph: " + message);
            migrator.requestStop();
            try {
                if (!migrator.awaitIdle(STOP_WAIT)) {
                    logger.warn("Tree '" + tree.name() + "' is still in its step after " + STOP_WAIT.toSeconds()
                            + " s; not waiting any longer");
                }
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }, "revgraph-stop-" + tree.name());
        Runtime runtime = Runtime.getRuntime();
        runtime.addShutdownHook(hook);
        try {
            work.run();
        }
        finally {
            try {
                runtime.removeShutdownHook(hook);
            }
            catch (IllegalStateException ex) {
                // the JVM is shutting down: the hook is running or has run
            }
        }
    }

    void validate() {
        Map<String, List<String>> pending = new LinkedHashMap<>();
        for (MigrationTree tree : this.context.trees()) {
            Migrator migrator = migrator(tree);
            migrator.validate();
            MigrationStatus status = migrator.status();
            if (!status.pending().isEmpty()) {
                pending.put(tree.name(), status.pending().revisionIds());
            }
            else if (logger.isInfoEnabled()) {
                logger.info("Tree '" + tree.name() + "' is up to date" + (status.ahead() ? " (the database is ahead "
                        + "of this build: " + status.unknownRevisions() + ")" : ""));
            }
        }
        if (!pending.isEmpty()) {
            throw new PendingRevisionsException(pending);
        }
    }

    private Migrator migrator(MigrationTree tree) {
        DataSource dataSource = tree.dataSource();
        if (dataSource == null) {
            throw new IllegalStateException("Tree '" + tree.name() + "' has no DataSource to migrate");
        }
        TreeRevisions revisions = TreeRevisions.load(this.context, tree, null);
        return Migrator.create(dataSource, revisions.scripts(), tree.settings(),
                ProgressListener.toLog().andThen(this.context.listener()));
    }

}
