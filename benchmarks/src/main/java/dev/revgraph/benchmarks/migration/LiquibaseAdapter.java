package dev.revgraph.benchmarks.migration;

import java.sql.Connection;
import java.util.Map;

import javax.sql.DataSource;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Liquibase as Spring Boot's {@code SpringLiquibase} runs it: a connection from the data source, the
 * database found from it, {@code Liquibase.update(contexts, labels)} on the formatted-SQL changelog.
 * Console output goes to the (silenced) log, as in an application.
 */
final class LiquibaseAdapter implements ToolAdapter {

    @Override
    public void apply(DataSource dataSource, WorkloadFiles files, Target target) throws Exception {
        update(dataSource, files);
    }

    @Override
    public void startUp(DataSource dataSource, WorkloadFiles files, Target target) throws Exception {
        update(dataSource, files);
    }

    private static void update(DataSource dataSource, WorkloadFiles files) throws Exception {
        Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> {
            Connection connection = dataSource.getConnection();
            Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            try (Liquibase liquibase = new Liquibase(WorkloadFiles.LIQUIBASE_CHANGELOG,
                    new DirectoryResourceAccessor(files.liquibase()), database)) {
                liquibase.update(new Contexts(), new LabelExpression());
            }
        });
    }
}
