package dev.revgraph.benchmarks.migration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

/**
 * Measured runs of one tool in a JVM of its own, started by {@link MigrationBenchmarks}:
 *
 * <pre>
 * java -cp benchmarks.jar dev.revgraph.benchmarks.migration.SingleRun --tool revgraph --db postgresql \
 *     --n 1000 --workload W1 --files /tmp/.../n1000 [--iterations 3] [--round 0] [--h2-script dump.sql]
 * </pre>
 *
 * The first iteration is the <b>cold</b> figure: the tool runs in a JVM that has run nothing of it, on
 * the database the harness prepared and described in the environment ({@link FreshDatabase#environment()};
 * H2 in memory is made here, loaded from {@code --h2-script} for W2). Iterations 2 and on repeat the
 * workload in the same JVM — W1 each time on a new database made here, W2 on the same one — and the
 * last is the <b>warm</b> figure. Prints one {@link RunResult} line per figure on standard output.
 *
 * <p>{@code --files} is written first when it does not exist. Run by hand, with no database in the
 * environment, it makes a database itself (and brings it to
 * head for W2 with the tool being measured, so that W2's "cold" figure is then warm): handy for
 * tracing ({@code -Drevgraph.bench.trace=true}) and profiling.
 */
public final class SingleRun {

    /** Runs in one JVM for the warm figure: the last is reported. */
    static final int WARM_ITERATIONS = 3;

    private static final String SLF4J_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private SingleRun() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        Tool tool = Tool.fromOption(options.get("tool"));
        Target target = Target.fromOption(options.get("db"));
        Workload workload = Workload.valueOf(options.get("workload").toUpperCase(Locale.ROOT));
        int count = Integer.parseInt(options.get("n"));
        int iterations = Integer.parseInt(options.getOrDefault("iterations", "1"));
        int round = Integer.parseInt(options.getOrDefault("round", "0"));
        Path root = Path.of(options.get("files"));
        WorkloadFiles files = Files.isDirectory(root.resolve("revgraph")) ? new WorkloadFiles(root, count)
                : WorkloadFiles.write(root, count);
        Path h2Script = options.containsKey("h2-script") ? Path.of(options.get("h2-script")) : null;
        quietLogging();
        ToolAdapter adapter = tool.adapter();
        FreshDatabase first = database(target, h2Script, workload, adapter, files);
        for (int i = 1; i <= iterations; i++) {
            boolean reuse = i == 1 || workload == Workload.W2;
            FreshDatabase database = reuse ? first
                    : FreshDatabase.create(target, Files.createTempDirectory("revgraph-bench"));
            try {
                CountingDataSource dataSource = database.countingDataSource();
                dataSource.reset();
                Measurement measurement = Measurement.start();
                if (workload == Workload.W1) {
                    adapter.apply(dataSource, files, target);
                }
                else {
                    adapter.startUp(dataSource, files, target);
                }
                Measurement.Sample sample = measurement.stop();
                if (i == 1 || i == iterations) {
                    RunResult result = new RunResult(round, workload, target, count, tool, i > 1, sample.millis(),
                            dataSource.counts(), sample.peakHeapBytes(), sample.allocatedBytes());
                    System.out.println(result.toLine());
                    System.out.flush();
                }
            }
            finally {
                if (!reuse) {
                    database.close();
                }
            }
        }
        // Flyway and Liquibase may leave non-daemon threads behind; the runs are over.
        System.exit(0);
    }

    /**
     * The prepared database; for H2 in memory a new one, loaded from the script for W2. Run by hand (no
     * database in the environment): a new database, brought to head for W2 by the tool itself.
     */
    private static FreshDatabase database(Target target, Path h2Script, Workload workload, ToolAdapter adapter,
            WorkloadFiles files) throws Exception {
        if (target != Target.H2_MEMORY && System.getenv(FreshDatabase.URL_VARIABLE) != null) {
            return FreshDatabase.fromEnvironment(target);
        }
        FreshDatabase database = FreshDatabase.create(target, Files.createTempDirectory("revgraph-bench"));
        Runtime.getRuntime().addShutdownHook(new Thread(database::close));
        if (h2Script != null) {
            database.loadFrom(h2Script);
        }
        else if (workload == Workload.W2) {
            adapter.prepareAtHead(database.dataSource(), files, target);
        }
        return database;
    }

    /**
     * Warnings only, for every tool: console output is not what is measured. Flyway logs through SLF4J's
     * simple binding, which reads its level once, when the first logger is made.
     */
    static void quietLogging() {
        if (System.getProperty(SLF4J_LEVEL) == null) {
            System.setProperty(SLF4J_LEVEL, "warn");
        }
        java.util.logging.Logger.getLogger("").setLevel(Level.WARNING);
        java.util.logging.Logger.getLogger("liquibase").setLevel(Level.WARNING);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Expected --option value pairs, found " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        for (String required : new String[] { "tool", "db", "workload", "n", "files" }) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("--" + required + " is required");
            }
        }
        return options;
    }
}
