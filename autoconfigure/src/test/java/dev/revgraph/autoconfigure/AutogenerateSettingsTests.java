package dev.revgraph.autoconfigure;

import java.util.List;

import dev.revgraph.command.CommandContext;
import dev.revgraph.command.MigrationTree;
import dev.revgraph.diff.CompareOptions;
import dev.revgraph.runtime.MigrationSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link AutogenerateSettings}: what {@code migrations.autogenerate.*} gives the commands. */
class AutogenerateSettingsTests {

    @Test
    void leavesRevGraphsOwnTablesToTheTreeBeingCompared() {
        CompareOptions options = AutogenerateSettings.compareOptions(new MigrationsProperties.Autogenerate(), List.of());
        assertThat(options.ignoredTables()).isEmpty();
        assertThat(options.compareDefaults()).isFalse();
    }

    @Test
    void neverComparesTheLockTableOrTheTreesTables() {
        CompareOptions options = AutogenerateSettings.compareOptions(new MigrationsProperties.Autogenerate(), List.of());
        MigrationTree tree = MigrationTree.builder("main")
            .settings(MigrationSettings.builder().versionTable("app_version").build())
            .build();
        CommandContext context = CommandContext.builder().tree(tree).compareOptions(options).build();
        assertThat(context.compareOptions(tree).ignoredTables()).containsExactly("app_version", "revgraph_applied",
                "revgraph_history", "revgraph_lock");
    }

}
