package dev.revgraph.autoconfigure;

import dev.revgraph.command.MigrationTree;
import dev.revgraph.runtime.MigrationSettings;

/**
 * Customizes each tree the auto-configuration builds from {@code migrations.*}, after the properties are
 * applied and before the tree is built. Beans of this type are called in order.
 *
 * <pre>{@code
 * @Bean
 * MigrationTreeCustomizer longerLockWait() {
 *     return (name, tree, settings) -> settings.lockTimeout(Duration.ofMinutes(30));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface MigrationTreeCustomizer {

    /**
     * Customizes the tree called {@code name}.
     * @param name the tree's name ({@code main} for the top-level properties)
     * @param tree the tree's builder: locations, Java packages, DataSource, file template, ...
     * @param settings the tree's runtime settings: tables, schema, transaction mode, lock, timeouts, ...
     */
    void customize(String name, MigrationTree.Builder tree, MigrationSettings.Builder settings);

}
