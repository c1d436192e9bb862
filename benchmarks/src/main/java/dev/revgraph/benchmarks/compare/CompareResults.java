package dev.revgraph.benchmarks.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * The tables of a W3 run: medians of the cold figures (iteration 1, a fresh JVM) and of the warm ones
 * (within a JVM, the median of iterations 3 and on, or the last when there are fewer), and ratios as
 * medians of the per-round ratios, each taken between figures measured in the same round.
 */
final class CompareResults {

    private static final String RUN = "run";

    private final List<Sample> samples;

    CompareResults(List<Sample> samples) {
        this.samples = List.copyOf(samples);
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
                        contender.displayName(), statements(target, contender), millis(cold(target, contender, RUN)),
                        millis(warm(target, contender, RUN)), times(ratio(target, contender, Contender.BULK_FLOOR, true)),
                        times(ratio(target, contender, Contender.BULK_FLOOR, false))));
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
                        millis(cold(target, Contender.REVGRAPH, "model")), millis(warm(target, Contender.REVGRAPH, "model")),
                        millis(warm(target, Contender.REVGRAPH, "read")),
                        millis(warm(target, Contender.REVGRAPH, "compare"))));
            }
        }
        return out.toString();
    }

    /** The goals of issues 5 and 7, cold and warm. */
    String goalsMarkdown() {
        StringBuilder out = new StringBuilder();
        out.append("| database | RevGraph ÷ bulk floor, cold / warm (goal ≤ 2×) | Liquibase diff ÷ RevGraph, cold / warm (goal ≥ 20×) | Hibernate validate ÷ RevGraph, cold / warm |\n");
        out.append("|---|---|---|---|\n");
        for (Target target : targets()) {
            double floorCold = ratio(target, Contender.REVGRAPH, Contender.BULK_FLOOR, true);
            double floorWarm = ratio(target, Contender.REVGRAPH, Contender.BULK_FLOOR, false);
            double liquibaseCold = ratio(target, Contender.LIQUIBASE, Contender.REVGRAPH, true);
            double liquibaseWarm = ratio(target, Contender.LIQUIBASE, Contender.REVGRAPH, false);
            out.append(String.format(Locale.ROOT, "| %s | %s / %s %s | %s / %s %s | %s / %s |%n", target.displayName(),
                    times(floorCold), times(floorWarm), verdict(floorCold <= 2, floorWarm <= 2),
                    times(liquibaseCold), times(liquibaseWarm), verdict(liquibaseCold >= 20, liquibaseWarm >= 20),
                    times(ratio(target, Contender.HIBERNATE, Contender.REVGRAPH, true)),
                    times(ratio(target, Contender.HIBERNATE, Contender.REVGRAPH, false))));
        }
        return out.toString();
    }

    private static String verdict(boolean cold, boolean warm) {
        if (cold && warm) {
            return "— met";
        }
        if (!cold && !warm) {
            return "— **missed**";
        }
        return cold ? "— met cold, **missed warm**" : "— **missed cold**, met warm";
    }

    private static String millis(double millis) {
        if (Double.isNaN(millis)) {
            return "—";
        }
        return (millis >= 100) ? String.format(Locale.ROOT, "%,.0f", millis) : String.format(Locale.ROOT, "%.1f", millis);
    }

    private static String times(double ratio) {
        if (Double.isNaN(ratio)) {
            return "—";
        }
        return String.format(Locale.ROOT, (ratio >= 10) ? "%.0f×" : "%.2f×", ratio);
    }
}
