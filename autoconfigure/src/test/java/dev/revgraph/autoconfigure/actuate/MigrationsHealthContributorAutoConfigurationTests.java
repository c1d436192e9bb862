package dev.revgraph.autoconfigure.actuate;

import javax.sql.DataSource;

import dev.revgraph.command.CommandContext;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests for {@link MigrationsHealthContributorAutoConfiguration}. */
class MigrationsHealthContributorAutoConfigurationTests {

    private static final DataSource DATA_SOURCE = TestTrees.h2("health-auto-configuration");

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MigrationsHealthContributorAutoConfiguration.class));

    @Test
    void registersAnIndicatorForASingleTree() {
        this.contextRunner.withBean(CommandContext.class, () -> TestTrees.context(TestTrees.main(DATA_SOURCE)))
            .run((context) -> assertThat(context).getBean("migrationsHealthContributor")
                .isInstanceOf(MigrationsHealthIndicator.class));
    }

    @Test
    void registersACompositeWithOneIndicatorPerTreeForSeveralTrees() {
        this.contextRunner
            .withBean(CommandContext.class,
                    () -> TestTrees.context(TestTrees.main(DATA_SOURCE), TestTrees.failing(DATA_SOURCE)))
            .run((context) -> {
                CompositeHealthContributor composite = context.getBean("migrationsHealthContributor",
                        CompositeHealthContributor.class);
                assertThat(composite.getContributor("main")).isInstanceOf(MigrationsHealthIndicator.class);
                assertThat(composite.getContributor("failing")).isInstanceOf(MigrationsHealthIndicator.class);
            });
    }

    @Test
    void backsOffWithoutACommandContext() {
        this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean("migrationsHealthContributor"));
    }

    @Test
    void backsOffWhenTheIndicatorIsDisabled() {
        this.contextRunner.withBean(CommandContext.class, () -> TestTrees.context(TestTrees.main(DATA_SOURCE)))
            .withPropertyValues("management.health.migrations.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean("migrationsHealthContributor"));
    }

    @Test
    void backsOffWhenTheUserDefinesTheIndicator() {
        this.contextRunner.withBean(CommandContext.class, () -> TestTrees.context(TestTrees.main(DATA_SOURCE)))
            .withBean("migrationsHealthIndicator", MigrationsHealthIndicator.class,
                    () -> new MigrationsHealthIndicator(TestTrees.context(TestTrees.main(DATA_SOURCE)),
                            TestTrees.main(DATA_SOURCE)))
            .run((context) -> assertThat(context).doesNotHaveBean("migrationsHealthContributor")
                .hasSingleBean(MigrationsHealthIndicator.class));
    }
}
