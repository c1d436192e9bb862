package dev.revgraph.benchmarks.migration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import dev.revgraph.benchmarks.Figure;
import dev.revgraph.benchmarks.Goal;
import dev.revgraph.benchmarks.SummaryRow;

/**
 * The runs of one session as Markdown: per workload, database, N and tool, the median wall time of the
 * cold (fresh JVM) and warm runs, the ratio of each median to the floor's median in the same session,
 * and the median counts, allocation and heap. Ratios, not times, are what carries from one run to the
 * next on shared machines.
 */
public final class ResultTable {

    private final List<RunResult> results;

    public ResultTable(List<RunResult> results) {
        this.results = List.copyOf(results);
    }

    /** The median; the mean of the middle two for an even count. */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("No values");
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        int middle = sorted.size() / 2;
        return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** The median of {@code value} over the matching runs, if there are any. */
    OptionalDouble median(Workload workload, Target target, int count, Tool tool, boolean warm,
            ToDoubleFunction<RunResult> value) {
        List<Double> values = new ArrayList<>();
        for (RunResult result : this.results) {
            if (matches(result, workload, target, count, tool, warm)) {
                values.add(value.applyAsDouble(result));
            }
        }
        return values.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(median(values));
    }

    /**
     * The ratio of {@code tool}'s wall time to {@code floor}'s, same workload, database, N and
     * temperature: the median over the rounds of each round's ratio, so that a round slowed by the
     * neighbours' builds slows both sides of its ratio.
     */
    OptionalDouble ratio(Workload workload, Target target, int count, Tool tool, Tool floor, boolean warm) {
        Map<Integer, Double> floorTimes = new HashMap<>();
        for (RunResult result : this.results) {
            if (matches(result, workload, target, count, floor, warm)) {
                floorTimes.put(result.round(), result.millis());
            }
        }
        List<Double> ratios = new ArrayList<>();
        for (RunResult result : this.results) {
            Double floorTime = floorTimes.get(result.round());
            if (matches(result, workload, target, count, tool, warm) && floorTime != null && floorTime > 0) {
                ratios.add(result.millis() / floorTime);
            }
        }
        return ratios.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(median(ratios));
    }

    private static boolean matches(RunResult result, Workload workload, Target target, int count, Tool tool,
            boolean warm) {
        return result.workload() == workload && result.target() == target && result.count() == count
                && result.tool() == tool && result.warm() == warm;
    }

