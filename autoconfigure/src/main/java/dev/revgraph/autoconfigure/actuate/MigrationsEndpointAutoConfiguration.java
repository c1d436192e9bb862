package dev.revgraph.autoconfigure.actuate;

import java.time.Duration;

import dev.revgraph.command.CommandContext;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} for the
 * {@link MigrationsEndpoint}: on wherever there is a command context and Actuator, read-only unless
 * {@code management.endpoint.migrations.access=unrestricted}.
 */
@AutoConfiguration(afterName = "dev.revgraph.autoconfigure.MigrationsAutoConfiguration")
@ConditionalOnClass({ Endpoint.class, ConditionalOnAvailableEndpoint.class })
public final class MigrationsEndpointAutoConfiguration {

    // nested, so that the Actuator conditions are read only once the classes are known to be there
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(CommandContext.class)
    @ConditionalOnAvailableEndpoint(MigrationsEndpoint.class)
    static class MigrationsEndpointConfiguration {

        /** How long the application's shutdown waits for a run started over HTTP to finish its step. */
        private static final Duration STOP_WAIT = Duration.ofMinutes(5);

        @Bean
        @ConditionalOnMissingBean
        RunningMigrations runningMigrations() {
            return new RunningMigrations(STOP_WAIT);
        }

        @Bean
        @ConditionalOnMissingBean
        MigrationsEndpoint migrationsEndpoint(ApplicationContext context) {
            return new MigrationsEndpoint(context);
        }

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnBean(MigrationsEndpoint.class)
        MigrationsEndpointWebExtension migrationsEndpointWebExtension(MigrationsEndpoint endpoint) {
            return new MigrationsEndpointWebExtension(endpoint);
        }
    }
}
