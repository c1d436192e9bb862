package dev.revgraph.command.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.revgraph.command.CommandContext;
import dev.revgraph.command.CommandRunner;
import dev.revgraph.command.CommandUsageException;
import dev.revgraph.command.ExitStatus;
import dev.revgraph.command.JdbcUrls;
import dev.revgraph.command.MigrationCommand;
import dev.revgraph.command.MigrationTree;
import dev.revgraph.runtime.MigrationSettings;
import dev.revgraph.runtime.TransactionMode;
import dev.revgraph.script.ScriptLocation;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The standalone command line:
 *
 * <pre>
 * java -jar revgraph-core-0.1.0-cli.jar --url jdbc:postgresql://db/app --user app \
 *     --locations filesystem:db/revisions upgrade
 * </pre>
 *
 * The options before the command describe one tree and its database ({@code --password} may come from
 * {@code REVGRAPH_PASSWORD} instead); everything after it belongs to the command. Exit status: see
 * {@link ExitStatus}. An application that already has a {@link CommandContext} (its command mode) runs the
 * same parser with {@link #execute(CommandContext, PrintWriter, PrintWriter, String...)}.
 */
@Command(name = "revgraph", mixinStandardHelpOptions = true, versionProvider = RevGraphCli.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Schema migrations as a graph of revisions: Alembic's commands for the JVM.",
        subcommands = { FileCommands.RevisionCli.class, FileCommands.MergeCli.class, WriteCommands.UpgradeCli.class,
                WriteCommands.DowngradeCli.class, WriteCommands.StampCli.class, ReadCommands.CurrentCli.class,
                ReadCommands.HistoryCli.class, ReadCommands.HeadsCli.class, ReadCommands.BranchesCli.class,
                ReadCommands.ShowCli.class, ReadCommands.PendingCli.class, ReadCommands.CheckCli.class,
                WriteCommands.ResolveCli.class },
        footer = { "", "Exit status: 0 success, 1 a check found something (pending), 2 a usage or revision error, "
                + "3 a database error." })
public final class RevGraphCli {

    static final String PASSWORD_VARIABLE = "REVGRAPH_PASSWORD";

    @Option(names = "--url", paramLabel = "JDBC_URL", description = "The database's JDBC URL.")
    @Nullable String url;

    @Option(names = "--user", paramLabel = "USER", description = "The database user.")
    @Nullable String user;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "The database password (default: the "
            + "REVGRAPH_PASSWORD environment variable).")
    @Nullable String password;

    @Option(names = "--locations", split = ",", paramLabel = "LOCATION", description = "Where SQL revisions are: "
            + "classpath:db/revisions (the default), filesystem:db, comma separated.")
    List<String> locations = new ArrayList<>();

    @Option(names = "--java-packages", split = ",", paramLabel = "PACKAGE", description = "Packages of Java "
            + "revisions on the class path, comma separated.")
    List<String> javaPackages = new ArrayList<>();

    @Option(names = "--schema", paramLabel = "SCHEMA", description = "The schema of the version tables.")
    @Nullable String schema;

    @Option(names = "--version-table", paramLabel = "TABLE", description = "The version table (default: "
            + "revgraph_version; alembic_version adopts a database Alembic managed).")
    @Nullable String versionTable;

    @Option(names = "--applied-table", paramLabel = "TABLE", description = "The applied table (default: "
            + "revgraph_applied).")
    @Nullable String appliedTable;

    @Option(names = "--history-table", paramLabel = "TABLE", description = "The history table (default: "
            + "revgraph_history).")
    @Nullable String historyTable;

    @Option(names = "--transaction-mode", paramLabel = "MODE", description = "per-revision (the default) or all.")
    @Nullable String transactionMode;

    @Option(names = "--lock-timeout", paramLabel = "SECONDS", description = "How long to wait for the migration "
            + "lock (default: 600).")
    @Nullable Long lockTimeout;

    @Option(names = "--file-template", paramLabel = "TEMPLATE", description = "How new revision files are named "
            + "(default: {rev}_{slug}).")
    @Nullable String fileTemplate;

    private @Nullable CommandContext preset;

    private PrintWriter out = new PrintWriter(System.out, true);

    private PrintWriter err = new PrintWriter(System.err, true);

    public static void main(String... args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(execute(out, err, args));
    }

    /** Parses {@code args} and runs the command against the tree the options describe; returns the exit status. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return new RevGraphCli().run(null, out, err, args);
    }

    /**
     * Parses {@code args} (a command and its options) and runs it against {@code context}: what an
     * application's command mode calls. Connection and table options are refused: the context has them.
     */
    public static int execute(CommandContext context, PrintWriter out, PrintWriter err, String... args) {
        return new RevGraphCli().run(context, out, err, args);
    }

    private int run(@Nullable CommandContext context, PrintWriter out, PrintWriter err, String... args) {
        this.preset = context;
        this.out = out;
        this.err = err;
        CommandLine commandLine = new CommandLine(this);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            err.println(CommandRunner.ERROR_PREFIX + ex.getMessage());
            err.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            err.flush();
            return ExitStatus.USAGE;
        });
        commandLine.setExecutionExceptionHandler((ex, command, parsed) -> runner(null).fail(ex, false));
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /** Runs a parsed command. */
    int run(MigrationCommand command, @Nullable String tree, boolean json) {
        CommandContext context;
        try {
            context = context(tree);
        }
        catch (RuntimeException ex) {
            return runner(null).fail(ex, json);
        }
        return runner(context).run(command, json);
    }

    private CommandRunner runner(@Nullable CommandContext context) {
        CommandContext effective = (context != null) ? context
                : CommandContext.builder().tree(MigrationTree.builder("main").build()).build();
        return new CommandRunner(effective, this.out, this.err);
    }

    /** The preset context, or one tree described by the options, named by {@code --tree} (else {@code main}). */
    CommandContext context(@Nullable String tree) {
        if (this.preset != null) {
            if (this.url != null || this.user != null || this.password != null || !this.locations.isEmpty()
                    || !this.javaPackages.isEmpty() || this.schema != null || this.versionTable != null
                    || this.appliedTable != null || this.historyTable != null) {
                throw new CommandUsageException("Connection and table options come from the application's "
                        + "configuration here; give only the command and its options");
            }
            return this.preset;
        }
        MigrationSettings.Builder settings = MigrationSettings.builder().schema(this.schema);
        if (this.versionTable != null) {
            settings.versionTable(this.versionTable);
        }
        if (this.appliedTable != null) {
            settings.appliedTable(this.appliedTable);
        }
        if (this.historyTable != null) {
            settings.historyTable(this.historyTable);
        }
        if (this.transactionMode != null) {
            settings.transactionMode(transactionMode(this.transactionMode));
        }
        if (this.lockTimeout != null) {
            settings.lockTimeout(Duration.ofSeconds(this.lockTimeout));
        }
        MigrationTree.Builder builder = MigrationTree.builder((tree != null) ? tree : "main")
            .locations(this.locations.isEmpty() ? List.of(ScriptLocation.DEFAULT) : this.locations)
            .javaPackages(this.javaPackages)
            .settings(settings.build());
        if (this.fileTemplate != null) {
            builder.fileTemplate(this.fileTemplate);
        }
        if (this.url != null) {
            String secret = (this.password != null) ? this.password : System.getenv(PASSWORD_VARIABLE);
            builder.url(this.url)
                .databaseId(JdbcUrls.databaseId(this.url))
                .dataSource(new DriverManagerDataSource(this.url, this.user, secret));
        }
        return CommandContext.builder().tree(builder.build()).build();
    }

    private static TransactionMode transactionMode(String mode) {
        return switch (mode.strip().toLowerCase(Locale.ROOT)) {
            case "per-revision", "per_revision" -> TransactionMode.PER_REVISION;
            case "all" -> TransactionMode.ALL;
            default -> throw new CommandUsageException("Unknown transaction mode '" + mode
                    + "'; use per-revision or all");
        };
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {

        @Override
        public String[] getVersion() {
            String version = RevGraphCli.class.getPackage().getImplementationVersion();
            return new String[] { "RevGraph " + ((version != null) ? version : "(development build)") };
        }
    }
}