    /** Cold median at {@code larger} divided by cold median at {@code smaller}. */
    OptionalDouble scaling(Workload workload, Target target, Tool tool, int smaller, int larger) {
        OptionalDouble small = median(workload, target, smaller, tool, false, RunResult::millis);
        OptionalDouble large = median(workload, target, larger, tool, false, RunResult::millis);
        if (small.isEmpty() || large.isEmpty() || small.getAsDouble() <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(large.getAsDouble() / small.getAsDouble());
    }

    /** How many cold (or warm) runs each median is made of: the smallest count over the table. */
    int rounds(boolean warm) {
        return this.results.stream()
            .filter((result) -> result.warm() == warm)
            .collect(Collectors.groupingBy(
                    (result) -> List.of(result.workload(), result.target(), result.count(), result.tool()),
                    Collectors.counting()))
            .values().stream().mapToInt(Long::intValue).min().orElse(0);
    }

    /** The main table. */
    public String toMarkdown() {
        StringBuilder out = new StringBuilder();
        out.append("| workload | database | N | tool | cold ms | × floor | warm ms | × floor warm | statements "
                + "| writes | commits | round trips | connections | allocated MB | peak heap MB |\n");
        out.append("|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Workload workload : Workload.values()) {
            for (Target target : Target.values()) {
                for (int count : counts()) {
                    for (Tool tool : Tool.values()) {
                        OptionalDouble cold = median(workload, target, count, tool, false, RunResult::millis);
                        if (cold.isEmpty()) {
                            continue;
                        }
                        OptionalDouble warm = median(workload, target, count, tool, true, RunResult::millis);
                        out.append("| ").append(workload.name()).append(" | ").append(target.displayName())
                            .append(" | ").append(String.format(Locale.ROOT, "%,d", count)).append(" | ")
                            .append(tool.displayName()).append(" | ")
                            .append(millis(cold)).append(" | ").append(ratios(workload, target, count, tool, false))
                            .append(" | ").append(millis(warm)).append(" | ")
                            .append(ratios(workload, target, count, tool, true)).append(" | ")
                            .append(count(workload, target, count, tool, (r) -> r.counts().statements())).append(" | ")
                            .append(count(workload, target, count, tool, (r) -> r.counts().writes())).append(" | ")
                            .append(count(workload, target, count, tool, (r) -> r.counts().commits())).append(" | ")
                            .append(count(workload, target, count, tool, (r) -> r.counts().roundTrips())).append(" | ")
                            .append(count(workload, target, count, tool, (r) -> r.counts().connections())).append(" | ")
                            .append(megabytes(workload, target, count, tool, RunResult::allocatedBytes)).append(" | ")
                            .append(megabytes(workload, target, count, tool, RunResult::peakHeapBytes)).append(" |\n");
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * RevGraph's lines of the matrix's combined table: for each workload, database and N, its medians,
     * its ratio to the JDBC floor, the peers' ratios to it, and the goals (judged at the largest N).
     */
    public List<SummaryRow> summary() {
        Goals goals = new Goals(this);
        List<SummaryRow> rows = new ArrayList<>();
        for (Workload workload : Workload.values()) {
            for (Target target : Target.values()) {
                for (int count : counts()) {
                    Figure millis = figure(median(workload, target, count, Tool.REVGRAPH, false, RunResult::millis),
                            median(workload, target, count, Tool.REVGRAPH, true, RunResult::millis));
                    if (!millis.isMeasured()) {
                        continue;
                    }
                    List<Goal> judged = (count == goals.judgedAt()) ? goals.of(workload, target) : List.of();
                    rows.add(new SummaryRow(workload.title(), target.displayName(),
                            String.format(Locale.ROOT, "%,d", count), millis,
                            coldAndWarmRatio(workload, target, count, Tool.REVGRAPH, Tool.JDBC_FLOOR),
                            coldAndWarmRatio(workload, target, count, Tool.FLYWAY, Tool.REVGRAPH),
                            coldAndWarmRatio(workload, target, count, Tool.LIQUIBASE, Tool.REVGRAPH), judged));
                }
            }
        }
        return rows;
    }

    private Figure coldAndWarmRatio(Workload workload, Target target, int count, Tool tool, Tool base) {
        return figure(ratio(workload, target, count, tool, base, false), ratio(workload, target, count, tool, base, true));
    }

    private static Figure figure(OptionalDouble cold, OptionalDouble warm) {
        return new Figure(cold.orElse(Double.NaN), warm.orElse(Double.NaN));
    }

    /** Cold N=larger ÷ N=smaller per workload, database and tool, when both were measured. */
    public String scalingMarkdown() {
        List<Integer> counts = counts();
        if (counts.size() < 2) {
            return "";
        }
        int smaller = counts.get(0);
        int larger = counts.get(counts.size() - 1);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "| workload | database | tool | cold N=%,d ÷ N=%,d |%n", larger, smaller));
        out.append("|---|---|---|---:|\n");
        for (Workload workload : Workload.values()) {
            for (Target target : Target.values()) {
                for (Tool tool : Tool.values()) {
                    OptionalDouble scaling = scaling(workload, target, tool, smaller, larger);
                    if (scaling.isPresent()) {
                        out.append("| ").append(workload.name()).append(" | ").append(target.displayName()).append(" | ")
                            .append(tool.displayName()).append(" | ")
                            .append(String.format(Locale.ROOT, "%.2f×", scaling.getAsDouble())).append(" |\n");
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * What each further step costs, from the smallest to the largest N: (median at N=large − median at
     * N=small) ÷ (large − small), in wall time (cold) and in statements, commits and round trips.
     */
    public String marginalMarkdown() {
        List<Integer> counts = counts();
        if (counts.size() < 2) {
            return "";
        }
        int smaller = counts.get(0);
        int larger = counts.get(counts.size() - 1);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "| workload | database | tool | ms per step (cold) | statements per step "
                + "| commits per step | round trips per step |%n"));
        out.append("|---|---|---|---:|---:|---:|---:|\n");
        for (Workload workload : Workload.values()) {
            for (Target target : Target.values()) {
                for (Tool tool : Tool.values()) {
                    OptionalDouble time = marginal(workload, target, tool, smaller, larger, RunResult::millis);
                    if (time.isEmpty()) {
                        continue;
                    }
                    OptionalDouble roundTrips = marginal(workload, target, tool, smaller, larger,
                            (r) -> r.counts().roundTrips());
                    out.append("| ").append(workload.name()).append(" | ").append(target.displayName()).append(" | ")
                        .append(tool.displayName()).append(" | ")
                        .append(String.format(Locale.ROOT, "%.3f", time.getAsDouble())).append(" | ")
                        .append(perStep(marginal(workload, target, tool, smaller, larger, (r) -> r.counts().statements())))
                        .append(" | ")
                        .append(perStep(marginal(workload, target, tool, smaller, larger, (r) -> r.counts().commits())))
                        .append(" | ")
                        .append((target.server() != null) ? perStep(roundTrips) : "—").append(" |\n");
                }
            }
        }
        return out.toString();
    }

    OptionalDouble marginal(Workload workload, Target target, Tool tool, int smaller, int larger,
            ToDoubleFunction<RunResult> value) {
        OptionalDouble small = median(workload, target, smaller, tool, false, value);
        OptionalDouble large = median(workload, target, larger, tool, false, value);
        if (small.isEmpty() || large.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((large.getAsDouble() - small.getAsDouble()) / (larger - smaller));
    }

    private static String perStep(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : "—";
    }

    List<Integer> counts() {
        return new ArrayList<>(new TreeSet<>(this.results.stream().map(RunResult::count).toList()));
    }

    /** "2.31×", or "2.31× / 1.10× bk" on MariaDB W1 where the bookkeeping floor was measured. */
    private String ratios(Workload workload, Target target, int count, Tool tool, boolean warm) {
        if (tool == Tool.JDBC_FLOOR) {
            return "1.00×";
        }
        String text = format(ratio(workload, target, count, tool, Tool.JDBC_FLOOR, warm));
        if (tool != Tool.BOOKKEEPING_FLOOR && Tool.BOOKKEEPING_FLOOR.measures(workload, target)) {
            OptionalDouble bookkeeping = ratio(workload, target, count, tool, Tool.BOOKKEEPING_FLOOR, warm);
            if (bookkeeping.isPresent()) {
                text += " / " + format(bookkeeping) + " bk";
            }
        }
        return text;
    }

    private static String format(OptionalDouble ratio) {
        return Figure.times(ratio.orElse(Double.NaN));
    }

    private static String millis(OptionalDouble millis) {
        return Figure.millis(millis.orElse(Double.NaN));
    }

    private String count(Workload workload, Target target, int count, Tool tool, ToDoubleFunction<RunResult> value) {
        OptionalDouble median = median(workload, target, count, tool, false, value);
        if (median.isEmpty() || median.getAsDouble() < 0) {
            return "—";
        }
        return String.format(Locale.ROOT, "%,.0f", median.getAsDouble());
    }

    private String megabytes(Workload workload, Target target, int count, Tool tool, ToDoubleFunction<RunResult> value) {
        OptionalDouble median = median(workload, target, count, tool, false, value);
        return median.isPresent() ? String.format(Locale.ROOT, "%.1f", median.getAsDouble() / (1024 * 1024)) : "—";
    }
}
