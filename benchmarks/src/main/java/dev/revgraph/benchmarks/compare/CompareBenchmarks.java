package dev.revgraph.benchmarks.compare;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Workload W3 of issues 5 and 7: read a database of {@code --tables} generated tables and compare it
 * with the matching entities — RevGraph beside the bulk-read floor, the {@code DatabaseMetaData}
 * floor, Liquibase's {@code diff} and Hibernate's {@code validate} — on PostgreSQL, MariaDB and H2:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.revgraph.benchmarks.compare.CompareBenchmarks --quick
 * java -cp benchmarks/target/benchmarks.jar dev.revgraph.benchmarks.compare.CompareBenchmarks
 * </pre>
 *
 * Default ({@link Options#full()}): 500 tables, 5 rounds, 5 iterations per JVM (3 for Liquibase), on
 * PostgreSQL, MariaDB and H2, every contender. {@code --quick} ({@link Options#quick()}, the W3 part of
 * {@code Matrix quick}): 100 tables, 2 rounds, 3 iterations (1 for Liquibase, whose runs are most of the
 * time) on the two servers the goals are set on, for RevGraph, the bulk-read floor and Liquibase.
 * Narrow with {@code --tables 500}, {@code --rounds 3}, {@code --iterations 5},
 * {@code --liquibase-iterations 3}, {@code --db postgresql,mariadb,h2-file},
 * {@code --contenders revgraph,bulk-floor,metadata-floor,liquibase,hibernate}; {@code --out FILE} also
 * writes the Markdown; {@code --profile DIR} records each measured JVM with JFR
 * ({@code DIR/<db>-<contender>-<round>.jfr}; times are then not comparable). The servers come from
 * {@code REVGRAPH_TEST_POSTGRES_URL} and {@code REVGRAPH_TEST_MARIADB_URL}
 * ({@code source scripts/dev-databases.sh}).
 *
 * <p>The entities are generated and compiled once; the databases are made once per database and read
 * by every run (nothing writes to them). Each round runs every contender on every database, the order of
 * the contenders rotating from round to round, each in a child JVM ({@link CompareRun}).
 */
public final class CompareBenchmarks {

    private static final long CHILD_TIMEOUT_MINUTES = 20;

    /**
     * Liquibase's snapshot follows each foreign key to the table it references recursively: along W3's
     * chain of 500 tables that overflows the default 1 MB stack. Every contender gets the same stack.
     */
    private static final String STACK_SIZE = "64m";

    private final Options options;

    private final Path scratch;

    private final List<Sample> samples = new ArrayList<>();

    private CompareBenchmarks(Options options, Path scratch) {
        this.options = options;
        this.scratch = scratch;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        long start = System.nanoTime();
        CompareResults results = run(options);
        String report = report(options, results, seconds(start));
        System.out.println(report);
        if (options.out() != null) {
            Files.writeString(options.out(), report, StandardCharsets.UTF_8);
        }
    }

    /** Runs a session, reporting each measured JVM on standard error as it ends, and returns its results. */
    public static CompareResults run(Options options) throws Exception {
        CompareRun.quietLogging();
        Path scratch = Files.createTempDirectory("revgraph-w3");
        try {
            return new CompareBenchmarks(options, scratch).run();
        }
        finally {
            try (Stream<Path> paths = Files.walk(scratch)) {
                paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
            }
        }
    }

    private CompareResults run() throws Exception {
        long start = System.nanoTime();
        CompareSchema schema = new CompareSchema(this.options.tables);
        Path classes = EntityClasses.compile(schema, this.scratch.resolve("entities"));
        progress("compiled %d entities (%.1f s)", this.options.tables, seconds(start));
        Map<Target, CompareDatabases> databases = new LinkedHashMap<>();
        Map<Target, Integer> readerQueries = new LinkedHashMap<>();
        try {
            for (Target target : this.options.targets) {
                long made = System.nanoTime();
                CompareDatabases database = CompareDatabases.create(target, schema, this.scratch.resolve(target.option()));
                databases.put(target, database);
                try (Connection connection = database.connect()) {
                    List<StatementLog.Query> queries = CatalogQueryFile.log(connection);
                    readerQueries.put(target, queries.size());
                    CatalogQueryFile.write(queries, queries(target));
                }
                progress("%s: two databases of %d tables made, RevGraph's reader runs %d queries (%.1f s)",
                        target.displayName(), this.options.tables, readerQueries.get(target), seconds(made));
            }
            for (int round = 0; round < this.options.rounds; round++) {
                for (Target target : this.options.targets) {
                    List<Contender> contenders = new ArrayList<>(this.options.contenders);
                    Collections.rotate(contenders, -round);
                    for (Contender contender : contenders) {
                        measure(round, target, contender, databases.get(target), classes);
                    }
                }
            }
        }
        finally {
            databases.values().forEach(CompareDatabases::close);
        }
        return new CompareResults(this.samples, this.options.tables, readerQueries);
    }

    private Path queries(Target target) {
        return this.scratch.resolve("queries-" + target.option() + ".bin");
    }

    private void measure(int round, Target target, Contender contender, CompareDatabases databases, Path classes)
            throws Exception {
        long start = System.nanoTime();
        int iterations = (contender == Contender.LIQUIBASE) ? this.options.liquibaseIterations : this.options.iterations;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m", "-Xmx1g", "-Xss" + STACK_SIZE, "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dliquibase.analytics.enabled=false"));
        if (this.options.profile != null) {
            Path recording = this.options.profile.resolve(target.option() + "-" + contender.option() + "-" + round + ".jfr");
            command.add("-XX:StartFlightRecording=settings=profile,filename=" + recording.toAbsolutePath());
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), CompareRun.class.getName(), "--contender",
                contender.option(), "--db", target.option(), "--tables", String.valueOf(this.options.tables),
                "--classes", classes.toString(), "--queries", queries(target).toString(), "--iterations",
                String.valueOf(iterations), "--round", String.valueOf(round)));
        Path log = this.scratch.resolve("child.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        builder.environment().putAll(databases.environment());
        Process process = builder.start();
        List<String> lines;
        try (var output = process.inputReader(StandardCharsets.UTF_8)) {
            lines = output.lines().toList();
        }
        if (!process.waitFor(CHILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(contender.displayName() + " on " + target.displayName() + " took over "
                    + CHILD_TIMEOUT_MINUTES + " minutes");
        }
        List<Sample> runs = lines.stream().filter((line) -> line.startsWith(Sample.PREFIX)).map(Sample::fromLine).toList();
        if (process.exitValue() != 0 || runs.isEmpty()) {
            List<String> errors = Files.readAllLines(log);
            throw new IllegalStateException(contender.displayName() + " on " + target.displayName()
                    + " failed with exit status " + process.exitValue() + ":\n"
                    + String.join("\n", errors.subList(Math.max(0, errors.size() - 40), errors.size())));
        }
        this.samples.addAll(runs);
        progress("round %d/%d  %-11s %-36s %s (%.1f s)", round + 1, this.options.rounds, target.displayName(),
                contender.displayName(), runs.stream()
                    .filter((sample) -> sample.metric().equals("run"))
                    .map((sample) -> String.format(Locale.ROOT, "%.0f", sample.millis()))
                    .collect(Collectors.joining(" / ", "", " ms")), seconds(start));
    }

    /** The session's tables as Markdown: every contender, the goals, RevGraph's time apart. */
    public static String report(Options options, CompareResults results, double seconds) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nW3 compare, %s: %d tables, %d rounds, %d iterations per JVM (Liquibase "
                + "%d), %d cores, Java %s, %.0f s%n%n", LocalDate.now(), options.tables, results.roundCount(),
                options.iterations, options.liquibaseIterations, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), seconds));
        out.append("Cold: iteration 1 in a fresh JVM; warm: median of iterations 3 and on in that JVM (the last when ")
            .append("it runs fewer; none when it runs one). Times are medians over rounds; ratios are medians of ")
            .append("per-round ratios. Statements: queries plus DatabaseMetaData calls of the cold run.\n\n");
        out.append(results.toMarkdown()).append('\n');
        out.append(results.goalsMarkdown()).append('\n');
        out.append(results.revGraphMarkdown()).append('\n');
        out.append(results.readerQueriesLine()).append('\n');
        return out.toString();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void progress(String format, Object... arguments) {
        System.err.printf(Locale.ROOT, format + "%n", arguments);
    }

    /**
     * What a session measures.
     *
     * @param tables how many tables (and entities) W3's schema has
     * @param rounds how many times every contender runs on every database
     * @param iterations runs per JVM: the first is cold, the median of the third and on is warm
     * @param liquibaseIterations runs per JVM for Liquibase's diff, the slowest by far
     * @param targets the databases
     * @param contenders RevGraph, the floors, the peers
     * @param out where to write the Markdown, or {@code null}
     * @param profile where to write a JFR recording per measured JVM, or {@code null}
     */
    public record Options(int tables, int rounds, int iterations, int liquibaseIterations, List<Target> targets,
            List<Contender> contenders, @Nullable Path out, @Nullable Path profile) {

        /** 500 tables, 5 rounds, 5 iterations per JVM (Liquibase 3), every database and contender. */
        public static Options full() {
            return new Options(500, 5, 5, 3, List.of(Target.values()), List.of(Contender.values()), null, null);
        }

        /**
         * 100 tables, 2 rounds, 3 iterations per JVM, on the two servers the goals are set on, for the
         * contenders the goals name: RevGraph, the bulk-read floor and Liquibase's diff, which runs once per
         * JVM (cold only) — its three runs were half of a quick session.
         */
        public static Options quick() {
            return new Options(100, 2, 3, 1, List.of(Target.POSTGRESQL, Target.MARIADB),
                    List.of(Contender.REVGRAPH, Contender.BULK_FLOOR, Contender.LIQUIBASE), null, null);
        }

        static Options parse(String[] args) {
            boolean quick = Arrays.asList(args).contains("--quick");
            Options defaults = quick ? quick() : full();
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--quick")) {
                    continue;
                }
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("Unexpected argument " + args[i]);
                }
                values.put(args[i].substring(2), args[++i]);
            }
            int tables = integer(values, "tables", defaults.tables);
            int rounds = integer(values, "rounds", defaults.rounds);
            int iterations = integer(values, "iterations", defaults.iterations);
            int liquibaseIterations = integer(values, "liquibase-iterations",
                    Math.min(iterations, defaults.liquibaseIterations));
            List<Target> targets = values.containsKey("db")
                    ? Arrays.stream(values.get("db").split(",")).map(Target::fromOption).toList() : defaults.targets;
            List<Contender> contenders = values.containsKey("contenders")
                    ? Arrays.stream(values.get("contenders").split(",")).map(Contender::fromOption).toList()
                    : defaults.contenders;
            String out = values.get("out");
            String profile = values.get("profile");
            return new Options(tables, rounds, iterations, liquibaseIterations, targets, contenders,
                    (out != null) ? Path.of(out) : null, (profile != null) ? Path.of(profile) : null);
        }

        private static int integer(Map<String, String> values, String name, int fallback) {
            return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
        }
    }
}
