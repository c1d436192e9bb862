package dev.revgraph.benchmarks.migration;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A {@link DataSource} that counts what passes through it: connections, statements (and whether they
 * write), commits, catalog queries. With {@code -Drevgraph.bench.trace=true} it also prints every
 * statement and commit to standard error, which is how the bookkeeping floor was made to match what
 * RevGraph really writes.
 */
final class CountingDataSource implements DataSource {

    private static final Set<String> WRITE_VERBS = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "REPLACE", "UPSERT",
            "CREATE", "ALTER", "DROP", "TRUNCATE", "RENAME", "COMMENT", "GRANT", "REVOKE");

    private static final boolean TRACE = Boolean.getBoolean("revgraph.bench.trace");

    private static final long TRACE_START = System.nanoTime();

    private final DataSource delegate;

    private final boolean wire;

    private final AtomicLong connections = new AtomicLong();

    private final AtomicLong statements = new AtomicLong();

    private final AtomicLong writes = new AtomicLong();

    private final AtomicLong commits = new AtomicLong();

    /**
     * @param delegate the data source to count
     * @param wire whether its connections go through {@link CountingSocketFactory}
     */
    CountingDataSource(DataSource delegate, boolean wire) {
        this.delegate = delegate;
        this.wire = wire;
    }

    /** Zeroes every counter, the wire's included. */
    void reset() {
        this.connections.set(0);
        this.statements.set(0);
        this.writes.set(0);
        this.commits.set(0);
        CountingSocketFactory.reset();
    }

    JdbcCounts counts() {
        return new JdbcCounts(this.connections.get(), this.statements.get(), this.writes.get(), this.commits.get(),
                this.wire ? CountingSocketFactory.roundTrips() : -1);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(this.delegate.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(this.delegate.getConnection(username, password));
    }

    private Connection wrap(Connection connection) throws SQLException {
        this.connections.incrementAndGet();
        trace("connect");
        return proxy(Connection.class, new ConnectionHandler(connection));
    }

    /** Whether {@code sql} changes something: DDL or DML, by its first word. */
    static boolean isWrite(String sql) {
        int start = 0;
        int length = sql.length();
        while (start < length) {
            char c = sql.charAt(start);
            if (Character.isWhitespace(c) || c == '(') {
                start++;
            }
            else if (sql.startsWith("--", start)) {
                int end = sql.indexOf('\n', start);
                start = (end < 0) ? length : end + 1;
            }
            else if (sql.startsWith("/*", start)) {
                int end = sql.indexOf("*/", start);
                start = (end < 0) ? length : end + 2;
            }
            else {
                break;
            }
        }
        int end = start;
        while (end < length && Character.isLetter(sql.charAt(end))) {
            end++;
        }
        return WRITE_VERBS.contains(sql.substring(start, end).toUpperCase(Locale.ROOT));
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] { type },
                handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        }
        catch (InvocationTargetException ex) {
            throw ex.getCause();
        }
    }

    private static void trace(String what) {
        if (TRACE) {
            System.err.printf(Locale.ROOT, "[jdbc %8.1f ms] %s%n", (System.nanoTime() - TRACE_START) / 1e6, what);
        }
    }

    private final class ConnectionHandler implements InvocationHandler {

        private final Connection connection;

        private boolean autoCommit;

        ConnectionHandler(Connection connection) throws SQLException {
            this.connection = connection;
            this.autoCommit = connection.getAutoCommit();
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "commit" -> {
                    CountingDataSource.this.commits.incrementAndGet();
                    trace("commit");
                }
                case "rollback" -> trace("rollback");
                case "setAutoCommit" -> {
                    if ((boolean) args[0] != this.autoCommit) {
                        trace("autocommit " + args[0]);
                    }
                    this.autoCommit = (boolean) args[0];
                }
                case "close" -> trace("close");
                default -> {
                }
            }
            Object result = CountingDataSource.invoke(this.connection, method, args);
            return switch (method.getName()) {
                case "createStatement" -> proxy(Statement.class, new StatementHandler(this, (Statement) result, null));
                case "prepareStatement" -> proxy(PreparedStatement.class,
                        new StatementHandler(this, (Statement) result, (String) args[0]));
                case "prepareCall" -> proxy(CallableStatement.class,
                        new StatementHandler(this, (Statement) result, (String) args[0]));
                case "getMetaData" -> proxy(DatabaseMetaData.class, new MetaDataHandler(proxy, (DatabaseMetaData) result));
                default -> result;
            };
        }

        void executed(String sql) {
            CountingDataSource.this.statements.incrementAndGet();
            if (isWrite(sql)) {
                CountingDataSource.this.writes.incrementAndGet();
                if (this.autoCommit) {
                    CountingDataSource.this.commits.incrementAndGet();
                }
            }
            trace((this.autoCommit ? "[auto] " : "") + sql.strip().replaceAll("\\s+", " "));
        }
    }

    private final class StatementHandler implements InvocationHandler {

        private final ConnectionHandler connection;

        private final Statement statement;

        private final String preparedSql;

        private final List<String> batch = new ArrayList<>();

        StatementHandler(ConnectionHandler connection, Statement statement, String preparedSql) {
            this.connection = connection;
            this.statement = statement;
            this.preparedSql = preparedSql;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            boolean hasSql = args != null && args.length > 0 && args[0] instanceof String;
            if (name.startsWith("execute") && !name.equals("executeBatch") && !name.equals("executeLargeBatch")) {
                this.connection.executed(hasSql ? (String) args[0] : String.valueOf(this.preparedSql));
            }
            else if (name.equals("addBatch")) {
                this.batch.add(hasSql ? (String) args[0] : String.valueOf(this.preparedSql));
            }
            else if (name.equals("clearBatch")) {
                this.batch.clear();
            }
            else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                this.batch.forEach(this.connection::executed);
                this.batch.clear();
            }
            else if (name.equals("getConnection")) {
                CountingDataSource.invoke(this.statement, method, args);
                return proxy(Connection.class, this.connection);
            }
            return CountingDataSource.invoke(this.statement, method, args);
        }
    }

    private final class MetaDataHandler implements InvocationHandler {

        private final Object connectionProxy;

        private final DatabaseMetaData metaData;

        MetaDataHandler(Object connectionProxy, DatabaseMetaData metaData) {
            this.connectionProxy = connectionProxy;
            this.metaData = metaData;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("getConnection")) {
                return this.connectionProxy;
            }
            if (ResultSet.class.isAssignableFrom(method.getReturnType())) {
                CountingDataSource.this.statements.incrementAndGet();
                trace("metadata " + method.getName());
            }
            return CountingDataSource.invoke(this.metaData, method, args);
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return this.delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        this.delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        this.delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return this.delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getLogger("dev.revgraph.benchmarks");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return this.delegate.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || this.delegate.isWrapperFor(type);
    }
}
