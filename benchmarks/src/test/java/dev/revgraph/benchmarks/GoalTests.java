package dev.revgraph.benchmarks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GoalTests {

    @Test
    void ratioAtOrUnderTheLimitMeetsAnAtMostGoal() {
        assertThat(Goal.atMost("within 2×", 2, new Figure(2.0, Double.NaN)).verdict()).isEqualTo("met");
        assertThat(Goal.atMost("within 2×", 2, new Figure(2.01, Double.NaN)).verdict()).isEqualTo("**missed**");
    }

    @Test
    void ratioAtOrOverTheLimitMeetsAnAtLeastGoal() {
        assertThat(Goal.atLeast("20× slower", 20, new Figure(20, 55)).isMet()).isTrue();
        assertThat(Goal.atLeast("20× slower", 20, new Figure(19, 55)).isMet()).isFalse();
    }

    @Test
    void coldAndWarmAreJudgedApartWhenTheyDisagree() {
        assertThat(Goal.atMost("within 2×", 2, new Figure(2.5, 1.7)).verdict()).isEqualTo("**missed cold**, met warm");
        assertThat(Goal.atMost("within 2×", 2, new Figure(1.5, 2.7)).verdict()).isEqualTo("met cold, **missed warm**");
    }

    @Test
    void goalWithoutAFigureIsNotJudged() {
        Goal goal = Goal.atMost("within 2×", 2, Figure.NONE);
        assertThat(goal.isJudged()).isFalse();
        assertThat(goal.verdict()).isEqualTo("not measured");
    }

    @Test
    void figureShowsColdThenWarmAndADashForWhatWasNotMeasured() {
        assertThat(new Figure(3197, 1694).millis()).isEqualTo("3,197 / 1,694");
        assertThat(new Figure(2.291, Double.NaN).times()).isEqualTo("2.29×");
        assertThat(new Figure(Double.NaN, 9.71).millis()).isEqualTo("— / 9.71");
        assertThat(new Figure(22.4, 76.2).times()).isEqualTo("22× / 76×");
        assertThat(Figure.NONE.times()).isEqualTo("—");
    }
}
