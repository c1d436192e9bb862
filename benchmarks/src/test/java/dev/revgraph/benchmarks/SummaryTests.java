package dev.revgraph.benchmarks;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryTests {

    @Test
    void rowShowsMediansRatiosGoalsAndVerdicts() {
        Summary summary = new Summary();
        summary.addAll(List.of(new SummaryRow("W1 apply", "PostgreSQL", "1,000", new Figure(9058, Double.NaN),
                new Figure(2.22, Double.NaN), new Figure(1.52, Double.NaN), new Figure(1.33, Double.NaN),
                List.of(Goal.atMost("within 1.5× of the JDBC floor", 1.5, new Figure(2.22, Double.NaN))))));
        assertThat(summary.toMarkdown()).contains("| W1 apply | PostgreSQL | 1,000 | 9,058 | 2.22× | 1.52× | 1.33× "
                + "| within 1.5× of the JDBC floor | 2.22× **missed** |");
        assertThat(summary.tally()).isEqualTo("0 of 1 goals met");
    }

    @Test
    void rowWithoutGoalsSaysSo() {
        Summary summary = new Summary();
        summary.addAll(List.of(new SummaryRow("W1 apply", "H2 memory", "100", new Figure(1277, 832),
                new Figure(2.27, 3.65), Figure.NONE, Figure.NONE,
                List.of(Goal.atMost("unmeasured", 2, Figure.NONE)))));
        assertThat(summary.toMarkdown()).contains("| W1 apply | H2 memory | 100 | 1,277 / 832 | 2.27× / 3.65× | — | — | — | — |");
    }
}
