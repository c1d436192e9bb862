package dev.revgraph.testdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

/**
 * A database made for one test class, dropped by {@link #close()}. Obtain one from
 * {@link TestDatabaseExtension} in a JUnit test, or from {@link TestDatabases#create(DatabaseKind)}:
 *
 * <pre>{@code
 * try (TestDatabase database = TestDatabases.create(DatabaseKind.POSTGRESQL);
 *         Connection connection = database.connect()) {
 *     connection.createStatement().execute("CREATE TABLE feedback (id INT PRIMARY KEY)");
 * }
 * }</pre>
 *
 * The database is empty when handed out, and the user owns it (on PostgreSQL and MariaDB it may
 * also create further databases). {@link #toString()} and every message leave the password out.
 */
public final class TestDatabase implements AutoCloseable {

    private final DatabaseKind kind;
    private final String name;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final DataSource dataSource;
    private final DatabaseServer server;
    private final AtomicBoolean closed = new AtomicBoolean();

    TestDatabase(DatabaseKind kind, String name, String jdbcUrl, String user, String password, DatabaseServer server) {
        this.kind = kind;
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.dataSource = new DriverManagerDataSource(jdbcUrl, user, password);
        this.server = server;
    }

    public DatabaseKind kind() {
        return kind;
    }

    /** The database's name on its server, {@code revgraph_} and twelve random hex digits. */
    public String name() {
        return name;
    }

    /**
     * The JDBC URL of this database, without credentials (use {@link #user()} and {@link #password()}),
     * e.g. {@code jdbc:postgresql://127.0.0.1:5432/revgraph_3f9a0c1b2d4e}.
     */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** A {@link DataSource} that opens a new, unpooled connection to this database each time. */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Opens a new connection to this database; the caller closes it.
     * @throws IllegalStateException if the database was dropped
     */
    public Connection connect() throws SQLException {
        if (closed.get()) {
            throw new IllegalStateException(this + " was dropped");
        }
        return dataSource.getConnection();
    }

    /**
     * Drops the database, ending any session still connected to it. Only the first call does
     * anything.
     * @throws IllegalStateException if the server refused to drop it
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                server.drop(name);
            }
            catch (SQLException ex) {
                throw new IllegalStateException("Could not drop " + this + ": " + ex.getMessage(), ex);
            }
        }
    }

    @Override
    public String toString() {
        return kind.displayName() + " database " + name + " (" + JdbcUrl.mask(jdbcUrl) + ", user " + user + ")";
    }
}
