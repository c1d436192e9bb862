package dev.revgraph.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import dev.revgraph.testdb.DatabaseKind;

import org.junit.jupiter.params.provider.Arguments;

import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Where the kill trials halt a run ({@code revgraph.test.halt-at=<phase>:<n>}), tier by tier. */
final class HaltPoints {

    /** The phases of DESIGN.md §4's fault-injection hook. */
    static final List<String> PHASES = List.of("before-statement", "after-statement", "after-bookkeeping",
            "after-commit");

    private HaltPoints() {
    }

    /**
     * (database, phase, n) for each database and phase: n counts statements for the statement phases and
     * steps for the others. Full tier: the first, a random and the last point of every phase; fast tier:
     * the random point of the phases {@code fast} names for the database.
     */
    static Stream<Arguments> of(Random random, int statements, int steps, Map<DatabaseKind, List<String>> fast) {
        List<Arguments> points = new ArrayList<>();
        for (DatabaseKind kind : DatabaseKind.values()) {
            for (String phase : PHASES) {
                int max = phase.endsWith("statement") ? statements : steps;
                int middle = 1 + random.nextInt(max);
                if (Tier.full()) {
                    for (int n : List.of(1, middle, max)) {
                        points.add(arguments(kind, phase, n));
                    }
                }
                else if (fast.get(kind).contains(phase)) {
                    points.add(arguments(kind, phase, middle));
                }
            }
        }
        return points.stream();
    }
}
