package dev.revgraph.benchmarks;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GraphResultsTests {

    private final GraphResults results = new GraphResults(List.of(
            new GraphResults.Score("build", 1000, 0.9, 0.1, 0.8),
            new GraphResults.Score("build", 10000, 30.0, 5.0, 9.6),
            new GraphResults.Score("planDowngradeToBase", 1000, 0.5, 0.1, 0.5),
            new GraphResults.Score("planDowngradeToBase", 10000, 7.0, 0.2, 6.5)));

    @Test
    void growthIsTheLargerGraphsCpuTimeOverTheSmallers() {
        assertThat(this.results.growth("build")).isCloseTo(12.0, within(1e-9));
        assertThat(this.results.growth("planDowngradeToBase")).isCloseTo(13.0, within(1e-9));
    }

    @Test
    void summaryJudgesEachBenchmarkAtTheLargestSizeAgainstLinearGrowth() {
        List<SummaryRow> rows = this.results.summary();
        assertThat(rows).extracting(SummaryRow::workload).containsExactly("graph: build", "graph: planDowngradeToBase");
        assertThat(rows.get(0).size()).isEqualTo("10,000");
        assertThat(rows.get(0).revGraphMillis().warm()).isEqualTo(30.0);
        assertThat(rows.get(0).goals()).singleElement().satisfies((goal) -> assertThat(goal.isMet()).isTrue());
        assertThat(rows.get(1).goals()).singleElement().satisfies((goal) -> assertThat(goal.isMet()).isFalse());
    }

    @Test
    void markdownHasAColumnPerSizeAndTheGrowth() {
        assertThat(this.results.toMarkdown())
            .contains("| benchmark | 1,000 revisions | CPU | 10,000 revisions | CPU | 10k ÷ 1k, CPU |")
            .contains("| `build` | 0.900 ± 0.100 ms | 0.800 ms | 30.000 ± 5.000 ms | 9.600 ms | 12× |");
    }
}
