package dev.revgraph.benchmarks.migration;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The speed goals of issues 3 and 7 for RevGraph, judged from one session's {@link ResultTable}, on the
 * cold figures (a fresh JVM: what an application start pays). The goals are set at N=1,000; a session
 * without it judges at its largest N and says so.
 */
final class Goals {

    /** "No slower at 1,000 than at 100" is judged with this much room for noise. */
    static final double NO_SLOWER_TOLERANCE = 1.10;

    private final ResultTable table;

    Goals(ResultTable table) {
        this.table = table;
    }

    String toMarkdown() {
        List<Integer> counts = this.table.counts();
        if (counts.isEmpty()) {
            return "";
        }
        int n = counts.get(counts.size() - 1);
        StringBuilder out = new StringBuilder();
        if (n != 1000) {
            out.append(String.format(Locale.ROOT, "Judged at N=%,d; the goals are set at N=1,000.%n%n", n));
        }
        out.append("| goal | measured | verdict |\n|---|---:|---|\n");
        ratio(out, "W1 PostgreSQL: within 1.5× of the JDBC floor (Flyway 8.4×, Liquibase 4.3×)", Workload.W1,
                Target.POSTGRESQL, n, Tool.JDBC_FLOOR, 1.5);
        ratio(out, "W1 MariaDB: within 1.2× of the bookkeeping floor", Workload.W1, Target.MARIADB, n,
                Tool.BOOKKEEPING_FLOOR, 1.2);
        ratio(out, "W1 MariaDB: within 2× of the JDBC floor (Flyway 4.8×, Liquibase 2.4×)", Workload.W1,
                Target.MARIADB, n, Tool.JDBC_FLOOR, 2.0);
        ratio(out, "W2 PostgreSQL: within 3× of the floor (Flyway 13×, Liquibase 22×)", Workload.W2, Target.POSTGRESQL,
                n, Tool.JDBC_FLOOR, 3.0);
        ratio(out, "W2 MariaDB: within 5× of the floor (Flyway 26×)", Workload.W2, Target.MARIADB, n, Tool.JDBC_FLOOR,
                5.0);
        if (counts.size() > 1) {
            int smaller = counts.get(0);
            for (Target target : Target.values()) {
                scaling(out, String.format(Locale.ROOT, "W2 %s: no slower at N=%,d than at N=%,d (±10%%)",
                        target.displayName(), n, smaller), Workload.W2, target, smaller, n, NO_SLOWER_TOLERANCE);
            }
            for (Target target : Target.values()) {
                scaling(out, String.format(Locale.ROOT, "W1 %s: N=%,d within 12× of N=%,d", target.displayName(), n,
                        smaller), Workload.W1, target, smaller, n, 12.0);
            }
        }
        return out.toString();
    }

    private void ratio(StringBuilder out, String goal, Workload workload, Target target, int n, Tool floor,
            double limit) {
        verdict(out, goal, this.table.ratio(workload, target, n, Tool.REVGRAPH, floor, false), limit);
    }

    private void scaling(StringBuilder out, String goal, Workload workload, Target target, int smaller, int larger,
            double limit) {
        verdict(out, goal, this.table.scaling(workload, target, Tool.REVGRAPH, smaller, larger), limit);
    }

    private static void verdict(StringBuilder out, String goal, OptionalDouble measured, double limit) {
        if (measured.isEmpty()) {
            return;
        }
        double value = measured.getAsDouble();
        out.append("| ").append(goal).append(" | ").append(String.format(Locale.ROOT, "%.2f×", value)).append(" | ")
            .append((value <= limit) ? "met" : "**missed**").append(" |\n");
    }
}
