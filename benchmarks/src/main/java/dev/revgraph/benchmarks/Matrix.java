package dev.revgraph.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.revgraph.benchmarks.compare.CompareBenchmarks;
import dev.revgraph.benchmarks.compare.CompareResults;
import dev.revgraph.benchmarks.migration.MigrationBenchmarks;
import dev.revgraph.benchmarks.migration.ResultTable;
import dev.revgraph.benchmarks.migration.Target;

import org.jspecify.annotations.Nullable;

/**
 * The whole benchmark matrix of issue 7 in one command: the revision graph (JMH), W1 apply and W2
 * start-up beside the JDBC floors, Flyway and Liquibase, and W3 read + compare beside the catalog floors,
 * Liquibase's diff and Hibernate's validate. Prints each part's tables as it ends, then one combined
 * table: RevGraph's medians, its ratios to the floors and the peers', each row's goals and verdicts.
 *
 * <pre>
 * benchmarks/run.sh quick      # builds, then runs this
 * java -cp benchmarks/target/benchmarks.jar dev.revgraph.benchmarks.Matrix quick [--out matrix.md]
 * java -cp benchmarks/target/benchmarks.jar dev.revgraph.benchmarks.Matrix full --out matrix.md --raw w1w2.txt
 * </pre>
 *
 * {@code quick}: every part's quick settings ({@link GraphBenchmarks#run}, {@link MigrationBenchmarks.Options#quick()},
 * {@link CompareBenchmarks.Options#quick()}) — every workload, on the two servers the goals are set on,
 * in a few minutes. {@code full}: every part's full settings, every database. {@code --out FILE} writes
 * every table as Markdown, {@code --raw FILE} appends W1/W2's result lines as they come (for
 * {@code MigrationBenchmarks --from-raw}), {@code --parts graph,w1w2,w3} runs some parts only. A part
 * that fails is reported and the others still run; the exit status is then 1.
 */
public final class Matrix {

    private static final List<String> PARTS = List.of("graph", "w1w2", "w3");

    private final boolean quick;

    private final List<String> parts;

    private final @Nullable Path raw;

    private final StringBuilder report = new StringBuilder();

    private final Summary summary = new Summary();

    private final List<String> timings = new ArrayList<>();

    private final List<String> failures = new ArrayList<>();

    private Matrix(boolean quick, List<String> parts, @Nullable Path raw) {
        this.quick = quick;
        this.parts = parts;
        this.raw = raw;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !(args[0].equals("quick") || args[0].equals("full"))) {
            System.err.println("Usage: Matrix quick|full [--out FILE] [--raw FILE] [--parts graph,w1w2,w3]");
            System.exit(2);
        }
        boolean quick = args[0].equals("quick");
        Path out = null;
        Path raw = null;
        List<String> parts = PARTS;
        for (int i = 1; i < args.length; i++) {
            String value = (i + 1 < args.length) ? args[i + 1] : null;
            if (value == null) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            switch (args[i++]) {
                case "--out" -> out = Path.of(value);
                case "--raw" -> raw = Path.of(value);
                case "--parts" -> parts = Arrays.stream(value.split(",")).map(String::strip).toList();
                default -> throw new IllegalArgumentException("Unknown option " + args[i - 1] + "; see the Javadoc of "
                        + Matrix.class.getName());
            }
        }
        if (!PARTS.containsAll(parts)) {
            throw new IllegalArgumentException("--parts takes " + String.join(",", PARTS));
        }
        if (parts.contains("w1w2") || parts.contains("w3")) {
            MigrationBenchmarks.requireServers(List.of(Target.POSTGRESQL, Target.MARIADB));
        }
        Matrix matrix = new Matrix(quick, parts, raw);
        String summary = matrix.run();
        System.out.println(summary);
        if (out != null) {
            Files.writeString(out, matrix.report + summary, StandardCharsets.UTF_8);
        }
        // Flyway and Liquibase, run here to bring W2's databases to head, may leave non-daemon threads.
        System.exit(matrix.failures.isEmpty() ? 0 : 1);
    }

    /** Runs the parts, each printing its tables as it ends; returns the combined table. */
    private String run() {
        long start = System.nanoTime();
        double loadBefore = load();
        if (this.parts.contains("graph")) {
            part("graph", () -> {
                GraphResults results = GraphBenchmarks.run(this.quick);
                section("Revision graph: build and plan (JMH, average time per operation)", results.toMarkdown());
                this.summary.addAll(results.summary());
            });
        }
        if (this.parts.contains("w1w2")) {
            part("W1/W2", () -> {
                MigrationBenchmarks.Options options = (this.quick ? MigrationBenchmarks.Options.quick()
                        : MigrationBenchmarks.Options.full()).withRaw(this.raw);
                long started = System.nanoTime();
                ResultTable table = MigrationBenchmarks.run(options);
                section(null, MigrationBenchmarks.report(options, table, (System.nanoTime() - started) / 1_000_000_000L));
                this.summary.addAll(table.summary());
            });
        }
        if (this.parts.contains("w3")) {
            part("W3", () -> {
                CompareBenchmarks.Options options = this.quick ? CompareBenchmarks.Options.quick()
                        : CompareBenchmarks.Options.full();
                long started = System.nanoTime();
                CompareResults results = CompareBenchmarks.run(options);
                section(null, CompareBenchmarks.report(options, results, (System.nanoTime() - started) / 1e9));
                this.summary.addAll(results.summary());
            });
        }
        double loadAfter = load();
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n## Benchmark matrix (%s), %s: %d s (%s), %d cores, Java %s, load average "
                + "%.1f at the start and %.1f at the end%n%n", this.quick ? "quick" : "full", LocalDate.now(), seconds,
                String.join(", ", this.timings), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), loadBefore, loadAfter));
        out.append("RevGraph's medians (cold: a fresh JVM; warm: in one JVM after earlier runs; the graph: JMH's "
                + "steady state) and ratios, each the median of per-round ratios measured side by side. Floor: plain "
                + "JDBC for W1/W2, the bulk catalog read for W3. A peer's ratio above 1× means RevGraph was faster. "
                + "Goals are judged cold for W1/W2, cold and warm for W3.");
        if (this.quick) {
            out.append(" Quick sizes: the goals are set at N=1,000 and 500 tables and judged here at N=100 and "
                    + "100 tables, on PostgreSQL and MariaDB only — a check for regressions, not the verdict "
                    + "(`full` is).");
        }
        out.append("\n\n").append(this.summary.toMarkdown()).append('\n').append(this.summary.tally()).append(".\n");
        for (String failure : this.failures) {
            out.append("\n**").append(failure).append("**\n");
        }
        return out.toString();
    }

    private void part(String name, Part part) {
        long start = System.nanoTime();
        System.err.printf(Locale.ROOT, "%n== %s (%s) ==%n", name, this.quick ? "quick" : "full");
        try {
            part.run();
        }
        catch (Exception ex) {
            this.failures.add(name + " failed: " + ex.getMessage());
            ex.printStackTrace();
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        this.timings.add(name + " " + seconds + " s");
        System.err.printf(Locale.ROOT, "== %s: %d s ==%n", name, seconds);
    }

    /** Prints a part's tables as soon as it ends, and keeps them for the report. */
    private void section(@Nullable String title, String markdown) {
        String text = ((title != null) ? "\n" + title + "\n\n" : "") + markdown;
        System.out.println(text);
        this.report.append(text).append('\n');
    }

    /** The system's load average over the last minute: the machines are shared, so every report says how busy it was. */
    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    @FunctionalInterface
    private interface Part {

        void run() throws Exception;
    }
}
