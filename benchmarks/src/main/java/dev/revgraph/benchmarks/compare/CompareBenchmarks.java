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
 * Default: 500 tables, 5 rounds, 5 iterations per JVM (3 for Liquibase). {@code --quick}: 100 tables,
 * 2 rounds, 3 iterations. Narrow with {@code --tables 500}, {@code --rounds 3}, {@code --iterations 5},
 * {@code --db postgresql,mariadb,h2-file}, {@code --contenders revgraph,bulk-floor,...};
 * {@code --out FILE} also writes the Markdown; {@code --profile DIR} records each measured JVM with JFR
 * ({@code DIR/<db>-<contender>-<round>.jfr}; times are then not comparable). The servers come from {@code REVGRAPH_TEST_POSTGRES_URL}
 * and {@code REVGRAPH_TEST_MARIADB_URL} ({@code source scripts/dev-databases.sh}).
 *
 * <p>The entities are generated and compiled once; the databases are made once per database and read
 * by every run (nothing writes to them). Each round runs every contender on every database, the order of
 * the contenders rotating from round to round, each in a child JVM ({@link CompareRun}).
 */
public final class CompareBenchmarks {

    private static final long CHILD_TIMEOUT_MINUTES = 20;

    private static final int LIQUIBASE_ITERATIONS = 3;

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
        CompareRun.quietLogging();
        Path scratch = Files.createTempDirectory("revgraph-w3");
        try {
            new CompareBenchmarks(options, scratch).run();
        }
        finally {
            try (Stream<Path> paths = Files.walk(scratch)) {
                paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
            }
        }
    }

    private void run() throws Exception {
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
        String report = report(new CompareResults(this.samples), readerQueries, seconds(start));
        System.out.println(report);
        if (this.options.out != null) {
            Files.writeString(this.options.out, report, StandardCharsets.UTF_8);
        }
    }

    private Path queries(Target target) {
        return this.scratch.resolve("queries-" + target.option() + ".bin");
    }

    private void measure(int round, Target target, Contender contender, CompareDatabases databases, Path classes)
            throws Exception {
        long start = System.nanoTime();
        int iterations = (contender == Contender.LIQUIBASE) ? Math.min(this.options.iterations, LIQUIBASE_ITERATIONS)
                : this.options.iterations;
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

    private String report(CompareResults results, Map<Target, Integer> readerQueries, double seconds) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nW3 compare, %s: %d tables, %d rounds, %d iterations per JVM, %d cores, "
                + "Java %s, %.0f s%n%n", LocalDate.now(), this.options.tables, results.roundCount(),
                this.options.iterations, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                seconds));
        out.append("Cold: iteration 1 in a fresh JVM; warm: median of iterations 3 and on in that JVM (the last for ")
            .append("Liquibase when it runs fewer). Times are medians over rounds; ratios are medians of per-round ")
            .append("ratios. Statements: queries plus DatabaseMetaData calls of the cold run.\n\n");
        out.append(results.toMarkdown()).append('\n');
        out.append(results.goalsMarkdown()).append('\n');
        out.append(results.revGraphMarkdown()).append('\n');
        out.append("RevGraph's catalog reader, queries per read: ").append(readerQueries.entrySet().stream()
            .map((entry) -> entry.getKey().displayName() + " " + entry.getValue())
            .collect(Collectors.joining(", "))).append('\n');
        return out.toString();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void progress(String format, Object... arguments) {
        System.err.printf(Locale.ROOT, format + "%n", arguments);
    }

    private record Options(int tables, int rounds, int iterations, List<Target> targets, List<Contender> contenders,
            @Nullable Path out, @Nullable Path profile) {

        static Options parse(String[] args) {
            boolean quick = Arrays.asList(args).contains("--quick");
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
            int tables = Integer.parseInt(values.getOrDefault("tables", quick ? "100" : "500"));
            int rounds = Integer.parseInt(values.getOrDefault("rounds", quick ? "2" : "5"));
            int iterations = Integer.parseInt(values.getOrDefault("iterations", quick ? "3" : "5"));
            List<Target> targets = Arrays.stream(values.getOrDefault("db", "postgresql,mariadb,h2-file").split(","))
                .map(Target::fromOption).toList();
            List<Contender> contenders = Arrays.stream(values.getOrDefault("contenders",
                    "revgraph,bulk-floor,metadata-floor,liquibase,hibernate").split(","))
                .map(Contender::fromOption).toList();
            String out = values.get("out");
            String profile = values.get("profile");
            return new Options(tables, rounds, iterations, targets, contenders, (out != null) ? Path.of(out) : null,
                    (profile != null) ? Path.of(profile) : null);
        }
    }
}
