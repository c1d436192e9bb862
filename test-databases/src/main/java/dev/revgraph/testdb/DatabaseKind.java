package dev.revgraph.testdb;

import org.jspecify.annotations.Nullable;

/**
 * The database products RevGraph is tested against.
 */
public enum DatabaseKind {

    /** PostgreSQL 15: {@code REVGRAPH_TEST_POSTGRES_URL}, else the {@code postgres:15} image. */
    POSTGRESQL("postgresql", "PostgreSQL", "REVGRAPH_TEST_POSTGRES_URL"),

    /** MariaDB 10.11: {@code REVGRAPH_TEST_MARIADB_URL}, else the {@code mariadb:10.11} image. */
    MARIADB("mariadb", "MariaDB", "REVGRAPH_TEST_MARIADB_URL"),

    /** H2 in memory: always available. */
    H2("h2", "H2", null);

    private final String id;
    private final String displayName;
    private final @Nullable String urlVariable;

    DatabaseKind(String id, String displayName, @Nullable String urlVariable) {
        this.id = id;
        this.displayName = displayName;
        this.urlVariable = urlVariable;
    }

    /** The lower-case identifier used in file and folder names: {@code postgresql}, {@code mariadb}, {@code h2}. */
    public String id() {
        return id;
    }

    /** The product name as people write it: {@code PostgreSQL}, {@code MariaDB}, {@code H2}. */
    public String displayName() {
        return displayName;
    }

    /**
     * The environment variable (or system property) holding the JDBC URL of a server of this kind,
     * credentials included; {@code null} for H2, which needs no server.
     */
    @Nullable String urlVariable() {
        return urlVariable;
    }

    /** The product name, so that parameterized tests read "PostgreSQL" rather than "POSTGRESQL". */
    @Override
    public String toString() {
        return displayName;
    }
}
