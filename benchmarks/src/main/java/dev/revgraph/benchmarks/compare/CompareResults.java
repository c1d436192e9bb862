package dev.revgraph.benchmarks.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.revgraph.benchmarks.Figure;
import dev.revgraph.benchmarks.Goal;
import dev.revgraph.benchmarks.SummaryRow;

/**
 * The tables of a W3 run: medians of the cold figures (iteration 1, a fresh JVM) and of the warm ones
 * (within a JVM, the median of iterations 3 and on, or the last when there are fewer), and ratios as
 * medians of the per-round ratios, each taken between figures measured in the same round.
 */
public final class CompareResults {

    private static final String RUN = "run";

    private final List<Sample> samples;

    private final int tables;

    private final Map<Target, Integer> readerQueries;

    /**
     * @param samples every figure of the session
     * @param tables how many tables W3's schema had
     * @param readerQueries how many queries RevGraph's catalog reader runs on each database
     */
    CompareResults(List<Sample> samples, int tables, Map<Target, Integer> readerQueries) {
        this.samples = List.copyOf(samples);
        this.tables = tables;
        this.readerQueries = new LinkedHashMap<>(readerQueries);
    }

    List<Target> targets() {
        return this.samples.stream().map(Sample::target).distinct().sorted().toList();
    }

    List<Contender> contenders(Target target) {
        return this.samples.stream().filter((s) -> s.target() == target).map(Sample::contender).distinct().sorted()
            .toList();
    }

    /** The median over rounds of the cold figure; NaN when not measured. */
    double cold(Target target, Contender contender, String metric) {
        return median(rounds().stream().mapToDouble((round) -> cold(round, target, contender, metric)));
    }

    /** The median over rounds of the warm figure; NaN when not measured. */
    double warm(Target target, Contender contender, String metric) {
        return median(rounds().stream().mapToDouble((round) -> warm(round, target, contender, metric)));
    }

    /** The median over rounds of {@code a}'s time divided by {@code b}'s in the same round. */
    double ratio(Target target, Contender a, Contender b, boolean cold) {
        ToDoubleFunction<Integer> ratio = (round) -> cold
                ? cold(round, target, a, RUN) / cold(round, target, b, RUN)
                : warm(round, target, a, RUN) / warm(round, target, b, RUN);
        return median(rounds().stream().mapToDouble(ratio::applyAsDouble));
    }

    /** The statements of the contender's cold run. */
    int statements(Target target, Contender contender) {
        return this.samples.stream()
            .filter((s) -> s.target() == target && s.contender() == contender && s.metric().equals(RUN) && s.cold())
            .mapToInt(Sample::statements)
            .findFirst()
            .orElse(-1);
    }

    int roundCount() {
        return rounds().size();
    }

    private List<Integer> rounds() {
        return new ArrayList<>(new TreeSet<>(this.samples.stream().map(Sample::round).toList()));
    }

    private double cold(int round, Target target, Contender contender, String metric) {
        return figures(round, target, contender, metric).stream()
            .filter(Sample::cold)
            .mapToDouble(Sample::millis)
            .findFirst()
            .orElse(Double.NaN);
    }

    private double warm(int round, Target target, Contender contender, String metric) {
        List<Sample> warm = figures(round, target, contender, metric).stream().filter((s) -> !s.cold()).toList();
        List<Sample> settled = warm.stream().filter((s) -> s.iteration() >= 3).toList();
        if (!settled.isEmpty()) {
            return median(settled.stream().mapToDouble(Sample::millis));
        }
        return warm.isEmpty() ? Double.NaN : warm.get(warm.size() - 1).millis();
    }

    private List<Sample> figures(int round, Target target, Contender contender, String metric) {
        return this.samples.stream()
            .filter((s) -> s.round() == round && s.target() == target && s.contender() == contender
                    && s.metric().equals(metric))
            .toList();
    }

