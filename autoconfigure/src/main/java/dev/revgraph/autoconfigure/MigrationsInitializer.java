package dev.revgraph.autoconfigure;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import dev.revgraph.command.CommandContext;
import dev.revgraph.command.CommandRunner;
import dev.revgraph.command.cli.RevGraphCli;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.Ordered;

/**
 * The bean every database user waits for: on start-up it runs the {@link MigrationsStrategy}; in command
 * mode ({@code java -jar app.jar migrations <command> ...}) it runs the command instead, prints its
 * output on the standard streams and hands its exit status to the {@link MigrationsCommandExit}. Spring
 * Boot's database initialization ordering detects it, so the {@code EntityManagerFactory},
 * {@code JdbcTemplate} users and {@code @DependsOnDatabaseInitialization} beans are created after it.
 */
public class MigrationsInitializer implements InitializingBean, Ordered {

    private final CommandContext context;

    private final MigrationsStrategy strategy;

    private final @Nullable List<String> command;

    private final MigrationsCommandExit exit;

    private int order;

    /** An initializer that runs {@code strategy} on start-up. */
    public MigrationsInitializer(CommandContext context, MigrationsStrategy strategy) {
        this(context, strategy, null, MigrationsCommandExit.system());
    }

    /**
     * An initializer that runs {@code command} (the words after {@code migrations}) and then calls
     * {@code exit}, or runs {@code strategy} when {@code command} is {@code null}.
     */
    public MigrationsInitializer(CommandContext context, MigrationsStrategy strategy, @Nullable List<String> command,
            MigrationsCommandExit exit) {
        this.context = Objects.requireNonNull(context, "context");
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        this.command = (command != null) ? List.copyOf(command) : null;
        this.exit = Objects.requireNonNull(exit, "exit");
    }

    @Override
    public void afterPropertiesSet() {
        if (this.command != null) {
            this.exit.exit(runCommand(this.command));
            return;
        }
        this.strategy.migrate(this.context);
    }

    private int runCommand(List<String> arguments) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        try {
            return RevGraphCli.execute(this.context, out, err, arguments.toArray(String[]::new));
        }
        catch (RuntimeException ex) {
            return new CommandRunner(this.context, out, err).fail(ex, arguments.contains("--json"));
        }
        finally {
            out.flush();
            err.flush();
        }
    }

    /** The command this initializer runs in place of the start-up migration, or {@code null}. */
    public @Nullable List<String> command() {
        return this.command;
    }

    @Override
    public int getOrder() {
        return this.order;
    }

    public void setOrder(int order) {
        this.order = order;
    }

}
