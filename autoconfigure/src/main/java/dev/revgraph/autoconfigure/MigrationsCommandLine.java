package dev.revgraph.autoconfigure;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Splits an application's raw arguments for command mode: {@code [--spring.prop=value ...] migrations
 * <command> [args]}. The first argument that is exactly {@code migrations}, when every argument before it
 * is an option ({@code -...}), starts the command; what comes before it stays the application's.
 * Requiring options before it keeps an application's own positional argument that happens to read
 * {@code migrations} (after another positional argument) from switching it into command mode.
 */
final class MigrationsCommandLine {

    /** The word that starts command mode. */
    static final String COMMAND_WORD = "migrations";

    private final String[] applicationArguments;

    private final @Nullable List<String> command;

    private MigrationsCommandLine(String[] applicationArguments, @Nullable List<String> command) {
        this.applicationArguments = applicationArguments;
        this.command = command;
    }

    static MigrationsCommandLine parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (COMMAND_WORD.equals(args[i])) {
                return new MigrationsCommandLine(Arrays.copyOfRange(args, 0, i),
                        List.of(Arrays.copyOfRange(args, i + 1, args.length)));
            }
            if (!args[i].startsWith("-")) {
                break;
            }
        }
        return new MigrationsCommandLine(args.clone(), null);
    }

    /** Whether the arguments ask for command mode. */
    boolean isCommandMode() {
        return this.command != null;
    }

    /** The arguments before {@code migrations}: Spring properties and other options; all of them outside command mode. */
    String[] applicationArguments() {
        return this.applicationArguments.clone();
    }

    /** The words after {@code migrations}, or {@code null} outside command mode. */
    @Nullable List<String> command() {
        return this.command;
    }

}
