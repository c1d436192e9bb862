package dev.revgraph.autoconfigure;

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
            migrator.upgrade(target);
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
