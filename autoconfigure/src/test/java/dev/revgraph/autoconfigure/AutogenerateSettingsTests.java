package dev.revgraph.autoconfigure;

import java.util.List;

import dev.revgraph.diff.CompareOptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link AutogenerateSettings}: what {@code migrations.autogenerate.*} gives the commands. */
class AutogenerateSettingsTests {

    @Test
    void neverComparesTheLockTable() {
        CompareOptions options = AutogenerateSettings.compareOptions(new MigrationsProperties.Autogenerate(), List.of());
        assertThat(options.ignoredTables()).containsExactly("revgraph_lock");
        assertThat(options.compareDefaults()).isFalse();
    }

}
