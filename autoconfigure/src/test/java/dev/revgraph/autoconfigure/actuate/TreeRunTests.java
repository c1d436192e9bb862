package dev.revgraph.autoconfigure.actuate;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import dev.revgraph.autoconfigure.actuate.MigrationsEndpoint.RunDescriptor;
import dev.revgraph.autoconfigure.actuate.TreeMigrators.LoadedTree;
import dev.revgraph.command.CommandContext;
import dev.revgraph.command.MigrationTree;
import dev.revgraph.command.TreeRevisions;
import dev.revgraph.dialect.DatabaseId;
import org.junit.jupiter.api.Test;

import static dev.revgraph.autoconfigure.actuate.TestTrees.A1;
import static dev.revgraph.autoconfigure.actuate.TestTrees.B2;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link TreeRun}: what the HTTP tests cannot arrange. */
class TreeRunTests {

    @Test
    void runThatFindsOtherRowsUnderTheLockChangesNothingAndAnswersTheRowsItFound() {
        // the check before the lock reads one database (at B2); the run, another (at A1): as if another
        // migrator moved the rows between the check and the lock
        DataSource seen = TestTrees.h2("tree-run-seen");
        DataSource actual = TestTrees.h2("tree-run-actual");
        MigrationTree seenTree = TestTrees.main(seen);
        MigrationTree actualTree = TestTrees.main(actual);
        CommandContext context = TestTrees.context(actualTree);
        TestTrees.migrator(TestTrees.context(seenTree), seenTree).upgrade(B2);
        TestTrees.migrator(context, actualTree).upgrade(A1);
        LoadedTree loaded = new LoadedTree(actualTree, TreeRevisions.load(context, actualTree, DatabaseId.H2),
                TestTrees.migrator(context, seenTree));
        RunDescriptor result = new TreeRun(context, loaded, new RunningMigrations(Duration.ZERO)).run("upgrade", "heads", false, B2);
        assertThat(result.outcome()).isEqualTo("conflict");
        assertThat(result.code()).isEqualTo("stale_expected_current");
        assertThat(result.current()).isEqualTo(List.of(A1));
        assertThat(TestTrees.migrator(context, actualTree).status().versionRows()).containsExactly(A1);
    }
}
