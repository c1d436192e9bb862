package dev.revgraph.autoconfigure;

import java.util.List;

import dev.revgraph.diff.AutogenerateFilter;
import dev.revgraph.diff.CompareOptions;
import dev.revgraph.runtime.VersionTableSql;

/**
 * The compare options {@code migrations.autogenerate.*} gives {@code check}, {@code revision --autogenerate}
 * and drift.
 */
final class AutogenerateSettings {

    private AutogenerateSettings() {
    }

    /**
     * The tables, schemas, types and defaults to compare, and the application's filters; never the lock
     * table RevGraph keeps on databases without advisory locks (H2), which belongs to no tree.
     */
    static CompareOptions compareOptions(MigrationsProperties.Autogenerate autogenerate,
            List<AutogenerateFilter> filters) {
        CompareOptions options = CompareOptions.defaults()
            .ignoringTables(VersionTableSql.LOCK_TABLE)
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
