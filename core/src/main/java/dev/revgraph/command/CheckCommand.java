package dev.revgraph.command;

import org.jspecify.annotations.Nullable;

/**
 * {@code check}: compares the entity model with the database and exits 1 when they differ. Reserved: it
 * needs autogenerate, which is not available yet, so it fails with exit status 2 and says so.
 *
 * @param tree the tree, or {@code null} for every tree
 */
public record CheckCommand(@Nullable String tree) implements MigrationCommand {

    @Override
    public String name() {
        return "check";
    }

    @Override
    public CommandResult run(CommandContext context, CommandOutput output) {
        throw new CommandUsageException("check needs autogenerate (comparing the entity model with the database), "
                + "which is not available yet");
    }
}
