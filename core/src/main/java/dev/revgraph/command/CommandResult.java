package dev.revgraph.command;

import java.util.Objects;

/**
 * What a command returns: its exit status ({@link ExitStatus#SUCCESS} or {@link ExitStatus#FOUND}; errors
 * are thrown) and the JSON object {@code --json} prints.
 *
 * @param exitStatus {@code 0}, or {@code 1} when a check found something
 * @param json the command's result as JSON
 */
public record CommandResult(int exitStatus, Json.JsonObject json) {

    public CommandResult {
        Objects.requireNonNull(json, "json");
    }

    /** A successful result. */
    public static CommandResult success(Json.JsonObject json) {
        return new CommandResult(ExitStatus.SUCCESS, json);
    }
}
