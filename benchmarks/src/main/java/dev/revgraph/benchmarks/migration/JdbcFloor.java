package dev.revgraph.benchmarks.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * The floor: plain JDBC. W1 runs the same statements on one connection in autocommit, and keeps no
 * record; W2 opens a connection and reads the version table once (the database was brought to head by
 * RevGraph, so the table is RevGraph's {@code revgraph_version}).
 */
final class JdbcFloor implements ToolAdapter {

    @Override
    public void apply(DataSource dataSource, WorkloadFiles files, Target target) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            for (String sql : files.statements()) {
                statement.execute(sql);
            }
        }
    }

    @Override
    public void startUp(DataSource dataSource, WorkloadFiles files, Target target) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version_num FROM revgraph_version")) {
            if (!rows.next()) {
                throw new IllegalStateException("The version table is empty");
            }
        }
    }

    @Override
    public void prepareAtHead(DataSource dataSource, WorkloadFiles files, Target target) throws Exception {
        new RevGraphAdapter().apply(dataSource, files, target);
    }
}
