package dev.revgraph.benchmarks;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import dev.revgraph.revision.Plan;
import dev.revgraph.revision.RevisionGraph;
import dev.revgraph.revision.RevisionInfo;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building a revision graph and planning {@code upgrade heads} from an empty database: the work every
 * command and every application start does before touching the database. The cost must grow
 * linearly with the number of revisions.
 *
 * <pre>
 * ./mvnw -q -pl benchmarks -am package -DskipTests &amp;&amp; java -jar benchmarks/target/benchmarks.jar GraphBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GraphBenchmark {

    @Param({ "1000", "10000" })
    int revisions;

    private List<RevisionInfo> infos;

    private RevisionGraph graph;

    @Setup
    public void generate() {
        this.infos = GeneratedGraphs.branchy(this.revisions);
        this.graph = RevisionGraph.of(this.infos);
    }

    @Benchmark
    public RevisionGraph build() {
        return RevisionGraph.of(this.infos);
    }

    @Benchmark
    public Plan buildAndPlanUpgradeFromBase() {
        return RevisionGraph.of(this.infos).planUpgrade(Set.of(), "heads");
    }

    @Benchmark
    public Plan planUpgradeFromBase() {
        return this.graph.planUpgrade(Set.of(), "heads");
    }

    @Benchmark
    public Plan planDowngradeToBase() {
        return this.graph.planDowngrade(this.graph.planUpgrade(Set.of(), "heads").rowsAfter(), "base");
    }
}
