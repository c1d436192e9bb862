package dev.revgraph.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The CPU time JMH's worker threads spent per operation, beside JMH's wall time: {@code cpu.time}, in
 * ms/op. On a quiet machine the two agree for a single-threaded benchmark. On a shared 2-core machine
 * the wall time includes every wait for the CPU, which a longer operation meets more often: the
 * 10,000 ÷ 1,000 revisions ratio of wall times ranged from 0.8× to 106× from run to run — so a growth
 * goal is better judged on the CPU time. The JIT's and the garbage collector's own threads are not
 * counted. The score is the least of the measured iterations': whatever else runs can only add to an
 * iteration's CPU time (caches and cores shared, a JIT starved of CPU still compiling), never take away.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar GraphBenchmark -prof dev.revgraph.benchmarks.CpuTimeProfiler
 * </pre>
 */
public final class CpuTimeProfiler implements InternalProfiler {

    /** The secondary result's name. */
    public static final String RESULT = "cpu.time";

    /** JMH names its worker threads {@code <benchmark>-jmh-worker-<n>}. */
    private static final String WORKER = "-jmh-worker-";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    /** Each worker's CPU time when the last iteration ended; a worker started since then had none. */
    private final Map<Long, Long> lastNanos = new HashMap<>();

    @Override
    public String getDescription() {
        return "CPU time of JMH's worker threads per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        this.lastNanos.clear();
        workers().forEach(this.lastNanos::put);
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long nanos = 0;
        for (Map.Entry<Long, Long> worker : workers().entrySet()) {
            nanos += worker.getValue() - this.lastNanos.getOrDefault(worker.getKey(), 0L);
        }
        long operations = result.getMetadata().getAllOps();
        if (nanos <= 0 || operations <= 0) {
            return List.of();
        }
        return List.of(new ScalarResult(RESULT, nanos / 1e6 / operations, "ms/op", AggregationPolicy.MIN));
    }

    /** The CPU time of every live worker thread, by thread id. */
    private Map<Long, Long> workers() {
        Map<Long, Long> cpu = new HashMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().contains(WORKER)) {
                long nanos = this.threads.getThreadCpuTime(thread.getId());
                if (nanos >= 0) {
                    cpu.put(thread.getId(), nanos);
                }
            }
        }
        return cpu;
    }
}
