package dev.revgraph.dialect;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds the {@link Dialect} for a database from what its JDBC driver reports.
 *
 * <pre>{@code
 * Dialect dialect = Dialects.of(connection);                                  // online
 * Dialect offline = Dialects.of(DatabaseId.POSTGRESQL, ServerVersion.of(15, 0)); // upgrade --sql
 * }</pre>
 */
public final class Dialects {

    /** {@code 10.11.6-MariaDB}, also behind the {@code 5.5.5-} prefix MariaDB sends MySQL clients. */
    private static final Pattern MARIADB_VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)-MariaDB",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    private Dialects() {
    }

    /** The dialect of the database {@code connection} is connected to. */
    public static Dialect of(Connection connection) throws SQLException {
        return of(connection.getMetaData());
    }

    /** The dialect of the database {@code metaData} describes. */
    public static Dialect of(DatabaseMetaData metaData) throws SQLException {
        return of(metaData.getDatabaseProductName(), metaData.getDatabaseMajorVersion(),
                metaData.getDatabaseMinorVersion(), metaData.getDatabaseProductVersion());
    }

    /**
     * The dialect for a database as its driver reports it: {@code DatabaseMetaData}'s product name, major
     * and minor version, and product version string (which gives the patch version, and reveals a MariaDB
     * server behind MySQL's driver).
     * @throws UnsupportedByDialectException for a database RevGraph does not know
     */
    public static Dialect of(String productName, int majorVersion, int minorVersion, @Nullable String productVersion) {
        String version = (productVersion != null) ? productVersion : "";
        String product = productName.trim().toLowerCase(Locale.ROOT);
        if (product.equals("mysql") || product.equals("mariadb")) {
            Matcher mariaDb = MARIADB_VERSION.matcher(version);
            if (mariaDb.find()) {
                return new MariaDbDialect(ServerVersion.of(Integer.parseInt(mariaDb.group(1)),
                        Integer.parseInt(mariaDb.group(2)), Integer.parseInt(mariaDb.group(3))));
            }
            ServerVersion server = version(majorVersion, minorVersion, version);
            return product.equals("mariadb") ? new MariaDbDialect(server) : new MySqlDialect(server);
        }
        ServerVersion server = version(majorVersion, minorVersion, version);
        if (product.equals("postgresql")) {
            return new PostgresDialect(server);
        }
        if (product.equals("h2")) {
            return new H2Dialect(server);
        }
        if (product.equals("microsoft sql server")) {
            return new SqlServerDialect(server);
        }
        if (product.equals("oracle")) {
            return new OracleDialect(server);
        }
        if (product.equals("sqlite")) {
            return new SqliteDialect(server);
        }
        throw new UnsupportedByDialectException("RevGraph does not know the database '" + productName + "' ("
                + version + "); it supports PostgreSQL, MariaDB, MySQL, H2, SQL Server, Oracle and SQLite");
    }

    /** The dialect of database {@code id} at {@code version}, for rendering SQL without a connection. */
    public static Dialect of(DatabaseId id, ServerVersion version) {
        return switch (id) {
            case POSTGRESQL -> new PostgresDialect(version);
            case MARIADB -> new MariaDbDialect(version);
            case MYSQL -> new MySqlDialect(version);
            case H2 -> new H2Dialect(version);
            case SQLSERVER -> new SqlServerDialect(version);
            case ORACLE -> new OracleDialect(version);
            case SQLITE -> new SqliteDialect(version);
        };
    }

    /**
     * The reported major and minor version, with the patch version from the version string when that
     * string agrees on the first two (MySQL's {@code 8.0.36}, where 8.0.16 and 8.0.13 matter).
     */
    private static ServerVersion version(int major, int minor, String productVersion) {
        Matcher matcher = VERSION.matcher(productVersion);
        if (matcher.find() && matcher.group(3) != null && Integer.parseInt(matcher.group(1)) == major
                && Integer.parseInt(matcher.group(2)) == minor) {
            return ServerVersion.of(major, minor, Integer.parseInt(matcher.group(3)));
        }
        return ServerVersion.of(major, minor);
    }
}
