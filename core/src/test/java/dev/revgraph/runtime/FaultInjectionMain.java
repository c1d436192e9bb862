package dev.revgraph.runtime;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;

import javax.sql.DataSource;

import dev.revgraph.script.RevisionLoader;

/**
 * The child JVM of {@link FaultInjectionTests}: upgrades the database at {@code args[0]} (credentials in
 * the environment, never on the command line) with the revisions in directory {@code args[1]} for
 * vendor {@code args[2]}, with whatever {@code -Drevgraph.test.halt-at} it was started with.
 */
public final class FaultInjectionMain {

    private FaultInjectionMain() {
    }

    public static void main(String[] args) {
        String url = args[0];
        String user = System.getenv("REVGRAPH_CHILD_USER");
        String password = System.getenv("REVGRAPH_CHILD_PASSWORD");
        DataSource dataSource = new SimpleDataSource(url, user, password);
        var revisions = RevisionLoader.forClassLoader(FaultInjectionMain.class.getClassLoader())
            .load(List.of("filesystem:" + args[1]), args[2], List.of());
        Migrator.create(dataSource, revisions, MigrationSettings.defaults(), ProgressListener.to(System.out))
            .upgrade("heads");
        System.exit(0);
    }

    /** A DataSource over DriverManager, for the child JVM. */
    record SimpleDataSource(String url, String user, String password) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(this.url, this.user, this.password);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return DriverManager.getConnection(this.url, username, password);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
