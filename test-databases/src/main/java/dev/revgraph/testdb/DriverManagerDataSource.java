package dev.revgraph.testdb;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

/**
 * A {@link DataSource} that opens a new connection through {@link DriverManager} each time: what a
 * test, the test kit or a benchmark needs, without a pool to configure or to leak.
 */
public final class DriverManagerDataSource implements DataSource {

    private final String url;
    private final @Nullable String user;
    private final @Nullable String password;
    private volatile @Nullable PrintWriter logWriter;
    private volatile int loginTimeout;

    /**
     * Connects to {@code url}, with {@code user} and {@code password} when given (else with whatever the
     * URL carries).
     */
    public DriverManagerDataSource(String url, @Nullable String user, @Nullable String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(@Nullable String username, @Nullable String password) throws SQLException {
        Properties properties = new Properties();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url, properties);
    }

    @Override
    public @Nullable PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(@Nullable PrintWriter out) {
        logWriter = out;
    }

    /** Recorded only: {@link DriverManager}'s login timeout is global to the JVM. */
    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("DriverManagerDataSource does not use java.util.logging");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("DriverManagerDataSource is not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    /** The URL with the value of any password option replaced by {@code ****}, for messages. */
    public String maskedUrl() {
        return JdbcUrl.mask(url);
    }

    @Override
    public String toString() {
        return "DriverManagerDataSource[" + JdbcUrl.mask(url) + ", user " + user + "]";
    }
}
