package dev.revgraph.benchmarks;

import java.util.List;

/**
 * One line of the matrix's combined table: a workload on one database at one size, RevGraph's median
 * time, its ratio to the floor measured beside it, how many times slower the peers were, and the goals
 * judged on it. Each part of the matrix makes its lines from its own results.
 *
 * @param workload e.g. "W1 apply", "graph: build"
 * @param database e.g. "PostgreSQL"; "—" where no database is involved
 * @param size N, tables or revisions, as words ("100", "500 tables")
 * @param revGraphMillis RevGraph's median time
 * @param floorRatio RevGraph's time over the floor's (median of per-round ratios)
 * @param flywayRatio Flyway's time over RevGraph's ({@link Figure#NONE} where Flyway does not take part)
 * @param liquibaseRatio Liquibase's time over RevGraph's
 * @param goals the goals judged on this line (none for most H2 lines)
 */
public record SummaryRow(String workload, String database, String size, Figure revGraphMillis, Figure floorRatio,
        Figure flywayRatio, Figure liquibaseRatio, List<Goal> goals) {

    public SummaryRow {
        goals = goals.stream().filter(Goal::isJudged).toList();
    }
}
