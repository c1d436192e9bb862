package dev.revgraph.benchmarks.compare;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * What a tool asks the database through one connection: every query or statement executed (with its
 * SQL and bound parameters) and every {@code DatabaseMetaData} call that returns a result set. Obtain a
 * logged connection with {@link #wrap(Connection)}; the tool sees an ordinary connection.
 *
 * <p>The benchmarks count a tool's statements with it, and the bulk-read floor replays exactly the
 * queries RevGraph's catalog reader was logged running.
 */
final class StatementLog {

    /** A query as it was executed: the SQL and the parameters bound to it, in order. */
    record Query(String sql, List<@Nullable Object> parameters) {
    }

    private final List<Query> queries = new ArrayList<>();

    private int metadataCalls;

    /** The queries and statements executed, in order. */
    List<Query> queries() {
        return List.copyOf(this.queries);
    }

    /** The {@code DatabaseMetaData} calls that returned a result set. */
    int metadataCalls() {
        return this.metadataCalls;
    }

    /** Statements executed plus result-set {@code DatabaseMetaData} calls. */
    int statements() {
        return this.queries.size() + this.metadataCalls;
    }

    void clear() {
        this.queries.clear();
        this.metadataCalls = 0;
    }

    /** {@code connection}, logging into this log. */
    Connection wrap(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = invoke(target, method, args);
            String name = method.getName();
            if (name.equals("prepareStatement") && result instanceof PreparedStatement statement) {
                return prepared(statement, (String) args[0]);
            }
            if (name.equals("createStatement") && result instanceof Statement statement) {
                return plain(statement);
            }
            if (result instanceof DatabaseMetaData metaData) {
                return metaData(metaData, connection);
            }
            return result;
        });
    }

    private PreparedStatement prepared(PreparedStatement statement, String sql) {
        Map<Integer, @Nullable Object> parameters = new TreeMap<>();
        return proxy(PreparedStatement.class, statement, (target, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                parameters.put(index, args[1]);
            }
            else if (name.equals("clearParameters")) {
                parameters.clear();
            }
            else if (name.startsWith("execute") && (args == null || args.length == 0)) {
                this.queries.add(new Query(sql, new ArrayList<>(parameters.values())));
            }
            else if (name.startsWith("execute")) {
                this.queries.add(new Query((String) args[0], List.of()));
            }
            return invoke(target, method, args);
        });
    }

    private Statement plain(Statement statement) {
        return proxy(Statement.class, statement, (target, method, args) -> {
            if (method.getName().startsWith("execute") && args != null && args.length > 0
                    && args[0] instanceof String sql) {
                this.queries.add(new Query(sql, List.of()));
            }
            return invoke(target, method, args);
        });
    }

    private DatabaseMetaData metaData(DatabaseMetaData metaData, Connection connection) {
        Connection logged = wrap(connection);
        return proxy(DatabaseMetaData.class, metaData, (target, method, args) -> {
            if (method.getName().equals("getConnection")) {
                return logged;
            }
            Object result = invoke(target, method, args);
            if (result instanceof ResultSet) {
                this.metadataCalls++;
            }
            return result;
        });
    }

    @FunctionalInterface
    private interface Handler {

        @Nullable Object handle(Object target, Method method, @Nullable Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
        return (T) Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] { type }, invocation);
    }

    private static @Nullable Object invoke(Object target, Method method, @Nullable Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        }
        catch (InvocationTargetException ex) {
            throw ex.getCause();
        }
    }
}
