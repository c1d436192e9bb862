package dev.revgraph.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The scores of a {@link GraphBenchmark} run: each benchmark's average time per operation at each graph
 * size, wall and CPU ({@link CpuTimeProfiler}), and the goal of the foundation issue — linear growth:
 * the largest graph within 12× of a graph ten times smaller, judged on the CPU time (the wall time of
 * the larger graph's longer operations grows with the machine's load; on a quiet machine they agree).
 */
public final class GraphResults {

    /** 10,000 revisions may cost at most this many times 1,000. */
    static final double LINEAR_LIMIT = 12;

    private final List<Score> scores;

    public GraphResults(List<Score> scores) {
        this.scores = List.copyOf(scores);
    }

    /**
     * As in docs/performance.md, a line per benchmark and a column per size — wall time ± JMH's error, and
     * CPU time — then the growth from the smallest size to the largest, in CPU time.
     */
    public String toMarkdown() {
        List<Integer> sizes = sizes();
        StringBuilder out = new StringBuilder("| benchmark |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int size : sizes) {
            out.append(String.format(Locale.ROOT, " %,d revisions | CPU |", size));
            rule.append("---:|---:|");
        }
        if (sizes.size() > 1) {
            out.append(String.format(Locale.ROOT, " %s ÷ %s, CPU |", thousands(last(sizes)), thousands(sizes.get(0))));
            rule.append("---:|");
        }
        out.append('\n').append(rule).append('\n');
        for (String benchmark : benchmarks()) {
            out.append("| `").append(benchmark).append("` |");
            for (int size : sizes) {
                out.append(score(benchmark, size)
                    .map((score) -> String.format(Locale.ROOT, " %.3f ± %.3f ms | %.3f ms |", score.millis(),
                            score.error(), score.cpuMillis()))
                    .orElse(" — | — |"));
            }
            if (sizes.size() > 1) {
                out.append(' ').append(Figure.times(growth(benchmark))).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The graph's lines of the matrix's combined table: each benchmark at the largest size, with the goal. */
    public List<SummaryRow> summary() {
        List<Integer> sizes = sizes();
        List<SummaryRow> rows = new ArrayList<>();
        if (sizes.isEmpty()) {
            return rows;
        }
        int largest = last(sizes);
        for (String benchmark : benchmarks()) {
            List<Goal> goals = (sizes.size() > 1)
                    ? List.of(Goal.atMost(String.format(Locale.ROOT, "%,d revisions within 12× of %,d (CPU time)",
                            largest, sizes.get(0)), LINEAR_LIMIT, new Figure(Double.NaN, growth(benchmark))))
                    : List.of();
            double millis = score(benchmark, largest).map(Score::millis).orElse(Double.NaN);
            rows.add(new SummaryRow("graph: " + benchmark, "—", String.format(Locale.ROOT, "%,d", largest),
                    new Figure(Double.NaN, millis), Figure.NONE, Figure.NONE, Figure.NONE, goals));
        }
        return rows;
    }

    /** The largest size's CPU time per operation over the smallest's. */
    double growth(String benchmark) {
        List<Integer> sizes = sizes();
        Optional<Score> small = score(benchmark, sizes.get(0));
        Optional<Score> large = score(benchmark, last(sizes));
        if (small.isEmpty() || large.isEmpty() || sizes.size() < 2) {
            return Double.NaN;
        }
        return large.get().cpuMillis() / small.get().cpuMillis();
    }

    private Optional<Score> score(String benchmark, int revisions) {
        return this.scores.stream()
            .filter((score) -> score.benchmark().equals(benchmark) && score.revisions() == revisions)
            .findFirst();
    }

    /** In JMH's order, which is the order of the class's methods by name. */
    private List<String> benchmarks() {
        return this.scores.stream().map(Score::benchmark).distinct().toList();
    }

    private List<Integer> sizes() {
        return new ArrayList<>(new TreeSet<>(this.scores.stream().map(Score::revisions).toList()));
    }

    private static int last(List<Integer> sizes) {
        return sizes.get(sizes.size() - 1);
    }

    private static String thousands(int size) {
        return (size % 1000 == 0) ? (size / 1000) + "k" : String.valueOf(size);
    }

    /**
     * One benchmark at one size.
     *
     * @param benchmark the method name, e.g. {@code build}
     * @param revisions the graph's size
     * @param millis average wall time per operation
     * @param error JMH's 99.9% confidence half-width
     * @param cpuMillis CPU time per operation, the least of the iterations' ({@link CpuTimeProfiler}), or {@code NaN}
     */
    public record Score(String benchmark, int revisions, double millis, double error, double cpuMillis) {
    }
}
