package dev.revgraph.benchmarks.migration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Workloads W1 (apply N DDL steps) and W2 (start-up at head) of issue 7, for RevGraph, Flyway,
 * Liquibase and the plain-JDBC floors, on PostgreSQL, MariaDB and H2 (memory and file):
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.revgraph.benchmarks.migration.MigrationBenchmarks --quick
 * java -cp benchmarks/target/benchmarks.jar dev.revgraph.benchmarks.migration.MigrationBenchmarks
 * </pre>
 *
 * Default ({@link Options#full()}): N=100 and 1,000, 5 rounds, every database, warm figures in every
 * round. {@code --quick} ({@link Options#quick()}, the W1/W2 part of {@code Matrix quick}): N=100,
 * 2 rounds, on the two servers the goals are set on, warm figures for W2 in the first round only.
 * Narrow with {@code --n 100,1000}, {@code --rounds 3}, {@code --db postgresql,mariadb,h2-memory,h2-file},
 * {@code --workloads W1,W2}, {@code --tools revgraph,flyway,...}, {@code --warm-rounds 1} (warm figures in
 * the first rounds only), {@code --warm-workloads W2} (warm figures for these workloads only),
 * {@code --first-round 3} (numbers the rounds of a session that adds to an earlier one's lines);
 * {@code --raw FILE} appends every run's line as it comes, {@code --out FILE} writes the Markdown,
 * {@code --from-raw FILE} prints the tables of an earlier session's lines. The servers come from
 * {@code REVGRAPH_TEST_POSTGRES_URL} and {@code REVGRAPH_TEST_MARIADB_URL}
 * ({@code source scripts/dev-databases.sh}).
 *
 * <p>Each round runs every (workload, database, N) with every tool in turn, the order of the tools
 * rotating from round to round. Each tool's run is a child JVM ({@link SingleRun}) on a new database
 * prepared here: its first run is the cold figure, its third (same JVM) the warm one.
 */
public final class MigrationBenchmarks {

    private static final long CHILD_TIMEOUT_MINUTES = 30;

    private final Options options;

    private final Path scratch;

    private final List<RunResult> results = new ArrayList<>();

    private MigrationBenchmarks(Options options, Path scratch) {
        this.options = options;
        this.scratch = scratch;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (options.fromRaw() != null) {
            List<RunResult> results = Files.readAllLines(options.fromRaw()).stream()
                .filter((line) -> line.startsWith(RunResult.PREFIX)).map(RunResult::fromLine).toList();
            System.out.println(report(options, new ResultTable(results), 0));
            return;
        }
        requireServers(options.targets());
        long start = System.nanoTime();
        ResultTable table = run(options);
        String report = report(options, table, (System.nanoTime() - start) / 1_000_000_000L);
        System.out.println(report);
        if (options.out() != null) {
            Files.writeString(options.out(), report, StandardCharsets.UTF_8);
        }
    }

    /**
     * Runs a session, reporting each measured run on standard error as it ends, and returns its table.
     * The servers must be configured ({@link #requireServers}).
     */
    public static ResultTable run(Options options) throws Exception {
        SingleRun.quietLogging();
        Path scratch = Files.createTempDirectory("revgraph-bench");
        try {
            return new MigrationBenchmarks(options, scratch).run();
        }
        finally {
            deleteQuietly(scratch);
        }
    }

    private ResultTable run() throws Exception {
        Map<Integer, WorkloadFiles> files = new LinkedHashMap<>();
        for (int count : this.options.counts) {
            files.put(count, WorkloadFiles.write(this.scratch.resolve("n" + count), count));
        }
        for (int round = this.options.firstRound; round < this.options.firstRound + this.options.rounds; round++) {
            for (Workload workload : this.options.workloads) {
                for (Target target : this.options.targets) {
                    for (int count : this.options.counts) {
                        List<Tool> tools = new ArrayList<>(this.options.tools.stream()
                            .filter((tool) -> tool.measures(workload, target)).toList());
                        Collections.rotate(tools, -round);
                        for (Tool tool : tools) {
                            measure(round, workload, target, files.get(count), tool);
                        }
                    }
                }
            }
        }
        return new ResultTable(this.results);
    }

    private void measure(int round, Workload workload, Target target, WorkloadFiles files, Tool tool) throws Exception {
        long start = System.nanoTime();
        ToolAdapter adapter = tool.adapter();
        try (FreshDatabase database = FreshDatabase.create(target, this.scratch)) {
            Path h2Script = null;
            if (workload == Workload.W2) {
                adapter.prepareAtHead(database.dataSource(), files, target);
                if (target == Target.H2_MEMORY) {
                    h2Script = this.scratch.resolve("h2-" + tool.option() + "-" + files.count() + ".sql");
                    database.dumpTo(h2Script);
                }
            }
            boolean warm = this.options.warmRounds > round - this.options.firstRound
                    && this.options.warmWorkloads.contains(workload);
            List<RunResult> runs = child(round, database, workload, target, files, tool, h2Script, warm);
            this.results.addAll(runs);
            System.err.printf(Locale.ROOT, "round %d/%d  %s  %-10s N=%-5d %-18s %-28s (%.1f s)%n", round + 1,
                    this.options.firstRound + this.options.rounds, workload, target.displayName(), files.count(), tool.displayName(), runs.stream()
                        .map((run) -> String.format(Locale.ROOT, "%s %.0f ms", run.warm() ? "warm" : "cold", run.millis()))
                        .collect(Collectors.joining(", ")), (System.nanoTime() - start) / 1e9);
        }
    }

    private List<RunResult> child(int round, FreshDatabase database, Workload workload, Target target,
            WorkloadFiles files, Tool tool, Path h2Script, boolean warm) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m", "-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dliquibase.analytics.enabled=false", "-cp", System.getProperty("java.class.path"),
                SingleRun.class.getName(), "--tool", tool.option(), "--db", target.option(), "--n",
                String.valueOf(files.count()), "--workload", workload.name(), "--files", files.root().toString(),
                "--iterations", String.valueOf(warm ? SingleRun.WARM_ITERATIONS : 1), "--round", String.valueOf(round)));
        if (h2Script != null) {
            command.addAll(List.of("--h2-script", h2Script.toString()));
        }
        Path log = this.scratch.resolve("child.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        if (target != Target.H2_MEMORY) {
            builder.environment().putAll(database.environment());
        }
        builder.environment().put("REDGATE_DISABLE_TELEMETRY", "true");
        Process process = builder.start();
        List<String> lines;
        try (var output = process.inputReader(StandardCharsets.UTF_8)) {
            lines = output.lines().toList();
        }
        if (!process.waitFor(CHILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("The run of " + tool + " on " + target + " took over "
                    + CHILD_TIMEOUT_MINUTES + " minutes");
        }
        List<RunResult> runs = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith(RunResult.PREFIX)) {
                runs.add(RunResult.fromLine(line));
                if (this.options.raw != null) {
                    Files.writeString(this.options.raw, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND);
                }
            }
        }
        if (process.exitValue() != 0 || runs.isEmpty()) {
            List<String> errors = Files.readAllLines(log);
            throw new IllegalStateException("The run of " + tool.displayName() + " (" + workload + ", "
                    + target.displayName() + ", N=" + files.count() + ") failed with exit status " + process.exitValue()
                    + ":\n" + String.join("\n", errors.subList(Math.max(0, errors.size() - 40), errors.size())));
        }
        return runs;
    }

    /** The session's tables as Markdown: medians, ratios, scaling and marginal cost, and the goals. */
    public static String report(Options options, ResultTable table, long seconds) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nMigration benchmarks, %s: N=%s, %d cores, Java %s%s%n%n", LocalDate.now(),
                table.counts().stream().map(String::valueOf).collect(Collectors.joining(",")),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                (seconds > 0) ? ", " + seconds + " s" : ""));
        out.append("Medians of ").append(table.rounds(false)).append(" cold runs (fresh JVM) and of ")
            .append(table.rounds(true)).append(" warm runs (the third in one JVM). ")
            .append("Ratios are medians of the per-round ratios to the JDBC floor measured beside it (and, on MariaDB W1, ")
            .append("to the bookkeeping floor: \"bk\"). Counts, allocation and heap are the cold runs'.\n\n");
        out.append(table.toMarkdown()).append('\n');
        String scaling = table.scalingMarkdown();
        if (!scaling.isEmpty()) {
            out.append(scaling).append('\n').append(table.marginalMarkdown()).append('\n');
        }
        if (options.tools().contains(Tool.REVGRAPH)) {
            out.append(new Goals(table).toMarkdown());
        }
        return out.toString();
    }

    /** Stops the JVM with the fix when a server the run needs is not configured. */
    public static void requireServers(List<Target> targets) {
        List<String> missing = new ArrayList<>();
        if (targets.contains(Target.POSTGRESQL) && System.getenv("REVGRAPH_TEST_POSTGRES_URL") == null) {
            missing.add("REVGRAPH_TEST_POSTGRES_URL");
        }
        if (targets.contains(Target.MARIADB) && System.getenv("REVGRAPH_TEST_MARIADB_URL") == null) {
            missing.add("REVGRAPH_TEST_MARIADB_URL");
        }
        if (!missing.isEmpty()) {
            System.err.println("The benchmarks need the local database servers, but " + String.join(" and ", missing)
                    + ((missing.size() == 1) ? " is" : " are") + " not set. Run `source scripts/dev-databases.sh` "
                    + "first (it starts the servers and exports the URLs), or leave the server out with "
                    + "--db h2-memory,h2-file.");
            System.exit(2);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
        }
        catch (IOException ex) {
            // A temporary directory; the system cleans it eventually.
        }
    }

    /**
     * What a session measures.
     *
     * @param counts the N of each workload
     * @param rounds how many times every tool runs on every (workload, database, N)
     * @param targets the databases
     * @param workloads W1, W2
     * @param tools the tools, floors included
     * @param warmRounds how many rounds (the first ones) also measure the warm figure
     * @param warmWorkloads the workloads whose warm figure is measured
     * @param firstRound the number of the first round (to add to an earlier session's lines)
     * @param out where to write the Markdown, or {@code null}
     * @param raw where to append every run's line, or {@code null}
     * @param fromRaw lines to print the tables of instead of measuring, or {@code null}
     */
    public record Options(List<Integer> counts, int rounds, List<Target> targets, List<Workload> workloads,
            List<Tool> tools, int warmRounds, List<Workload> warmWorkloads, int firstRound, @Nullable Path out,
            @Nullable Path raw, @Nullable Path fromRaw) {

        /** N=100 and 1,000, 5 rounds, every database, workload and tool, warm figures in every round. */
        public static Options full() {
            return new Options(List.of(100, 1000), 5, List.of(Target.values()), List.of(Workload.values()),
                    List.of(Tool.values()), Integer.MAX_VALUE, List.of(Workload.values()), 0, null, null, null);
        }

        /**
         * N=100, 2 rounds, every workload and tool on the two servers the goals are set on; warm figures
         * for W2 only (three start-ups in one JVM cost little; three applies cost a cold run twice more)
         * and in the first round only. A few minutes on a 2-core machine.
         */
        public static Options quick() {
            return new Options(List.of(100), 2, List.of(Target.POSTGRESQL, Target.MARIADB), List.of(Workload.values()),
                    List.of(Tool.values()), 1, List.of(Workload.W2), 0, null, null, null);
        }

        /** The same session, appending every run's line to {@code raw}. */
        public Options withRaw(@Nullable Path raw) {
            return new Options(this.counts, this.rounds, this.targets, this.workloads, this.tools, this.warmRounds,
                    this.warmWorkloads, this.firstRound, this.out, raw, this.fromRaw);
        }

        static Options parse(String[] args) {
            Options defaults = Arrays.asList(args).contains("--quick") ? quick() : full();
            List<Integer> counts = defaults.counts;
            int rounds = defaults.rounds;
            List<Target> targets = defaults.targets;
            List<Workload> workloads = defaults.workloads;
            List<Tool> tools = defaults.tools;
            int warmRounds = defaults.warmRounds;
            List<Workload> warmWorkloads = defaults.warmWorkloads;
            int firstRound = defaults.firstRound;
            Path out = null;
            Path raw = null;
            Path fromRaw = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--quick" -> {
                        // the defaults above
                    }
                    case "--n" -> counts = split(args[++i]).stream().map(Integer::valueOf).toList();
                    case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                    case "--db" -> targets = split(args[++i]).stream().map(Target::fromOption).toList();
                    case "--workloads" -> workloads = workloads(args[++i]);
                    case "--tools" -> tools = split(args[++i]).stream().map(Tool::fromOption).toList();
                    case "--warm-rounds" -> warmRounds = Integer.parseInt(args[++i]);
                    case "--warm-workloads" -> warmWorkloads = workloads(args[++i]);
                    case "--first-round" -> firstRound = Integer.parseInt(args[++i]);
                    case "--out" -> out = Path.of(args[++i]);
                    case "--raw" -> raw = Path.of(args[++i]);
                    case "--from-raw" -> fromRaw = Path.of(args[++i]);
                    default -> throw new IllegalArgumentException("Unknown option " + args[i] + "; see the Javadoc of "
                            + MigrationBenchmarks.class.getName());
                }
            }
            return new Options(counts, rounds, targets, workloads, tools, warmRounds, warmWorkloads, firstRound, out,
                    raw, fromRaw);
        }

        private static List<Workload> workloads(String list) {
            return split(list).stream().map((name) -> Workload.valueOf(name.toUpperCase(Locale.ROOT))).toList();
        }

        private static List<String> split(String list) {
            return Arrays.stream(list.split(",")).map(String::strip).filter((item) -> !item.isEmpty()).toList();
        }
    }
}
