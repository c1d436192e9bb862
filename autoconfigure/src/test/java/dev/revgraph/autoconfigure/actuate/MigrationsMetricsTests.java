package dev.revgraph.autoconfigure.actuate;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import dev.revgraph.command.CommandContext;
import dev.revgraph.command.MigrationTree;
import dev.revgraph.runtime.MigrationFailedException;
import dev.revgraph.runtime.Migrator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static dev.revgraph.autoconfigure.actuate.TestTrees.A1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** {@link MigrationsMetrics} after real runs, read from a {@link SimpleMeterRegistry}. */
class MigrationsMetricsTests {

    private final MeterRegistry registry = new SimpleMeterRegistry();

    private final AtomicReference<CommandContext> context = new AtomicReference<>();

    private final MigrationsMetrics metrics = new MigrationsMetrics(() -> List.of(this.context.get()));

    @Test
    void pendingGaugeCountsTheRevisionsAnUpgradeWouldRun() {
        MigrationTree tree = TestTrees.main(TestTrees.h2("metrics-pending"));
        this.context.set(TestTrees.context(this.metrics, tree));
        this.metrics.bindTo(this.registry);
        assertThat(pending("main")).isEqualTo(3);
        migrator(tree).upgrade(A1);
        assertThat(pending("main")).isEqualTo(2);
        migrator(tree).upgrade("heads");
        assertThat(pending("main")).isZero();
    }

    @Test
    void stepTimerRecordsEveryStepByTreeDirectionAndStatus() {
        MigrationTree tree = TestTrees.main(TestTrees.h2("metrics-steps"));
        this.context.set(TestTrees.context(this.metrics, tree));
        this.metrics.bindTo(this.registry);
        migrator(tree).upgrade("heads");
        migrator(tree).downgrade("-1");
        assertThat(steps("main", "upgrade", "success")).isEqualTo(3);
        assertThat(steps("main", "downgrade", "success")).isEqualTo(1);
        assertThat(this.registry.get(MigrationsMetrics.STEP).tags("tree", "main", "direction", "upgrade", "status",
                "success").timer().totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
        assertThat(failures("main", "upgrade")).isZero();
    }

    @Test
    void failedStepsAreCountedAndTimedAsFailed() {
        MigrationTree tree = TestTrees.failing(TestTrees.h2("metrics-failures"));
        this.context.set(TestTrees.context(this.metrics, tree));
        this.metrics.bindTo(this.registry);
        assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrator(tree).upgrade("heads"));
        assertThat(steps("failing", "upgrade", "success")).isEqualTo(1);
        assertThat(steps("failing", "upgrade", "failed")).isEqualTo(1);
        assertThat(failures("failing", "upgrade")).isEqualTo(1);
    }

    @Test
    void stepsRunBeforeTheRegistryIsBoundAreRecordedWhenItIs() {
        MigrationTree tree = TestTrees.main(TestTrees.h2("metrics-startup"));
        this.context.set(TestTrees.context(this.metrics, tree));
        migrator(tree).upgrade("heads");
        this.metrics.bindTo(this.registry);
        assertThat(steps("main", "upgrade", "success")).isEqualTo(3);
        migrator(tree).downgrade("-1");
        assertThat(steps("main", "downgrade", "success")).isEqualTo(1);
        assertThat(steps("main", "upgrade", "success")).isEqualTo(3);
    }

    @Test
    void tagsEachStepWithItsOwnTreeWhenThereAreSeveral() {
        DataSource dataSource = TestTrees.h2("metrics-trees");
        MigrationTree main = TestTrees.main(dataSource);
        MigrationTree failing = TestTrees.failing(dataSource);
        this.context.set(TestTrees.context(this.metrics, main, failing));
        this.metrics.bindTo(this.registry);
        migrator(main).upgrade("heads");
        assertThat(steps("main", "upgrade", "success")).isEqualTo(3);
        assertThat(this.registry.find(MigrationsMetrics.STEP).tag("tree", "failing").timers()).isEmpty();
        assertThat(pending("failing")).isEqualTo(2);
    }

    private Migrator migrator(MigrationTree tree) {
        return TestTrees.migrator(this.context.get(), tree, this.metrics);
    }

    private double pending(String tree) {
        return this.registry.get(MigrationsMetrics.PENDING).tag("tree", tree).gauge().value();
    }

    private long steps(String tree, String direction, String status) {
        return this.registry.get(MigrationsMetrics.STEP)
            .tags("tree", tree, "direction", direction, "status", status)
            .timer()
            .count();
    }

    private double failures(String tree, String direction) {
        return this.registry.get(MigrationsMetrics.FAILURES).tags("tree", tree, "direction", direction).counter().count();
    }
}
