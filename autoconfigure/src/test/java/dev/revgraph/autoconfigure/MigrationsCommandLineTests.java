package dev.revgraph.autoconfigure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsCommandLineTests {

    @Test
    void splitsAtTheWordMigrations() {
        MigrationsCommandLine commandLine = MigrationsCommandLine
            .parse(new String[] { "--spring.profiles.active=prod", "migrations", "upgrade", "heads", "--tree", "main" });
        assertThat(commandLine.isCommandMode()).isTrue();
        assertThat(commandLine.applicationArguments()).containsExactly("--spring.profiles.active=prod");
        assertThat(commandLine.command()).containsExactly("upgrade", "heads", "--tree", "main");
    }

    @Test
    void takesMigrationsAloneAsACommandWithoutArguments() {
        assertThat(MigrationsCommandLine.parse(new String[] { "migrations" }).command()).isEmpty();
    }

    @Test
    void isNotCommandModeWithoutTheWordMigrations() {
        MigrationsCommandLine commandLine = MigrationsCommandLine.parse(new String[] { "--migrations.enabled=true" });
        assertThat(commandLine.isCommandMode()).isFalse();
        assertThat(commandLine.applicationArguments()).containsExactly("--migrations.enabled=true");
        assertThat(commandLine.command()).isNull();
    }

    @Test
    void isNotCommandModeWhenMigrationsFollowsAnotherPositionalArgument() {
        assertThat(MigrationsCommandLine.parse(new String[] { "import", "migrations" }).isCommandMode()).isFalse();
    }

}
