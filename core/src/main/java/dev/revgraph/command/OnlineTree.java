package dev.revgraph.command;

import java.util.List;

import javax.sql.DataSource;

import dev.revgraph.runtime.HistoryEntry;
import dev.revgraph.runtime.MigrationListener;
import dev.revgraph.runtime.MigrationResult;
import dev.revgraph.runtime.MigrationStatus;
import dev.revgraph.runtime.Migrator;
import dev.revgraph.runtime.ResolveAction;

/**
 * A tree's revisions joined to its database through the runtime's {@link Migrator}: the one place the
 * commands reach the database.
 */
final class OnlineTree {

    private final Migrator migrator;

    private OnlineTree(Migrator migrator) {
        this.migrator = migrator;
    }

    /** The tree's migrator, hearing the context's listener. */
    static OnlineTree open(CommandContext context, TreeRevisions revisions) {
        return open(context, revisions, MigrationListener.none());
    }

    /** The tree's migrator, hearing {@code listener} and then the context's listener. */
    static OnlineTree open(CommandContext context, TreeRevisions revisions, MigrationListener listener) {
        DataSource dataSource = requireDataSource(revisions.tree());
        return new OnlineTree(Migrator.create(dataSource, revisions.scripts(), revisions.tree().settings(),
                listener.andThen(context.listener())));
    }

    /** Loads a tree's revisions for the database it migrates (asking it which it is when not known). */
    static TreeRevisions load(CommandContext context, MigrationTree tree) {
        DataSource dataSource = requireDataSource(tree);
        return TreeRevisions.load(context, tree,
                (tree.databaseId() != null) ? tree.databaseId() : TreeRevisions.detect(dataSource));
    }

    List<HistoryEntry> history() {
        return this.migrator.history();
    }

    MigrationStatus status() {
        return this.migrator.status();
    }

    MigrationResult upgrade(String target) {
        return this.migrator.upgrade(target);
    }

    MigrationResult downgrade(String target) {
        return this.migrator.downgrade(target);
    }

    MigrationResult stamp(List<String> targets, boolean purge) {
        return this.migrator.stamp(targets, purge);
    }

    void resolve(String revision, ResolveAction action) {
        this.migrator.resolve(revision, action);
    }

    private static DataSource requireDataSource(MigrationTree tree) {
        if (tree.dataSource() == null) {
            throw new CommandUsageException("Tree '" + tree.name() + "' has no database to connect to; give --url "
                    + "(with --user and --password), or use --sql for offline SQL where the command has it");
        }
        return tree.dataSource();
    }
}
