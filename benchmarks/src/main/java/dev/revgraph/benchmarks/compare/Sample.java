package dev.revgraph.benchmarks.compare;

import java.util.Locale;

/**
 * One measured figure of one contender: its round, database, metric ({@code run}, or for RevGraph also
 * {@code model}, {@code read}, {@code compare}), iteration in its JVM (1 = cold), wall time and the
 * statements it sent (queries plus {@code DatabaseMetaData} calls). Passed from {@link CompareRun} to
 * {@link CompareBenchmarks} as a line on standard output.
 */
record Sample(int round, Target target, Contender contender, String metric, int iteration, double millis,
        int statements) {

    static final String PREFIX = "W3|";

    String toLine() {
        return String.format(Locale.ROOT, "%s%d|%s|%s|%s|%d|%.3f|%d", PREFIX, this.round, this.target.option(),
                this.contender.option(), this.metric, this.iteration, this.millis, this.statements);
    }

    static Sample fromLine(String line) {
        String[] parts = line.substring(PREFIX.length()).split("\\|");
        return new Sample(Integer.parseInt(parts[0]), Target.fromOption(parts[1]), Contender.fromOption(parts[2]),
                parts[3], Integer.parseInt(parts[4]), Double.parseDouble(parts[5]), Integer.parseInt(parts[6]));
    }

    boolean cold() {
        return this.iteration == 1;
    }
}
