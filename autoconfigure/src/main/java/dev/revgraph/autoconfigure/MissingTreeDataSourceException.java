package dev.revgraph.autoconfigure;

import java.util.List;

/**
 * A tree names ({@code migrations.trees.<name>.data-source}) a DataSource bean that does not exist.
 */
final class MissingTreeDataSourceException extends IllegalStateException {

    private final String tree;

    private final String beanName;

    private final List<String> dataSourceBeans;

    MissingTreeDataSourceException(String tree, String beanName, List<String> dataSourceBeans) {
        super("Tree '" + tree + "' migrates the DataSource bean '" + beanName + "', but there is no DataSource bean "
                + "of that name");
        this.tree = tree;
        this.beanName = beanName;
        this.dataSourceBeans = List.copyOf(dataSourceBeans);
    }

    String tree() {
        return this.tree;
    }

    String beanName() {
        return this.beanName;
    }

    /** The names of the DataSource beans there are. */
    List<String> dataSourceBeans() {
        return this.dataSourceBeans;
    }

}