    private static double median(java.util.stream.DoubleStream values) {
        double[] sorted = values.filter((value) -> !Double.isNaN(value)).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int middle = sorted.length / 2;
        return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The main table: each contender on each database, with its ratio to the bulk-read floor. */
    String toMarkdown() {
        StringBuilder out = new StringBuilder();
        out.append("| database | contender | statements | cold (ms) | warm (ms) | cold ÷ bulk floor | warm ÷ bulk floor |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|\n");
        for (Target target : targets()) {
            for (Contender contender : contenders(target)) {
                out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", target.displayName(),
                        contender.displayName(), statements(target, contender), Figure.millis(cold(target, contender, RUN)),
                        Figure.millis(warm(target, contender, RUN)), Figure.times(ratio(target, contender, Contender.BULK_FLOOR, true)),
                        Figure.times(ratio(target, contender, Contender.BULK_FLOOR, false))));
            }
        }
        return out.toString();
    }

    /** RevGraph's time apart: the model build (outside the measured compare), the read, the comparison. */
    String revGraphMarkdown() {
        StringBuilder out = new StringBuilder();
        out.append("| database | model build, cold (ms) | model build, warm (ms) | read, warm (ms) | compare, warm (ms) |\n");
        out.append("|---|---:|---:|---:|---:|\n");
        for (Target target : targets()) {
            if (contenders(target).contains(Contender.REVGRAPH)) {
                out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", target.displayName(),
                        Figure.millis(cold(target, Contender.REVGRAPH, "model")),
                        Figure.millis(warm(target, Contender.REVGRAPH, "model")),
                        Figure.millis(warm(target, Contender.REVGRAPH, "read")),
                        Figure.millis(warm(target, Contender.REVGRAPH, "compare"))));
            }
        }
        return out.toString();
    }

    /**
     * The goals of issues 5 and 7 on one database, cold and warm, set on the servers only: RevGraph within
     * 2× of the bulk-read floor and Liquibase's diff at least 20× slower than RevGraph, on PostgreSQL and
     * MariaDB. H2 is measured but has no goal (every catalog call is a method call there: nothing to win
     * on round trips).
     */
    List<Goal> goals(Target target) {
        if (target.server() == null) {
            return List.of();
        }
        return Stream.of(floorGoal(target), liquibaseGoal(target)).filter(Goal::isJudged).toList();
    }

    private Goal floorGoal(Target target) {
        return Goal.atMost("within 2× of the bulk-read floor", 2,
                ratios(target, Contender.REVGRAPH, Contender.BULK_FLOOR));
    }

    private Goal liquibaseGoal(Target target) {
        return Goal.atLeast("Liquibase diff ≥ 20× slower", 20, ratios(target, Contender.LIQUIBASE, Contender.REVGRAPH));
    }

    /** The goals table: each database, the ratios the goals are about, and the verdicts. */
    String goalsMarkdown() {
        StringBuilder out = new StringBuilder();
        out.append("| database | RevGraph ÷ bulk floor, cold / warm (goal ≤ 2×) | Liquibase diff ÷ RevGraph, cold / warm (goal ≥ 20×) | Hibernate validate ÷ RevGraph, cold / warm |\n");
        out.append("|---|---|---|---|\n");
        for (Target target : targets()) {
            Goal floor = floorGoal(target);
            Goal liquibase = liquibaseGoal(target);
            boolean judged = target.server() != null;
            out.append(String.format(Locale.ROOT, "| %s | %s %s | %s %s | %s |%n", target.displayName(),
                    both(floor.measured()), judged ? "— " + floor.verdict() : "(no goal on H2)",
                    both(liquibase.measured()), judged ? "— " + liquibase.verdict() : "(no goal on H2)",
                    both(ratios(target, Contender.HIBERNATE, Contender.REVGRAPH))));
        }
        return out.toString();
    }

    /** RevGraph's lines of the matrix's combined table: one per database, with its goals. */
    public List<SummaryRow> summary() {
        List<SummaryRow> rows = new ArrayList<>();
        for (Target target : targets()) {
            if (!contenders(target).contains(Contender.REVGRAPH)) {
                continue;
            }
            rows.add(new SummaryRow("W3 read + compare", target.displayName(), this.tables + " tables",
                    new Figure(cold(target, Contender.REVGRAPH, RUN), warm(target, Contender.REVGRAPH, RUN)),
                    ratios(target, Contender.REVGRAPH, Contender.BULK_FLOOR), Figure.NONE,
                    ratios(target, Contender.LIQUIBASE, Contender.REVGRAPH), goals(target)));
        }
        return rows;
    }

    /** "RevGraph's catalog reader, queries per read: PostgreSQL 5, ...". */
    String readerQueriesLine() {
        return "RevGraph's catalog reader, queries per read: " + this.readerQueries.entrySet().stream()
            .map((entry) -> entry.getKey().displayName() + " " + entry.getValue())
            .collect(Collectors.joining(", "));
    }

    private Figure ratios(Target target, Contender a, Contender b) {
        return new Figure(ratio(target, a, b, true), ratio(target, a, b, false));
    }

    /** "2.09× / 2.58×". */
    private static String both(Figure ratios) {
        return Figure.times(ratios.cold()) + " / " + Figure.times(ratios.warm());
    }
}
