package dev.revgraph.benchmarks.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import dev.revgraph.benchmarks.Figure;
import dev.revgraph.benchmarks.Goal;

/**
 * The speed goals of issues 3 and 7 for RevGraph, judged from one session's {@link ResultTable}, on the
 * cold figures (a fresh JVM: what an application start pays). The goals are set at N=1,000; a session
 * without it judges at its largest N and says so.
 */
final class Goals {

    /** "No slower at 1,000 than at 100" is judged with this much room for noise. */
    static final double NO_SLOWER_TOLERANCE = 1.10;

    private final List<Integer> counts;

    private final List<Judged> judged = new ArrayList<>();

    Goals(ResultTable table) {
        this.counts = table.counts();
        if (this.counts.isEmpty()) {
            return;
        }
        int n = judgedAt();
        ratio(table, Workload.W1, Target.POSTGRESQL, n, Tool.JDBC_FLOOR, 1.5,
                "within 1.5× of the JDBC floor (Flyway 8.4×, Liquibase 4.3×)");
        ratio(table, Workload.W1, Target.MARIADB, n, Tool.BOOKKEEPING_FLOOR, 1.2,
                "within 1.2× of the bookkeeping floor");
        ratio(table, Workload.W1, Target.MARIADB, n, Tool.JDBC_FLOOR, 2.0,
                "within 2× of the JDBC floor (Flyway 4.8×, Liquibase 2.4×)");
        ratio(table, Workload.W2, Target.POSTGRESQL, n, Tool.JDBC_FLOOR, 3.0,
                "within 3× of the floor (Flyway 13×, Liquibase 22×)");
        ratio(table, Workload.W2, Target.MARIADB, n, Tool.JDBC_FLOOR, 5.0, "within 5× of the floor (Flyway 26×)");
        if (this.counts.size() > 1) {
            int smaller = this.counts.get(0);
            for (Target target : Target.values()) {
                scaling(table, Workload.W2, target, smaller, n, NO_SLOWER_TOLERANCE,
                        String.format(Locale.ROOT, "no slower at N=%,d than at N=%,d (±10%%)", n, smaller));
            }
            for (Target target : Target.values()) {
                scaling(table, Workload.W1, target, smaller, n, 12.0,
                        String.format(Locale.ROOT, "N=%,d within 12× of N=%,d", n, smaller));
            }
        }
    }

    /** The N the goals are judged at: 1,000 when measured, else the session's largest. */
    int judgedAt() {
        return this.counts.get(this.counts.size() - 1);
    }

    /** The goals judged on one workload and database, in the order they are listed. */
    List<Goal> of(Workload workload, Target target) {
        return this.judged.stream()
            .filter((judged) -> judged.workload() == workload && judged.target() == target)
            .map(Judged::goal)
            .toList();
    }

    String toMarkdown() {
        if (this.counts.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        if (judgedAt() != 1000) {
            out.append(String.format(Locale.ROOT, "Judged at N=%,d; the goals are set at N=1,000.%n%n", judgedAt()));
        }
        out.append("| goal | measured | verdict |\n|---|---:|---|\n");
        for (Judged judged : this.judged) {
            out.append("| ").append(judged.workload().name()).append(' ').append(judged.target().displayName())
                .append(": ").append(judged.goal().description()).append(" | ")
                .append(String.format(Locale.ROOT, "%.2f×", judged.goal().measured().cold())).append(" | ")
                .append(judged.goal().verdict()).append(" |\n");
        }
        return out.toString();
    }

    private void ratio(ResultTable table, Workload workload, Target target, int n, Tool floor, double limit,
            String description) {
        add(workload, target, description, limit, table.ratio(workload, target, n, Tool.REVGRAPH, floor, false));
    }

    private void scaling(ResultTable table, Workload workload, Target target, int smaller, int larger, double limit,
            String description) {
        add(workload, target, description, limit, table.scaling(workload, target, Tool.REVGRAPH, smaller, larger));
    }

    private void add(Workload workload, Target target, String description, double limit, OptionalDouble measured) {
        if (measured.isPresent()) {
            this.judged.add(new Judged(workload, target,
                    Goal.atMost(description, limit, new Figure(measured.getAsDouble(), Double.NaN))));
        }
    }

    private record Judged(Workload workload, Target target, Goal goal) {
    }
}
