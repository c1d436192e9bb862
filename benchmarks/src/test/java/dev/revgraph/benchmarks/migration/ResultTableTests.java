package dev.revgraph.benchmarks.migration;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ResultTableTests {

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertThat(ResultTable.median(List.of(9.0, 1.0, 5.0))).isEqualTo(5.0);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(ResultTable.median(List.of(4.0, 1.0, 10.0, 2.0))).isEqualTo(3.0);
    }

    @Test
    void ratioIsTheMedianOfPerRoundRatiosToTheFloorOfTheSameRound() {
        ResultTable table = new ResultTable(List.of(
                run(0, Tool.JDBC_FLOOR, 100), run(0, Tool.REVGRAPH, 150),
                run(1, Tool.JDBC_FLOOR, 200), run(1, Tool.REVGRAPH, 240),
                run(2, Tool.JDBC_FLOOR, 100), run(2, Tool.REVGRAPH, 300)));
        // Per round: 1.5, 1.2, 3.0; the ratio of the medians would be 240 / 100 = 2.4.
        assertThat(table.ratio(Workload.W1, Target.POSTGRESQL, 100, Tool.REVGRAPH, Tool.JDBC_FLOOR, false))
            .hasValueCloseTo(1.5, within(1e-9));
        assertThat(table.median(Workload.W1, Target.POSTGRESQL, 100, Tool.REVGRAPH, false, RunResult::millis))
            .hasValueCloseTo(240.0, within(1e-9));
    }

    @Test
    void scalingDividesTheColdMediansOfTheLargerAndSmallerN() {
        ResultTable table = new ResultTable(List.of(run(0, Tool.REVGRAPH, 100, 100), run(1, Tool.REVGRAPH, 100, 120),
                run(0, Tool.REVGRAPH, 1000, 1100), run(1, Tool.REVGRAPH, 1000, 1100)));
        assertThat(table.scaling(Workload.W1, Target.POSTGRESQL, Tool.REVGRAPH, 100, 1000))
            .hasValueCloseTo(10.0, within(1e-9));
    }

    @Test
    void marginalCostPerStepIsTheDifferenceOfMediansOverTheDifferenceOfN() {
        ResultTable table = new ResultTable(List.of(run(0, Tool.REVGRAPH, 100, 100), run(0, Tool.REVGRAPH, 1000, 1000)));
        assertThat(table.marginal(Workload.W1, Target.POSTGRESQL, Tool.REVGRAPH, 100, 1000, RunResult::millis))
            .hasValueCloseTo(1.0, within(1e-9));
        assertThat(table.marginalMarkdown()).contains("| W1 | PostgreSQL | RevGraph | 1.000 | 0.00 | 0.00 | 0.00 |");
    }

    @Test
    void markdownRowShowsMediansRatiosAndCounts() {
        ResultTable table = new ResultTable(List.of(run(0, Tool.JDBC_FLOOR, 100), run(0, Tool.REVGRAPH, 250),
                run(1, Tool.JDBC_FLOOR, 100), run(1, Tool.REVGRAPH, 150)));
        assertThat(table.toMarkdown()).contains("| W1 | PostgreSQL | 100 | RevGraph | 200 | 2.00× | — | — | 12 | 3 | 2 "
                + "| 40 | 1 | 1.0 | 2.0 |");
        assertThat(table.toMarkdown()).contains("| W1 | PostgreSQL | 100 | JDBC floor | 100 | 1.00× |");
    }

    @Test
    void summaryRowHasRevGraphsMedianItsRatioToTheFloorThePeersRatiosToItAndItsGoals() {
        ResultTable table = new ResultTable(List.of(run(0, Tool.JDBC_FLOOR, 100), run(0, Tool.REVGRAPH, 200),
                run(0, Tool.FLYWAY, 600), run(0, Tool.LIQUIBASE, 300)));
        assertThat(table.summary()).singleElement().satisfies((row) -> {
            assertThat(row.workload()).isEqualTo("W1 apply");
            assertThat(row.database()).isEqualTo("PostgreSQL");
            assertThat(row.revGraphMillis().cold()).isEqualTo(200.0);
            assertThat(row.floorRatio().cold()).isCloseTo(2.0, within(1e-9));
            assertThat(row.flywayRatio().cold()).isCloseTo(3.0, within(1e-9));
            assertThat(row.liquibaseRatio().cold()).isCloseTo(1.5, within(1e-9));
            assertThat(row.goals()).singleElement().satisfies((goal) -> {
                assertThat(goal.description()).startsWith("within 1.5× of the JDBC floor");
                assertThat(goal.isMet()).isFalse();
            });
        });
    }

    @Test
    void resultLineRoundTrips() {
        RunResult result = run(3, Tool.LIQUIBASE, 1000, 1234.5);
        assertThat(RunResult.fromLine(result.toLine())).isEqualTo(result);
    }

    private static RunResult run(int round, Tool tool, double millis) {
        return run(round, tool, 100, millis);
    }

    private static RunResult run(int round, Tool tool, int count, double millis) {
        return new RunResult(round, Workload.W1, Target.POSTGRESQL, count, tool, false, millis,
                new JdbcCounts(1, 12, 3, 2, 40), 2 * 1024 * 1024, 1024 * 1024);
    }
}
