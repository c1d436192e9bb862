package dev.revgraph.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The combined table of a matrix run: every part's {@link SummaryRow}s in one Markdown table, with the
 * goals each row is judged by and the verdicts.
 */
public final class Summary {

    private final List<SummaryRow> rows = new ArrayList<>();

    public void addAll(List<SummaryRow> rows) {
        this.rows.addAll(rows);
    }

    public List<SummaryRow> rows() {
        return List.copyOf(this.rows);
    }

    /** How many goals were judged, and how many of them were met. */
    public String tally() {
        List<Goal> goals = this.rows.stream().flatMap((row) -> row.goals().stream()).toList();
        long met = goals.stream().filter(Goal::isMet).count();
        return met + " of " + goals.size() + " goals met";
    }

    public String toMarkdown() {
        StringBuilder out = new StringBuilder();
        out.append("| workload | database | size | RevGraph ms, cold / warm | RevGraph ÷ floor, cold / warm "
                + "| Flyway ÷ RevGraph | Liquibase ÷ RevGraph | goal | verdict |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---|---|\n");
        for (SummaryRow row : this.rows) {
            out.append("| ").append(row.workload()).append(" | ").append(row.database()).append(" | ")
                .append(row.size()).append(" | ").append(row.revGraphMillis().millis()).append(" | ")
                .append(row.floorRatio().times()).append(" | ").append(row.flywayRatio().times()).append(" | ")
                .append(row.liquibaseRatio().times()).append(" | ")
                .append(row.goals().isEmpty() ? "—"
                        : row.goals().stream().map(Goal::description).collect(Collectors.joining("; ")))
                .append(" | ")
                .append(row.goals().isEmpty() ? "—" : row.goals().stream()
                    .map((goal) -> goal.measured().times() + " " + goal.verdict())
                    .collect(Collectors.joining("; ")))
                .append(" |\n");
        }
        return out.toString();
    }
}
