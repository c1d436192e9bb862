package dev.revgraph.benchmarks.migration;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One measured run, as a child JVM reports it on one line of standard output
 * ({@code RESULT key=value ...}) and the harness reads it back.
 *
 * @param round the round of the session it belongs to (runs of one round ran side by side)
 * @param workload W1 or W2
 * @param target the database
 * @param count N
 * @param tool the tool
 * @param warm whether this is the warm figure (third run in one JVM) rather than a fresh JVM's first
 * @param millis wall time of the run
 * @param counts statements, commits, round trips of the run
 * @param peakHeapBytes see {@link Measurement}
 * @param allocatedBytes see {@link Measurement}
 */
public record RunResult(int round, Workload workload, Target target, int count, Tool tool, boolean warm, double millis,
        JdbcCounts counts, long peakHeapBytes, long allocatedBytes) {

    static final String PREFIX = "RESULT ";

    String toLine() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("round", String.valueOf(this.round));
        values.put("workload", this.workload.name());
        values.put("db", this.target.option());
        values.put("n", String.valueOf(this.count));
        values.put("tool", this.tool.option());
        values.put("warm", String.valueOf(this.warm));
        values.put("millis", String.format(Locale.ROOT, "%.3f", this.millis));
        values.put("connections", String.valueOf(this.counts.connections()));
        values.put("statements", String.valueOf(this.counts.statements()));
        values.put("writes", String.valueOf(this.counts.writes()));
        values.put("commits", String.valueOf(this.counts.commits()));
        values.put("roundTrips", String.valueOf(this.counts.roundTrips()));
        values.put("peakHeap", String.valueOf(this.peakHeapBytes));
        values.put("allocated", String.valueOf(this.allocatedBytes));
        StringBuilder line = new StringBuilder(PREFIX);
        values.forEach((key, value) -> line.append(key).append('=').append(value).append(' '));
        return line.toString().strip();
    }

    static RunResult fromLine(String line) {
        if (!line.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a result line: " + line);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : line.substring(PREFIX.length()).strip().split("\\s+")) {
            int equals = pair.indexOf('=');
            values.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return new RunResult(Integer.parseInt(values.get("round")), Workload.valueOf(values.get("workload")), Target.fromOption(values.get("db")),
                Integer.parseInt(values.get("n")), Tool.fromOption(values.get("tool")),
                Boolean.parseBoolean(values.get("warm")), Double.parseDouble(values.get("millis")),
                new JdbcCounts(Long.parseLong(values.get("connections")), Long.parseLong(values.get("statements")),
                        Long.parseLong(values.get("writes")), Long.parseLong(values.get("commits")),
                        Long.parseLong(values.get("roundTrips"))),
                Long.parseLong(values.get("peakHeap")), Long.parseLong(values.get("allocated")));
    }
}
