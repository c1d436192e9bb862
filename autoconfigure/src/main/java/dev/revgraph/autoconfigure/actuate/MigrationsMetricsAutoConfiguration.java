package dev.revgraph.autoconfigure.actuate;

import dev.revgraph.command.CommandContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} for
 * {@link MigrationsMetrics}: the pending gauge, the step timer and the failure counter. The bean is also a
 * {@link dev.revgraph.runtime.MigrationListener}, which the migrations auto-configuration adds to the
 * command context, so that every run — at start-up, from the command line, through the endpoint — is
 * timed.
 */
@AutoConfiguration(afterName = { "dev.revgraph.autoconfigure.MigrationsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass({ MeterRegistry.class, MeterBinder.class })
@ConditionalOnBean({ MeterRegistry.class, CommandContext.class })
public final class MigrationsMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MigrationsMetrics migrationsMetrics(ObjectProvider<CommandContext> contexts) {
        // asked lazily: the command context takes this bean as a listener
        return new MigrationsMetrics(() -> contexts.orderedStream().toList());
    }
}
