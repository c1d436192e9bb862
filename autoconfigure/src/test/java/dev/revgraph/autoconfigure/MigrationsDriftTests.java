package dev.revgraph.autoconfigure;

import dev.revgraph.autoconfigure.MigrationsAutogenerateAutoConfigurationTests.FeedbackEntities;
import dev.revgraph.diff.Difference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code migrations.drift.on-startup} and the {@link MigrationsDrift} service, on H2. */
@ExtendWith(OutputCaptureExtension.class)
class MigrationsDriftTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrationsAutoConfiguration.class,
                HibernateJpaAutoConfiguration.class, TransactionAutoConfiguration.class,
                MigrationsAutogenerateAutoConfiguration.class))
        .withUserConfiguration(FeedbackEntities.class)
        .withPropertyValues("spring.datasource.url=" + MigrationsAutoConfigurationTests.h2Url());

    @Test
    void failsStartupListingTheDifferencesWhenDriftIsSetToFail() {
        this.contextRunner.withPropertyValues("migrations.locations=classpath:db/drift", "migrations.drift.on-startup=fail")
            .run((context) -> {
                assertThat(context).hasFailed();
                Throwable failure = context.getStartupFailure();
                MigrationsDriftException drift = findCause(failure, MigrationsDriftException.class);
                assertThat(drift.report().differences()).extracting(Difference::describe)
                    .containsExactly("column feedback.rating is in the model but not in the database (integer)");
                FailureAnalysis analysis = new MigrationsDriftFailureAnalyzer().analyze(failure);
                assertThat(analysis.getDescription()).contains("1 difference between the entity model and the database")
                    .contains("column feedback.rating is in the model but not in the database");
                assertThat(analysis.getAction()).contains("migrations revision --autogenerate -m");
            });
    }

    @Test
    void logsTheDifferencesAndStartsWhenDriftIsSetToWarn(CapturedOutput output) {
        this.contextRunner.withPropertyValues("migrations.locations=classpath:db/drift", "migrations.drift.on-startup=warn")
            .run((context) -> {
                assertThat(context).hasNotFailed();
                assertThat(output).contains("1 difference between the entity model and the database")
                    .contains("column feedback.rating is in the model but not in the database")
                    .contains("migrations revision --autogenerate -m");
                assertThat(context.getBean(MigrationsDrift.class).cached()).hasValueSatisfying(
                        (report) -> assertThat(report.status()).isEqualTo(DriftReport.Status.DRIFT));
            });
    }

    @Test
    void startsWhenTheModelAndTheDatabaseAgree(CapturedOutput output) {
        this.contextRunner
            .withPropertyValues("migrations.locations=classpath:db/drift-complete", "migrations.drift.on-startup=fail")
            .run((context) -> {
                assertThat(context).hasNotFailed();
                DriftReport report = context.getBean(MigrationsDrift.class).report();
                assertThat(report.status()).isEqualTo(DriftReport.Status.IN_SYNC);
                assertThat(report.tree()).isEqualTo("main");
                assertThat(report.database()).startsWith("H2 2.");
                assertThat(report.entities()).containsExactly("dev.revgraph.autoconfigure.drift.Feedback");
                assertThat(output).contains("No differences between the entity model and the database");
            });
    }

    @Test
    void doesNotCompareWhenDriftIsOff() {
        this.contextRunner.withPropertyValues("migrations.locations=classpath:db/drift").run((context) -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(MigrationsDrift.class).cached()).isEmpty();
        });
    }

    @Test
    void keepsTheReportUntilRefreshed() {
        this.contextRunner.withPropertyValues("migrations.locations=classpath:db/drift").run((context) -> {
            MigrationsDrift drift = context.getBean(MigrationsDrift.class);
            DriftReport first = drift.report();
            assertThat(first.hasDrift()).isTrue();
            assertThat(drift.report()).isSameAs(first);
            try (var connection = context.getBean(javax.sql.DataSource.class).getConnection();
                    var statement = connection.createStatement()) {
                statement.execute("ALTER TABLE feedback ADD COLUMN rating INTEGER");
            }
            assertThat(drift.report()).isSameAs(first);
            DriftReport refreshed = drift.refresh();
            assertThat(refreshed.status()).isEqualTo(DriftReport.Status.IN_SYNC);
            assertThat(drift.report()).isSameAs(refreshed);
        });
    }

    @Test
    void failsStartupWithoutAModelWhenDriftIsSetToFail() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrationsAutoConfiguration.class,
                    MigrationsAutogenerateAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=" + MigrationsAutoConfigurationTests.h2Url(),
                    "migrations.locations=classpath:db/drift", "migrations.drift.on-startup=fail")
            .run((context) -> {
                assertThat(context).hasFailed();
                MigrationsDriftException drift = findCause(context.getStartupFailure(), MigrationsDriftException.class);
                assertThat(drift.report().status()).isEqualTo(DriftReport.Status.UNAVAILABLE);
                assertThat(new MigrationsDriftFailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
                    .contains("there is no entity model");
            });
    }

    private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
        }
        throw new AssertionError("No " + type.getSimpleName() + " in " + failure, failure);
    }

}
