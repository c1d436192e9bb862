package dev.revgraph.autoconfigure.actuate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import dev.revgraph.command.CommandContext;
import dev.revgraph.command.MigrationTree;
import dev.revgraph.command.TreeRevisions;
import dev.revgraph.runtime.MigrationListener;
import dev.revgraph.runtime.Migrator;

/**
 * A tree's revisions and read-only {@link Migrator}, loaded on first use and kept: revisions come from
 * the class path and do not change while the application runs, and health checks and scrapes must not
 * parse every script each time they ask. Loading follows the commands' own path ({@link TreeRevisions}
 * for the database the tree migrates, then {@link Migrator#create}); a load that fails is not kept, so
 * a database that was down is asked again next time.
 */
final class TreeMigrators {

    private final Map<MigrationTree, LoadedTree> loaded = new ConcurrentHashMap<>();

    /** The tree's revisions and a migrator that reports to nobody (reads fire no events). */
    LoadedTree get(CommandContext context, MigrationTree tree) {
        return this.loaded.computeIfAbsent(tree, (key) -> load(context, key));
    }

    private static LoadedTree load(CommandContext context, MigrationTree tree) {
        DataSource dataSource = requireDataSource(tree);
        TreeRevisions revisions = TreeRevisions.load(context, tree, null);
        return new LoadedTree(tree, revisions,
                Migrator.create(dataSource, revisions.scripts(), tree.settings(), MigrationListener.none()));
    }

    static DataSource requireDataSource(MigrationTree tree) {
        DataSource dataSource = tree.dataSource();
        if (dataSource == null) {
            throw new IllegalStateException("Tree '" + tree.name() + "' has no DataSource");
        }
        return dataSource;
    }

    /**
     * One tree, loaded.
     *
     * @param tree the tree
     * @param revisions its revisions and graph
     * @param migrator its migrator, for reads
     * @param runs held by the endpoint's real run on this tree, so that its requests take turns
     */
    record LoadedTree(MigrationTree tree, TreeRevisions revisions, Migrator migrator, ReentrantLock runs) {

        LoadedTree(MigrationTree tree, TreeRevisions revisions, Migrator migrator) {
            this(tree, revisions, migrator, new ReentrantLock());
        }

        /**
         * A migrator for a command that changes the database, reporting to {@code listener} and then to
         * the context's listener (metrics), like the commands' own runs.
         */
        Migrator migratorFor(CommandContext context, MigrationListener listener) {
            return Migrator.create(requireDataSource(this.tree), this.revisions.scripts(), this.tree.settings(),
                    listener.andThen(context.listener()));
        }
    }
}
