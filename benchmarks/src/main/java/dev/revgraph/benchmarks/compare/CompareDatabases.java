package dev.revgraph.benchmarks.compare;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabases;

import org.jspecify.annotations.Nullable;

/**
 * The two databases W3 needs on one {@link Target}, both made from the W3 DDL: the one every contender
 * reads, and the reference Liquibase's diff compares it with. Dropped by {@link #close()}. A measured
 * JVM finds them in its environment ({@link #environment()}), so credentials stay off command lines.
 */
final class CompareDatabases implements AutoCloseable {

    static final String URL_VARIABLE = "REVGRAPH_W3_URL";

    static final String REFERENCE_URL_VARIABLE = "REVGRAPH_W3_REFERENCE_URL";

    static final String USER_VARIABLE = "REVGRAPH_W3_USER";

    static final String PASSWORD_VARIABLE = "REVGRAPH_W3_PASSWORD";

    private final String url;

    private final String referenceUrl;

    private final String user;

    private final String password;

    private final @Nullable TestDatabase database;

    private final @Nullable TestDatabase reference;

    private CompareDatabases(String url, String referenceUrl, String user, String password,
            @Nullable TestDatabase database, @Nullable TestDatabase reference) {
        this.url = url;
        this.referenceUrl = referenceUrl;
        this.user = user;
        this.password = password;
        this.database = database;
        this.reference = reference;
    }

    /** Makes both databases on {@code target} (H2 files under {@code scratch}) and runs {@code schema}'s DDL in each. */
    static CompareDatabases create(Target target, CompareSchema schema, Path scratch) throws SQLException {
        CompareDatabases databases;
        if (target.server() != null) {
            TestDatabase database = TestDatabases.create(target.server());
            TestDatabase reference = TestDatabases.create(target.server());
            databases = new CompareDatabases(database.jdbcUrl(), reference.jdbcUrl(), database.user(),
                    database.password(), database, reference);
        }
        else {
            databases = new CompareDatabases(h2(scratch, "w3"), h2(scratch, "w3-reference"), "sa", "", null, null);
        }
        try {
            for (String url : new String[] { databases.url, databases.referenceUrl }) {
                try (Connection connection = DriverManager.getConnection(url, databases.user, databases.password);
                        Statement statement = connection.createStatement()) {
                    for (String ddl : schema.ddl()) {
                        statement.execute(ddl);
                    }
                }
            }
        }
        catch (SQLException | RuntimeException ex) {
            databases.close();
            throw ex;
        }
        return databases;
    }

    private static String h2(Path scratch, String name) {
        return "jdbc:h2:file:" + scratch.resolve(name).resolve("db").toAbsolutePath();
    }

    /** The databases a parent process described in the environment. */
    static CompareDatabases fromEnvironment() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null) {
            throw new IllegalStateException(URL_VARIABLE + " is not set: CompareBenchmarks passes the databases");
        }
        return new CompareDatabases(url, System.getenv(REFERENCE_URL_VARIABLE), System.getenv(USER_VARIABLE),
                System.getenv(PASSWORD_VARIABLE), null, null);
    }

    /** A new connection to the database the contenders read. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(this.url, this.user, this.password);
    }

    /** A new connection to Liquibase's reference database. */
    Connection connectReference() throws SQLException {
        return DriverManager.getConnection(this.referenceUrl, this.user, this.password);
    }

    Map<String, String> environment() {
        return Map.of(URL_VARIABLE, this.url, REFERENCE_URL_VARIABLE, this.referenceUrl, USER_VARIABLE, this.user,
                PASSWORD_VARIABLE, this.password);
    }

    @Override
    public void close() {
        // H2 files are deleted with the scratch directory
        if (this.database != null) {
            this.database.close();
        }
        if (this.reference != null) {
            this.reference.close();
        }
    }
}
