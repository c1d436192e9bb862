package dev.revgraph.reliability;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A DataSource wrapper that logs every piece of SQL handed to the driver through it: every statement
 * prepared ({@code prepareStatement}, {@code prepareCall}, {@code nativeSQL}) and every SQL text executed
 * or batched on a {@link Statement}. Opening connections, session flags ({@code setAutoCommit}, ...) and
 * {@link java.sql.DatabaseMetaData} calls — the catalog reads a driver answers for dialect detection —
 * are not SQL of ours and are logged apart, as metadata.
 *
 * <p>"Zero SQL executed" in this suite means: the log of SQL is empty — no statement of any kind (not
 * even a {@code SET} of session settings or a lock call) reached the driver through the application's
 * DataSource.
 */
final class StatementLog {

    private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "addBatch");

    private static final List<String> sql = new ArrayList<>();

    private static final List<String> metadata = new ArrayList<>();

    private StatementLog() {
    }

    static synchronized void clear() {
        sql.clear();
        metadata.clear();
    }

    /** Every SQL text handed to the driver, in order. */
    static synchronized List<String> sql() {
        return List.copyOf(sql);
    }

    static synchronized List<String> metadata() {
        return List.copyOf(metadata);
    }

    private static synchronized void sql(String text) {
        sql.add(text);
    }

    private static synchronized void metadata(String text) {
        metadata.add(text);
    }

    static DataSource wrap(DataSource dataSource) {
        return proxy(DataSource.class, dataSource, (target, method, args) -> {
            Object result = invoke(target, method, args);
            return (result instanceof Connection connection) ? connection(connection) : result;
        });
    }

    private static Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            String name = method.getName();
            if ((name.equals("prepareStatement") || name.equals("prepareCall") || name.equals("nativeSQL"))
                    && args != null && args[0] instanceof String text) {
                sql(text);
            }
            if (name.equals("getMetaData")) {
                metadata("getMetaData");
            }
            Object result = invoke(target, method, args);
            if (result instanceof CallableStatement statement) {
                return proxy(CallableStatement.class, statement, StatementLog::statement);
            }
            if (result instanceof PreparedStatement statement) {
                return proxy(PreparedStatement.class, statement, StatementLog::statement);
            }
            if (result instanceof Statement statement) {
                return proxy(Statement.class, statement, StatementLog::statement);
            }
            return result;
        });
    }

    private static Object statement(Object target, Method method, Object[] args) throws Throwable {
        if (EXECUTE.contains(method.getName()) && args != null && args.length > 0 && args[0] instanceof String text) {
            sql(text);
        }
        return invoke(target, method, args);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        }
        catch (InvocationTargetException ex) {
            throw ex.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        InvocationHandler invocationHandler = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return invoke(target, method, args);
            }
            return handler.handle(target, method, args);
        };
        return (T) Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] { type },
                invocationHandler);
    }

    @FunctionalInterface
    private interface Handler {

        Object handle(Object target, Method method, Object[] args) throws Throwable;

    }

    /** Wraps the application's DataSource beans in the log. */
    @Configuration(proxyBeanMethods = false)
    static class LoggedDataSource {

        @Bean
        static BeanPostProcessor statementLogPostProcessor() {
            return new BeanPostProcessor() {

                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return (bean instanceof DataSource dataSource) ? wrap(dataSource) : bean;
                }

            };
        }

    }

}
