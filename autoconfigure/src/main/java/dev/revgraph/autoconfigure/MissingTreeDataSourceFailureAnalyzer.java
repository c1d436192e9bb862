package dev.revgraph.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a tree that names a DataSource bean that does not exist.
 */
class MissingTreeDataSourceFailureAnalyzer extends AbstractFailureAnalyzer<MissingTreeDataSourceException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingTreeDataSourceException cause) {
        String description = "migrations.trees." + cause.tree() + ".data-source names the bean '" + cause.beanName()
                + "', but there is no DataSource bean of that name. The DataSource beans are: "
                + (cause.dataSourceBeans().isEmpty() ? "(none)" : String.join(", ", cause.dataSourceBeans())) + ".";
        return new FailureAnalysis(description, "Set migrations.trees." + cause.tree() + ".data-source to the name of "
                + "one of the DataSource beans, define a DataSource bean named '" + cause.beanName() + "', or remove "
                + "the property to migrate the tree on the migrations DataSource.", cause);
    }

}
