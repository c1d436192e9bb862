package dev.revgraph.command;

import java.io.PrintWriter;

/**
 * Where a command writes its text as it goes (Alembic-style lines; progress while migrating). With
 * {@code --json} the text is dropped and only the {@link CommandResult}'s JSON is printed.
 */
@FunctionalInterface
public interface CommandOutput {

    /** Writes one line of text. */
    void line(String text);

    /** Output that drops everything. */
    static CommandOutput discard() {
        return (text) -> {
        };
    }

    /** Output to a writer, flushed after every line so that progress shows while it happens. */
    static CommandOutput to(PrintWriter writer) {
        return (text) -> {
            writer.println(text);
            writer.flush();
        };
    }
}
