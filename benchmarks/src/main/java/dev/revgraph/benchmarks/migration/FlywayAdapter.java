package dev.revgraph.benchmarks.migration;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Flyway as Spring Boot's start-up runs it: {@code migrate()}, which validates first. */
final class FlywayAdapter implements ToolAdapter {

    @Override
    public void apply(DataSource dataSource, WorkloadFiles files, Target target) {
        check(migrate(dataSource, files), files.count());
    }

    @Override
    public void startUp(DataSource dataSource, WorkloadFiles files, Target target) {
        check(migrate(dataSource, files), 0);
    }

    private static MigrateResult migrate(DataSource dataSource, WorkloadFiles files) {
        return Flyway.configure(FlywayAdapter.class.getClassLoader())
            .dataSource(dataSource)
            .locations("filesystem:" + files.flyway().toAbsolutePath())
            .load()
            .migrate();
    }

    private static void check(MigrateResult result, int expected) {
        if (result.migrationsExecuted != expected) {
            throw new IllegalStateException("Flyway ran " + result.migrationsExecuted + " migrations, expected "
                    + expected);
        }
    }
}
