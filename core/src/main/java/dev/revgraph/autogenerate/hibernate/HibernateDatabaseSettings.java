package dev.revgraph.autogenerate.hibernate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.revgraph.dialect.Dialect;
import dev.revgraph.dialect.ServerVersion;

/**
 * The settings that make Hibernate choose the dialect it would choose on the live database, without
 * asking the database: its product name and version as its JDBC driver reports them, and JDBC metadata
 * access turned off. Hibernate's own resolver then picks the dialect ({@code PostgreSQLDialect},
 * {@code MariaDBDialect}, {@code H2Dialect}, {@code MySQLDialect}...) for that version, or builds the one
 * {@code hibernate.dialect} names for it.
 */
final class HibernateDatabaseSettings {

    static final String ALLOW_JDBC_METADATA_ACCESS = "hibernate.boot.allow_jdbc_metadata_access";

    static final String DATABASE_PRODUCT_NAME = "jakarta.persistence.database-product-name";

    static final String DATABASE_PRODUCT_VERSION = "jakarta.persistence.database-product-version";

    static final String DATABASE_MAJOR_VERSION = "jakarta.persistence.database-major-version";

    static final String DATABASE_MINOR_VERSION = "jakarta.persistence.database-minor-version";

    /**
     * Settings that would give Hibernate a connection, or a pool of them, to the database: the model is
     * built without one.
     */
    private static final List<String> CONNECTION_PREFIXES = List.of("hibernate.connection.",
            "jakarta.persistence.jdbc.", "javax.persistence.jdbc.");

    private static final List<String> CONNECTION_SETTINGS = List.of("jakarta.persistence.nonJtaDataSource",
            "jakarta.persistence.jtaDataSource", "javax.persistence.nonJtaDataSource",
            "javax.persistence.jtaDataSource", "hibernate.connection.provider_class",
            "hibernate.multi_tenant_connection_provider", "hibernate.temp.use_jdbc_metadata_defaults");

    private HibernateDatabaseSettings() {
    }

    /** {@code properties} without any way to a connection, and with the database {@code dialect} speaks to. */
    static Map<String, Object> forDialect(Map<String, ?> properties, Dialect dialect) {
        Map<String, Object> settings = new HashMap<>();
        properties.forEach((key, value) -> {
            if (value != null && !isConnectionSetting(key)) {
                settings.put(key, value);
            }
        });
        ServerVersion version = dialect.version();
        settings.put(ALLOW_JDBC_METADATA_ACCESS, "false");
        settings.put(DATABASE_PRODUCT_NAME, productName(dialect));
        settings.put(DATABASE_PRODUCT_VERSION, version.toString());
        settings.put(DATABASE_MAJOR_VERSION, String.valueOf(version.major()));
        settings.put(DATABASE_MINOR_VERSION, String.valueOf(version.minor()));
        return settings;
    }

    private static boolean isConnectionSetting(String key) {
        return CONNECTION_SETTINGS.contains(key)
                || CONNECTION_PREFIXES.stream().anyMatch((prefix) -> key.toLowerCase(Locale.ROOT).startsWith(prefix));
    }

    /** The product name the database's JDBC driver reports, which Hibernate's dialect resolver matches. */
    static String productName(Dialect dialect) {
        return switch (dialect.id()) {
            case POSTGRESQL -> "PostgreSQL";
            case MARIADB -> "MariaDB";
            case MYSQL -> "MySQL";
            case H2 -> "H2";
            case SQLSERVER -> "Microsoft SQL Server";
            case ORACLE -> "Oracle";
            case SQLITE -> "SQLite";
        };
    }
}
