package dev.revgraph.testdb;

/**
 * Creates databases for tests on the servers this JVM was given. Where the server of each kind comes
 * from, in order:
 * <ol>
 * <li>the JDBC URL, credentials included, in {@code REVGRAPH_TEST_POSTGRES_URL} or
 * {@code REVGRAPH_TEST_MARIADB_URL} (an environment variable, or a system property of the same name);
 * its user must be allowed to create databases;</li>
 * <li>else a {@code postgres:15} or {@code mariadb:10.11} container, when Testcontainers is on the
 * test classpath and a Docker engine answers;</li>
 * <li>else none: the test is skipped, or fails when {@code REVGRAPH_TEST_REQUIRE_DATABASES} is
 * {@code true} (as in {@code .ci/run}).</li>
 * </ol>
 * H2 runs in memory and is always there. {@code scripts/dev-databases.sh} prepares the local servers
 * and sets the variables.
 *
 * <p>In a JUnit test, {@link TestDatabaseExtension} creates and drops the database for you. Elsewhere:
 *
 * <pre>{@code
 * try (TestDatabase database = TestDatabases.create(DatabaseKind.MARIADB)) {
 *     runBenchmark(database.dataSource());
 * }
 * }</pre>
 */
public final class TestDatabases {

    /** The setting that turns "no server, skip the test" into "no server, fail the test". */
    public static final String REQUIRE_VARIABLE = DatabaseServers.REQUIRE_VARIABLE;

    private static final DatabaseServers servers = DatabaseServers.fromEnvironment();

    private TestDatabases() {
    }

    /**
     * Creates an empty database of the given kind; closing it drops it.
     * @throws org.opentest4j.TestAbortedException when there is no server of that kind and databases
     * are not required: JUnit reports the test as skipped, with the reason
     * @throws IllegalStateException when there is no server and databases are required, or when the
     * server does not answer or refuses
     */
    public static TestDatabase create(DatabaseKind kind) {
        return servers.server(kind).createDatabase();
    }

    /**
     * Whether missing servers fail tests rather than skip them: {@code REVGRAPH_TEST_REQUIRE_DATABASES}
     * is {@code true}, as an environment variable or a system property. For tests that find their own
     * resources and should follow the same rule.
     */
    public static boolean required() {
        return servers.databasesRequired();
    }
}
