package dev.revgraph.autoconfigure.actuate;

import dev.revgraph.command.CommandContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests for {@link MigrationsMetricsAutoConfiguration}. */
class MigrationsMetricsAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MigrationsMetricsAutoConfiguration.class))
        .withBean(CommandContext.class, () -> TestTrees.context(TestTrees.main(TestTrees.h2("metrics-auto-configuration"))));

    @Test
    void registersTheMetricsWhenThereIsAMeterRegistry() {
        this.contextRunner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .run((context) -> assertThat(context).hasSingleBean(MigrationsMetrics.class));
    }

    @Test
    void backsOffWithoutAMeterRegistry() {
        this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(MigrationsMetrics.class));
    }

    @Test
    void backsOffWhenTheUserDefinesTheMetrics() {
        this.contextRunner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withBean("customMetrics", MigrationsMetrics.class, () -> new MigrationsMetrics(java.util.List::of))
            .run((context) -> assertThat(context).hasSingleBean(MigrationsMetrics.class).hasBean("customMetrics"));
    }
}
