package dev.revgraph.schema;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps a {@link Connection} so that every query sent through it is counted: each {@code execute*} of a
 * statement it creates, and each {@link DatabaseMetaData} call that returns rows.
 */
final class QueryCounter {

    private final AtomicInteger queries = new AtomicInteger();

    private final Connection connection;

    QueryCounter(Connection target) {
        this.connection = proxy(Connection.class, target);
    }

    Connection connection() {
        return connection;
    }

    int queries() {
        return queries.get();
    }

    void reset() {
        queries.set(0);
    }

    private <T> T proxy(Class<T> type, T target) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            Object result = invoke(method, target, arguments);
            if (method.getName().startsWith("execute") && target instanceof Statement) {
                queries.incrementAndGet();
            }
            if (target instanceof DatabaseMetaData && ResultSet.class.isAssignableFrom(method.getReturnType())) {
                queries.incrementAndGet();
            }
            if (result instanceof PreparedStatement statement) {
                return proxy(PreparedStatement.class, statement);
            }
            if (result instanceof Statement statement) {
                return proxy(Statement.class, statement);
            }
            if (result instanceof DatabaseMetaData metaData) {
                return proxy(DatabaseMetaData.class, metaData);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(QueryCounter.class.getClassLoader(), new Class<?>[] { type }, handler));
    }

    private static Object invoke(Method method, Object target, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        }
        catch (InvocationTargetException ex) {
            throw ex.getCause();
        }
    }
}
