package dev.revgraph.command;

import java.io.PrintWriter;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Runs commands against a {@link CommandContext} and is the edge where errors become words: a command's
 * text goes to {@code out} as it is written; with {@code json} only the result's JSON is printed. A
 * failure prints {@code ERROR [revgraph] <message>} on {@code err} (with {@code json}, also
 * {@code {"error": {"code", "message", "exitStatus"}}} on {@code out}), and the exit status comes from
 * {@link ExitStatus#of(Throwable)}. Messages are masked of anything that looks like a password.
 *
 * <pre>{@code
 * int status = new CommandRunner(context, out, err).run(new PendingCommand(null), false);
 * }</pre>
 */
public final class CommandRunner {

    /** What every error message starts with, on stderr. */
    public static final String ERROR_PREFIX = "ERROR [revgraph] ";

    private final CommandContext context;

    private final PrintWriter out;

    private final PrintWriter err;

    public CommandRunner(CommandContext context, PrintWriter out, PrintWriter err) {
        this.context = Objects.requireNonNull(context, "context");
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
    }

    /** Runs {@code command}; returns its exit status. */
    public int run(MigrationCommand command, boolean json) {
        try {
            CommandResult result = command.run(this.context, json ? CommandOutput.discard() : CommandOutput.to(this.out));
            if (json) {
                this.out.println(Json.write(result.json()));
            }
            return result.exitStatus();
        }
        catch (RuntimeException ex) {
            return fail(ex, json);
        }
        finally {
            this.out.flush();
            this.err.flush();
        }
    }

    /** Reports {@code failure} and returns its exit status. */
    public int fail(Throwable failure, boolean json) {
        int status = ExitStatus.of(failure);
        String message = message(failure);
        this.err.println(ERROR_PREFIX + message.replace("\n", "\n" + " ".repeat(ERROR_PREFIX.length())));
        if (json) {
            this.out.println(Json.write(Json.object().put("error", Json.object()
                .put("code", ExitStatus.code(failure))
                .put("message", message)
                .put("exitStatus", status))));
        }
        this.out.flush();
        this.err.flush();
        return status;
    }

    /** The failure's message, masked, with the driver's message when it wraps one. */
    static String message(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            message = failure.getClass().getSimpleName();
        }
        @Nullable Throwable cause = failure.getCause();
        if (cause instanceof java.sql.SQLException sql && cause.getMessage() != null
                && !message.contains(cause.getMessage())) {
            message += ": " + sql.getMessage() + ((sql.getSQLState() != null) ? " (SQLSTATE " + sql.getSQLState()
                    + ")" : "");
        }
        return JdbcUrls.mask(message);
    }
}
