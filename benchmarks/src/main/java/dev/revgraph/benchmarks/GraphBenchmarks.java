package dev.revgraph.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs {@link GraphBenchmark} through JMH's API for the matrix, and returns its scores. The full run
 * keeps the settings annotated on the benchmark (1 fork, 3×2 s warm-up, 5×2 s measurement) for all four
 * benchmarks; the quick one runs the two that cover building and planning both ways, with 5×1 s warm-up
 * and 3×1 s measurement: a check of the linear-growth goal, not figures for the record. (With other
 * builds on the two cores, half-second iterations gave errors larger than the scores, and 10,000
 * revisions were still being compiled after 3 s.) Both add {@link CpuTimeProfiler}, on whose figure
 * the growth goal is judged.
 *
 * <p>By hand, with JMH's own command line: {@code java -jar benchmarks/target/benchmarks.jar GraphBenchmark}.
 */
public final class GraphBenchmarks {

    /** The quick run's benchmarks: building and planning both ways, in two benchmarks of four. */
    private static final List<String> QUICK = List.of("buildAndPlanUpgradeFromBase", "planDowngradeToBase");

    private GraphBenchmarks() {
    }

    /**
     * Runs {@link GraphBenchmark} for 1,000 and 10,000 revisions: every benchmark, or when quick the two
     * that cover the whole workload (build + plan up, plan down). JMH's log goes to standard error.
     */
    public static GraphResults run(boolean quick) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
            .timeUnit(TimeUnit.MILLISECONDS)
            .addProfiler(CpuTimeProfiler.class)
            .verbosity(VerboseMode.SILENT);
        if (quick) {
            for (String benchmark : QUICK) {
                options.include("^" + Pattern.quote(GraphBenchmark.class.getName() + "." + benchmark) + "$");
            }
            options.warmupIterations(5)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(3)
                .measurementTime(TimeValue.seconds(1))
                .forks(1);
        }
        else {
            options.include("^" + Pattern.quote(GraphBenchmark.class.getName() + "."));
        }
        // JMH prints its summary on standard output, which belongs to the matrix's report.
        PrintStream out = System.out;
        Collection<RunResult> results;
        System.setOut(System.err);
        try {
            results = new Runner(options.build()).run();
        }
        finally {
            System.setOut(out);
        }
        List<GraphResults.Score> scores = new ArrayList<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            Result<?> primary = result.getPrimaryResult();
            Result<?> cpu = result.getSecondaryResults().get(CpuTimeProfiler.RESULT);
            scores.add(new GraphResults.Score(benchmark.substring(benchmark.lastIndexOf('.') + 1),
                    Integer.parseInt(result.getParams().getParam("revisions")), primary.getScore(),
                    primary.getScoreError(), (cpu != null) ? cpu.getScore() : Double.NaN));
        }
        return new GraphResults(scores);
    }
}
