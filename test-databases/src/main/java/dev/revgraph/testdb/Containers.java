package dev.revgraph.testdb;

import java.util.EnumMap;
import java.util.Map;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The only class that names Testcontainers types. One container per kind serves every test class in
 * the JVM, each in a database of its own; Testcontainers removes the containers when the JVM exits.
 */
final class Containers {

    static final String POSTGRES_IMAGE = "postgres:15";

    static final String MARIADB_IMAGE = "mariadb:10.11";

    // Matches what scripts/dev-databases.sh gives the local servers: the concurrency tests open many.
    private static final int MAX_CONNECTIONS = 300;

    private static final Map<DatabaseKind, DatabaseServer> servers = new EnumMap<>(DatabaseKind.class);

    private Containers() {
    }

    static boolean dockerAnswers() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    static synchronized DatabaseServer start(DatabaseKind kind) {
        return servers.computeIfAbsent(kind, Containers::startServer);
    }

    private static DatabaseServer startServer(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> startPostgres();
            case MARIADB -> startMariaDb();
            case H2 -> throw new IllegalArgumentException("H2 needs no container");
        };
    }

    @SuppressWarnings("resource") // lives as long as the JVM
    private static DatabaseServer startPostgres() {
        PostgreSQLContainer container = new PostgreSQLContainer(POSTGRES_IMAGE)
                .withCommand("postgres", "-c", "fsync=off", "-c", "max_connections=" + MAX_CONNECTIONS);
        container.start();
        // The container's user is a superuser.
        return new PostgresServer(JdbcUrl.parse(container.getJdbcUrl()), container.getUsername(),
                container.getPassword(), "Testcontainers (" + POSTGRES_IMAGE + ")");
    }

    @SuppressWarnings("resource") // lives as long as the JVM
    private static DatabaseServer startMariaDb() {
        MariaDBContainer container = new MariaDBContainer(MARIADB_IMAGE)
                .withCommand("--max-connections=" + MAX_CONNECTIONS);
        container.start();
        // The container's user may use only its own database; root shares its password.
        return new MariaDbServer(JdbcUrl.parse(container.getJdbcUrl()), "root", container.getPassword(),
                "Testcontainers (" + MARIADB_IMAGE + ")");
    }
}
