package dev.revgraph.autoconfigure.actuate;

import dev.revgraph.command.CommandContext;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests for {@link MigrationsEndpointAutoConfiguration}. */
class MigrationsEndpointAutoConfigurationTests {

    private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MigrationsEndpointAutoConfiguration.class))
        .withBean(CommandContext.class, () -> TestTrees.context(TestTrees.main(TestTrees.h2("endpoint-auto-configuration"))));

    @Test
    void registersTheEndpointAndItsWebExtensionWhenExposed() {
        this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=migrations")
            .run((context) -> assertThat(context).hasSingleBean(MigrationsEndpoint.class)
                .hasSingleBean(MigrationsEndpointWebExtension.class));
    }

    @Test
    void backsOffWhenNotExposed() {
        this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class)
            .doesNotHaveBean(MigrationsEndpointWebExtension.class));
    }

    @Test
    void backsOffWhenAccessIsNone() {
        this.contextRunner
            .withPropertyValues("management.endpoints.web.exposure.include=migrations",
                    "management.endpoint.migrations.access=NONE")
            .run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
    }

    @Test
    void backsOffWithoutACommandContext() {
        new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MigrationsEndpointAutoConfiguration.class))
            .withPropertyValues("management.endpoints.web.exposure.include=migrations")
            .run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
    }

    @Test
    void backsOffWhenTheUserDefinesTheEndpoint() {
        this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=migrations")
            .withBean("customMigrationsEndpoint", MigrationsEndpoint.class)
            .run((context) -> assertThat(context).hasSingleBean(MigrationsEndpoint.class)
                .hasBean("customMigrationsEndpoint"));
    }
}
