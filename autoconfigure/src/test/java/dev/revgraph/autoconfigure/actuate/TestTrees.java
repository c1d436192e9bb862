package dev.revgraph.autoconfigure.actuate;

import java.util.List;

import javax.sql.DataSource;

import dev.revgraph.command.CommandContext;
import dev.revgraph.command.MigrationTree;
import dev.revgraph.command.TreeRevisions;
import dev.revgraph.dialect.DatabaseId;
import dev.revgraph.runtime.MigrationListener;
import dev.revgraph.runtime.MigrationSettings;
import dev.revgraph.runtime.Migrator;

import org.h2.jdbcx.JdbcDataSource;

/**
 * The trees the Actuator tests migrate: {@code main} is {@code a1b2c3d4e5f6} (SQL, base, label
 * {@code feedback}) → {@code b2c3d4e5f6a1} (SQL) → {@code c3d4e5f6a1b2} (Java, the head); {@code failing}
 * is {@code a1b2c3d4e5f6} → {@code f00dfeedf00d}, whose second statement fails after its first has
 * committed (H2 commits every DDL statement), leaving an attempt in doubt; {@code newer} is {@code main}
 * with {@code d4e5f6a1b2c3} after the head, as a newer build would have it.
 */
final class TestTrees {

    static final String A1 = "a1b2c3d4e5f6";

    static final String B2 = "b2c3d4e5f6a1";

    static final String C3 = "c3d4e5f6a1b2";

    static final String BROKEN = "f00dfeedf00d";

    private TestTrees() {
    }

    static MigrationTree main(DataSource dataSource) {
        return MigrationTree.builder("main")
            .locations(List.of("classpath:db/actuate"))
            .javaPackages(List.of("dev.revgraph.autoconfigure.actuate.revisions"))
            .dataSource(dataSource)
            .build();
    }

    /** {@code main} as a newer build has it: one more revision, {@code d4e5f6a1b2c3}, after the head. */
    static MigrationTree newer(DataSource dataSource) {
        return MigrationTree.builder("main")
            .locations(List.of("classpath:db/actuate", "classpath:db/actuate-newer"))
            .javaPackages(List.of("dev.revgraph.autoconfigure.actuate.revisions"))
            .dataSource(dataSource)
            .build();
    }

    static MigrationTree failing(DataSource dataSource) {
        return MigrationTree.builder("failing")
            .locations(List.of("classpath:db/actuate-failing"))
            .settings(MigrationSettings.builder()
                .versionTable("failing_version")
                .appliedTable("failing_applied")
                .historyTable("failing_history")
                .build())
            .dataSource(dataSource)
            .build();
    }

    static CommandContext context(MigrationTree... trees) {
        return context(MigrationListener.none(), trees);
    }

    static CommandContext context(MigrationListener listener, MigrationTree... trees) {
        return CommandContext.builder().trees(List.of(trees)).listener(listener).build();
    }

    /** A migrator of {@code tree}, to put the database in the state a test needs. */
    static Migrator migrator(CommandContext context, MigrationTree tree) {
        return migrator(context, tree, MigrationListener.none());
    }

    static Migrator migrator(CommandContext context, MigrationTree tree, MigrationListener listener) {
        TreeRevisions revisions = TreeRevisions.load(context, tree, DatabaseId.H2);
        return Migrator.create(tree.dataSource(), revisions.scripts(), tree.settings(), listener);
    }

    /** An in-memory H2 database that lives as long as the JVM. */
    static DataSource h2(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        return dataSource;
    }
}
