package dev.revgraph.command;

/**
 * One command, with its arguments. Runs against a {@link CommandContext}, writes its text to a
 * {@link CommandOutput} as it goes, and returns its result; errors are thrown, and the
 * {@link CommandRunner} turns them into a message and an exit status.
 */
public interface MigrationCommand {

    /** The command's name as typed: {@code upgrade}, {@code history}... */
    String name();

    /** Runs the command. */
    CommandResult run(CommandContext context, CommandOutput output);
}
