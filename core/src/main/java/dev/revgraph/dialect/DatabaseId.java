package dev.revgraph.dialect;

import java.util.Locale;

/** The databases RevGraph knows, by the id used in locations ({@code {vendor}}) and configuration. */
public enum DatabaseId {

    POSTGRESQL("PostgreSQL"),
    MARIADB("MariaDB"),
    MYSQL("MySQL"),
    H2("H2"),
    SQLSERVER("SQL Server"),
    ORACLE("Oracle"),
    SQLITE("SQLite");

    private final String displayName;

    DatabaseId(String displayName) {
        this.displayName = displayName;
    }

    /** The id as written in locations and configuration: {@code postgresql}, {@code mariadb}... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The database's name for people. */
    public String displayName() {
        return displayName;
    }

    /** The database with this {@link #id()}, ignoring case. */
    public static DatabaseId fromId(String id) {
        for (DatabaseId candidate : values()) {
            if (candidate.id().equalsIgnoreCase(id.trim())) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("Unknown database id '" + id + "'; expected one of postgresql, mariadb, "
                + "mysql, h2, sqlserver, oracle, sqlite");
    }
}
