package dev.revgraph.test;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

/** Opens a new, unpooled connection to a JDBC URL each time: all a check needs. */
final class UrlDataSource implements DataSource {

    private static final Pattern PASSWORD_OPTION =
            Pattern.compile("([?&;][a-z_.-]*password=)[^&;]*", Pattern.CASE_INSENSITIVE);

    private final String url;

    private final @Nullable String user;

    private final @Nullable String password;

    UrlDataSource(String url, @Nullable String user, @Nullable String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The URL with the value of any password option replaced by {@code ****}. */
    static String mask(String url) {
        return PASSWORD_OPTION.matcher(url).replaceAll("$1****");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return (user != null) ? DriverManager.getConnection(url, user, password) : DriverManager.getConnection(url);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    @Override
    public @Nullable PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(@Nullable PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public String toString() {
        return mask(url);
    }
}
