package dev.revgraph.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class MissingTreeDataSourceFailureAnalyzerTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrationsAutoConfiguration.class));

    @Test
    void namesTheMissingBeanAndTheDataSourcesThereAre() {
        this.contextRunner.withPropertyValues("migrations.trees.audit.data-source=auditDataSource").run((context) -> {
            FailureAnalysis analysis = new MissingTreeDataSourceFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription())
                .isEqualTo("migrations.trees.audit.data-source names the bean 'auditDataSource', but there is no "
                        + "DataSource bean of that name. The DataSource beans are: dataSource.");
            assertThat(analysis.getAction()).contains("Set migrations.trees.audit.data-source to the name of one of "
                    + "the DataSource beans").contains("define a DataSource bean named 'auditDataSource'");
        });
    }

}
