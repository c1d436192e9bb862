package dev.revgraph.autoconfigure.actuate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.revgraph.autoconfigure.MigrationsDrift;
import dev.revgraph.autoconfigure.MigrationsProperties;
import dev.revgraph.command.CommandContext;
import dev.revgraph.command.MigrationTree;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} for the
 * {@code migrations} health contributor: a {@link MigrationsHealthIndicator} for a single tree, or one
 * per tree under {@code migrations} when there are several; the tree {@link MigrationsDrift} compares also
 * reports its drift ({@code DOWN} with {@code migrations.drift.on-startup=fail}). Turned off with
 * {@code management.health.migrations.enabled=false}.
 */
@AutoConfiguration(afterName = "dev.revgraph.autoconfigure.MigrationsAutoConfiguration")
@ConditionalOnClass({ HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
public final class MigrationsHealthContributorAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(CommandContext.class)
    @ConditionalOnEnabledHealthIndicator("migrations")
    static class MigrationsHealthConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = { "migrationsHealthIndicator", "migrationsHealthContributor" })
        HealthContributor migrationsHealthContributor(ObjectProvider<CommandContext> contexts,
                ObjectProvider<MigrationsDrift> drift, ObjectProvider<MigrationsProperties> properties) {
            TreeMigrators migrators = new TreeMigrators();
            MigrationsProperties settings = properties.getIfAvailable();
            boolean driftIsDown = settings != null
                    && settings.getDrift().getOnStartup() == MigrationsProperties.DriftMode.FAIL;
            MigrationsDrift comparison = drift.getIfUnique();
            Map<String, MigrationsHealthIndicator> indicators = new LinkedHashMap<>();
            for (CommandContext context : contexts.orderedStream().toList()) {
                for (MigrationTree tree : context.trees()) {
                    indicators.putIfAbsent(tree.name(),
                            new MigrationsHealthIndicator(context, tree, migrators, comparison, driftIsDown));
                }
            }
            List<MigrationsHealthIndicator> all = List.copyOf(indicators.values());
            return (all.size() == 1) ? all.get(0) : CompositeHealthContributor.fromMap(indicators);
        }
    }
}
