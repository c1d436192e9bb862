package dev.revgraph.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class PendingRevisionsFailureAnalyzerTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrationsAutoConfiguration.class));

    @Test
    void listsThePendingRevisionsOfEveryTreeAndSaysHowToApplyThem() {
        this.contextRunner.withPropertyValues("migrations.on-startup=validate", "migrations.trees.audit.order=0")
            .run((context) -> {
                FailureAnalysis analysis = new PendingRevisionsFailureAnalyzer().analyze(context.getStartupFailure());
                assertThat(analysis.getDescription()).contains("migrations.on-startup is validate")
                    .contains("tree main: a1b2c3000001, a1b2c3000002")
                    .contains("tree audit: ad0000000001");
                assertThat(analysis.getAction()).contains("migrations upgrade")
                    .contains("migrations.on-startup=upgrade");
            });
    }

}
