package dev.revgraph.runtime;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * Counts every round trip a migrator makes: statements executed and catalog queries through
 * {@link DatabaseMetaData}.
 */
final class CountingDataSource implements DataSource {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private static final Set<String> CATALOG_QUERIES = Set.of("getTables", "getColumns", "getSchemas", "getCatalogs",
            "getPrimaryKeys", "getIndexInfo");

    private final DataSource target;

    private final AtomicInteger queries = new AtomicInteger();

    private final AtomicInteger commits = new AtomicInteger();

    private final AtomicInteger rowsRead = new AtomicInteger();

    CountingDataSource(DataSource target) {
        this.target = target;
    }

    int queries() {
        return this.queries.get();
    }

    /** Explicit {@code commit()} calls. */
    int commits() {
        return this.commits.get();
    }

    /** Rows read from the result sets of statements (not of catalog queries). */
    int rowsRead() {
        return this.rowsRead.get();
    }

    void reset() {
        this.queries.set(0);
        this.commits.set(0);
        this.rowsRead.set(0);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(this.target.getConnection(), Connection.class);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(this.target.getConnection(username, password), Connection.class);
    }

    private <T> T wrap(T delegate, Class<T> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (EXECUTIONS.contains(name) || (delegate instanceof DatabaseMetaData && CATALOG_QUERIES.contains(name))) {
                this.queries.incrementAndGet();
            }
            if (delegate instanceof Connection && name.equals("commit")) {
                this.commits.incrementAndGet();
            }
            if (delegate instanceof ResultSet && name.equals("next")) {
                Object next = invoke(delegate, method, args);
                if (Boolean.TRUE.equals(next)) {
                    this.rowsRead.incrementAndGet();
                }
                return next;
            }
            Object result = invoke(delegate, method, args);
            if (result instanceof ResultSet resultSet && delegate instanceof Statement && !(result instanceof Proxy)) {
                return wrap(resultSet, ResultSet.class);
            }
            if (result instanceof Statement statement && !(result instanceof Proxy)) {
                return wrap(statement, (Class<Statement>) method.getReturnType());
            }
            if (result instanceof DatabaseMetaData metaData) {
                return wrap(metaData, DatabaseMetaData.class);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { type }, handler));
    }

    private static Object invoke(Object delegate, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(delegate, args);
        }
        catch (InvocationTargetException ex) {
            throw ex.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return this.target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        this.target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        this.target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return this.target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return this.target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return this.target.isWrapperFor(type);
    }
}
