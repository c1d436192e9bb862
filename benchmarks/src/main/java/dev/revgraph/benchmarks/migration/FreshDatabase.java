package dev.revgraph.benchmarks.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.DriverManagerDataSource;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabases;

import org.jspecify.annotations.Nullable;

/**
 * An empty database for one measured run, dropped by {@link #close()}: a new database on the local
 * PostgreSQL or MariaDB server ({@code revgraph-test-databases}), a new H2 file in a scratch directory,
 * or a new H2 in-memory database (which lives only in the JVM that made it).
 *
 * <p>A child JVM receives a server or file database through the environment ({@link #environment()}),
 * so credentials never appear on a command line.
 */
final class FreshDatabase implements AutoCloseable {

    static final String URL_VARIABLE = "REVGRAPH_BENCH_URL";

    static final String USER_VARIABLE = "REVGRAPH_BENCH_USER";

    static final String PASSWORD_VARIABLE = "REVGRAPH_BENCH_PASSWORD";

    private final Target target;

    private final String url;

    private final String user;

    private final String password;

    private final @Nullable TestDatabase server;

    private final @Nullable Path directory;

    private FreshDatabase(Target target, String url, String user, String password, @Nullable TestDatabase server,
            @Nullable Path directory) {
        this.target = target;
        this.url = url;
        this.user = user;
        this.password = password;
        this.server = server;
        this.directory = directory;
    }

    /** A new empty database; H2 files go under {@code scratch}. */
    static FreshDatabase create(Target target, Path scratch) {
        String name = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return switch (target) {
            case POSTGRESQL, MARIADB -> {
                TestDatabase database = TestDatabases.create((DatabaseKind) target.server());
                yield new FreshDatabase(target, database.jdbcUrl(), database.user(), database.password(), database,
                        null);
            }
            case H2_FILE -> {
                Path directory = scratch.resolve(name);
                yield new FreshDatabase(target, "jdbc:h2:file:" + directory.resolve("db").toAbsolutePath(), "sa", "",
                        null, directory);
            }
            case H2_MEMORY -> new FreshDatabase(target, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", null,
                    null);
        };
    }

    /** The database a parent process described in the environment. */
    static FreshDatabase fromEnvironment(Target target) {
        String url = System.getenv(URL_VARIABLE);
        if (url == null) {
            throw new IllegalStateException(URL_VARIABLE + " is not set: the harness passes the database to each run");
        }
        return new FreshDatabase(target, url, System.getenv(USER_VARIABLE), System.getenv(PASSWORD_VARIABLE), null,
                null);
    }

    Target target() {
        return this.target;
    }

    String url() {
        return this.url;
    }

    /** What a child process needs to connect. */
    Map<String, String> environment() {
        return Map.of(URL_VARIABLE, this.url, USER_VARIABLE, this.user, PASSWORD_VARIABLE, this.password);
    }

    /** Plain connections, as every tool gets them. */
    DataSource dataSource() {
        return new DriverManagerDataSource(this.url, this.user, this.password);
    }

    /** Connections whose statements, commits and (on a server) round trips are counted. */
    CountingDataSource countingDataSource() {
        boolean wire = this.target.server() != null;
        String counted = wire ? CountingSocketFactory.instrument(this.url) : this.url;
        return new CountingDataSource(new DriverManagerDataSource(counted, this.user, this.password), wire);
    }

    /** Writes an H2 database's content to {@code script} (SCRIPT TO), to load it elsewhere. */
    void dumpTo(Path script) throws SQLException {
        try (Connection connection = DriverManager.getConnection(this.url, this.user, this.password);
                Statement statement = connection.createStatement()) {
            statement.execute("SCRIPT TO '" + script.toAbsolutePath() + "'");
        }
    }

    /** Loads what {@link #dumpTo(Path)} wrote into this (H2) database. */
    void loadFrom(Path script) throws SQLException {
        try (Connection connection = DriverManager.getConnection(this.url, this.user, this.password);
                Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + script.toAbsolutePath() + "'");
        }
    }

    @Override
    public void close() {
        if (this.server != null) {
            this.server.close();
        }
        else if (this.target == Target.H2_MEMORY) {
            try (Connection connection = DriverManager.getConnection(this.url, this.user, this.password);
                    Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
            catch (SQLException ex) {
                // Gone already.
            }
        }
        else if (this.directory != null && Files.exists(this.directory)) {
            try (Stream<Path> paths = Files.walk(this.directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
    }

    @Override
    public String toString() {
        return this.target.displayName() + " " + this.url.replaceAll("(?i)(password=)[^&;]*", "$1****");
    }
}
