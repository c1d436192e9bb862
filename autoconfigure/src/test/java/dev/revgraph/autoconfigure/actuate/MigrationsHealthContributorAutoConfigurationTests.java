package dev.revgraph.autoconfigure.actuate;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import dev.revgraph.autoconfigure.MigrationsAutoConfiguration;
import dev.revgraph.autoconfigure.MigrationsAutogenerateAutoConfiguration;
import dev.revgraph.autoconfigure.MigrationsDrift;
import dev.revgraph.autoconfigure.actuate.MigrationsEndpoint.DifferenceDescriptor;
import dev.revgraph.autoconfigure.actuate.MigrationsEndpoint.DriftDescriptor;
import dev.revgraph.autoconfigure.drift.Feedback;
import dev.revgraph.command.CommandContext;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests for {@link MigrationsHealthContributorAutoConfiguration}. */
class MigrationsHealthContributorAutoConfigurationTests {

    private static final DataSource DATA_SOURCE = TestTrees.h2("health-auto-configuration");

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MigrationsHealthContributorAutoConfiguration.class));

    /** An application with a JPA entity whose {@code rating} column {@code db/drift} leaves out. */
    private final ApplicationContextRunner jpaContextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrationsAutoConfiguration.class,
                HibernateJpaAutoConfiguration.class, TransactionAutoConfiguration.class,
                MigrationsAutogenerateAutoConfiguration.class, MigrationsHealthContributorAutoConfiguration.class))
        .withUserConfiguration(DriftEntities.class)
        .withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

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
    void isDownWithTheDifferencesWhenDriftIsSetToFailAndTheLastComparisonFoundDrift() {
        this.jpaContextRunner
            .withPropertyValues("migrations.locations=classpath:db/drift-complete", "migrations.drift.on-startup=fail")
            .run((context) -> {
                assertThat(context).hasNotFailed();
                HealthIndicator health = context.getBean("migrationsHealthContributor", HealthIndicator.class);
                assertThat(health.health().getStatus()).isEqualTo(Status.UP);
                assertThat(health.health().getDetails()).containsEntry("drift", "IN_SYNC");
                try (Connection connection = context.getBean(DataSource.class).getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.execute("ALTER TABLE feedback DROP COLUMN rating");
                }
                assertThat(health.health().getStatus()).as("until compared again").isEqualTo(Status.UP);
                context.getBean(MigrationsDrift.class).refresh();
                Health down = health.health();
                assertThat(down.getStatus()).isEqualTo(Status.DOWN);
                assertThat(down.getDetails().get("drift")).isInstanceOfSatisfying(DriftDescriptor.class, (drift) -> {
                    assertThat(drift.status()).isEqualTo("DRIFT");
                    assertThat(drift.differences()).extracting(DifferenceDescriptor::description)
                        .containsExactly("column feedback.rating is in the model but not in the database (integer)");
                });
                assertThat((String) down.getDetails().get("error")).contains("1 difference")
                    .contains("migrations revision --autogenerate");
            });
    }

    @Test
    void mentionsDriftWithoutChangingTheStatusUnlessDriftIsSetToFail() {
        this.jpaContextRunner.withPropertyValues("migrations.locations=classpath:db/drift", "migrations.drift.on-startup=warn")
            .run((context) -> {
                assertThat(context).hasNotFailed();
                Health health = context.getBean("migrationsHealthContributor", HealthIndicator.class).health();
                assertThat(health.getStatus()).isEqualTo(Status.UP);
                assertThat(health.getDetails()).containsEntry("drift", "DRIFT").doesNotContainKey("error");
            });
    }

    @Test
    void saysNothingOfDriftBeforeAComparison() {
        this.jpaContextRunner.withPropertyValues("migrations.locations=classpath:db/drift").run((context) -> {
            Health health = context.getBean("migrationsHealthContributor", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).doesNotContainKey("drift");
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

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = Feedback.class)
    static class DriftEntities {

    }
}
