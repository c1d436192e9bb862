package dev.revgraph.reliability;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabases;

import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Server;

/**
 * An empty database that several JVMs can reach: PostgreSQL and MariaDB from {@link TestDatabases}; H2
 * either in memory behind a TCP server in this JVM (for concurrent instances) or as an embedded file that
 * one process at a time opens (for crashes: the process that dies is the database engine too, as in an
 * application on an embedded database). Closing it drops it.
 */
final class TrialDatabase implements AutoCloseable {

    private static Server h2Server;

    private final DatabaseKind kind;

    private final String url;

    private final String user;

    private final String password;

    private final DataSource dataSource;

    private final AutoCloseable drop;

    private TrialDatabase(DatabaseKind kind, String url, String user, String password, DataSource dataSource,
            AutoCloseable drop) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        this.dataSource = dataSource;
        this.drop = drop;
    }

    /** A database of {@code kind} that concurrent processes share (H2: in memory behind a TCP server). */
    static TrialDatabase shared(DatabaseKind kind) {
        if (kind != DatabaseKind.H2) {
            TestDatabase database = TestDatabases.create(kind);
            return new TrialDatabase(kind, database.jdbcUrl(), database.user(), database.password(),
                    database.dataSource(), database);
        }
        String name = "rel_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = "jdbc:h2:tcp://127.0.0.1:" + h2Port() + "/mem:" + name + ";DB_CLOSE_DELAY=-1";
        DataSource dataSource = h2(url, "sa", "");
        return new TrialDatabase(kind, url, "sa", "", dataSource, () -> shutdown(dataSource));
    }

    /**
     * A database of {@code kind} for crash trials: H2 is an embedded file in {@code directory}, opened by
     * one process at a time. H2 writes its commits to the file in the background (within its write delay,
     * 500 ms by default), so a killed process loses its latest commits, all of them together; with
     * {@code durable} the URL sets {@code WRITE_DELAY=0}, so that a commit is on disk when it returns and the
     * state a halt leaves can be predicted.
     */
    static TrialDatabase forCrashes(DatabaseKind kind, Path directory, boolean durable) {
        if (kind != DatabaseKind.H2) {
            return shared(kind);
        }
        String url = "jdbc:h2:file:" + directory.resolve("db").toAbsolutePath() + (durable ? ";WRITE_DELAY=0" : "");
        DataSource dataSource = h2(url, "sa", "");
        return new TrialDatabase(kind, url, "sa", "", dataSource, () -> shutdown(dataSource));
    }

    /** An H2 file database with the given credentials (the no-secrets trials choose the password). */
    static TrialDatabase h2File(Path directory, String user, String password) {
        String url = "jdbc:h2:file:" + directory.resolve("db").toAbsolutePath();
        DataSource dataSource = h2(url, user, password);
        return new TrialDatabase(DatabaseKind.H2, url, user, password, dataSource, () -> shutdown(dataSource));
    }

    DatabaseKind kind() {
        return this.kind;
    }

    String url() {
        return this.url;
    }

    String user() {
        return this.user;
    }

    String password() {
        return this.password;
    }

    DataSource dataSource() {
        return this.dataSource;
    }

    Connection connect() throws SQLException {
        return this.dataSource.getConnection();
    }

    /** The database id RevGraph uses for it: postgresql, mariadb, h2. */
    String vendor() {
        return this.kind.id();
    }

    /** {@code spring.datasource.*} for the application. */
    Map<String, String> springProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", this.url);
        properties.put("spring.datasource.username", this.user);
        properties.put("spring.datasource.password", this.password);
        return properties;
    }

    void execute(String... statements) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    @Override
    public void close() throws Exception {
        this.drop.close();
    }

    @Override
    public String toString() {
        return this.kind.displayName();
    }

    private static synchronized int h2Port() {
        if (h2Server == null) {
            try {
                h2Server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-tcpDaemon").start();
            }
            catch (SQLException ex) {
                throw new IllegalStateException("Could not start an H2 TCP server", ex);
            }
        }
        return h2Server.getPort();
    }

    private static DataSource h2(String url, String user, String password) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    private static void shutdown(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        catch (SQLException ex) {
            // already gone
        }
    }

}
