package dev.revgraph.autoconfigure;

import java.util.List;

import dev.revgraph.diff.AutogenerateFilter;
import dev.revgraph.diff.CompareOptions;

/**
 * The compare options {@code migrations.autogenerate.*} gives {@code check}, {@code revision --autogenerate}
 * and drift.
 */
final class AutogenerateSettings {

    private AutogenerateSettings() {
    }

    /**
     * The tables, schemas, types and defaults to compare, and the application's filters. RevGraph's own
     * tables are left out for each tree, by {@code CommandContext.compareOptions(tree)}.
     */
    static CompareOptions compareOptions(MigrationsProperties.Autogenerate autogenerate,
            List<AutogenerateFilter> filters) {
        CompareOptions options = CompareOptions.defaults()
            .compareTypes(autogenerate.isCompareTypes())
            .compareDefaults(autogenerate.isCompareDefaults())
            .includeTables(autogenerate.getIncludeTables().toArray(String[]::new))
            .excludeTables(autogenerate.getExcludeTables().toArray(String[]::new))
            .schemas(autogenerate.getSchemas());
        for (AutogenerateFilter filter : filters) {
            options = options.filter(filter);
        }
        return options;
    }

}
