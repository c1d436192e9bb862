package dev.revgraph.testdb;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.opentest4j.TestAbortedException;

/**
 * Finds the server for each kind, once: the URL in the kind's variable wins; else a container, if an
 * engine answers; else the test is skipped, or fails when {@value #REQUIRE_VARIABLE} is
 * {@code true}.
 */
final class DatabaseServers {

    static final String REQUIRE_VARIABLE = "REVGRAPH_TEST_REQUIRE_DATABASES";

    private final Settings settings;
    private final ContainerEngine containers;
    private final Map<DatabaseKind, Resolution> resolutions = new EnumMap<>(DatabaseKind.class);

    DatabaseServers(Settings settings, ContainerEngine containers) {
        this.settings = settings;
        this.containers = containers;
    }

    /** Reads the system properties and the environment; uses Testcontainers when it can. */
    static DatabaseServers fromEnvironment() {
        Settings settings = Settings.system();
        return new DatabaseServers(settings, new TestcontainersEngine(settings));
    }

    boolean databasesRequired() {
        return settings.isTrue(REQUIRE_VARIABLE);
    }

    /**
     * The server for {@code kind}.
     * @throws TestAbortedException when there is none and databases are not required
     * @throws IllegalStateException when there is none and they are, or when the configured server
     * cannot be used
     */
    DatabaseServer server(DatabaseKind kind) {
        Resolution resolution;
        synchronized (resolutions) {
            resolution = resolutions.computeIfAbsent(kind, this::resolve);
        }
        return resolution.server();
    }

    private Resolution resolve(DatabaseKind kind) {
        if (kind == DatabaseKind.H2) {
            return Resolution.found(new H2Server());
        }
        String variable = Objects.requireNonNull(kind.urlVariable());
        String url = settings.get(variable);
        try {
            if (url != null) {
                return Resolution.found(fromUrl(kind, variable, url));
            }
            String reason = containers.unavailableReason(kind);
            if (reason == null) {
                return Resolution.found(containers.start(kind));
            }
            return databasesRequired() ? Resolution.failed(requiredMessage(kind, variable, reason))
                    : Resolution.skipped(skippedMessage(kind, variable, reason));
        }
        catch (RuntimeException ex) {
            return Resolution.failed("No " + kind.displayName() + " server for the tests: " + ex.getMessage());
        }
    }

    private static DatabaseServer fromUrl(DatabaseKind kind, String variable, String url) {
        JdbcUrl adminUrl;
        try {
            adminUrl = JdbcUrl.parse(url);
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalStateException(variable + ": " + ex.getMessage(), ex);
        }
        String origin = variable + " (" + adminUrl + ")";
        String user = adminUrl.user();
        if (user == null || user.isEmpty()) {
            throw new IllegalStateException(origin + " names no user; put the credentials in the URL: ...?user=...&password=...");
        }
        String password = Objects.requireNonNullElse(adminUrl.password(), "");
        return switch (kind) {
            case POSTGRESQL -> new PostgresServer(adminUrl, user, password, origin);
            case MARIADB -> new MariaDbServer(adminUrl, user, password, origin);
            case H2 -> throw new IllegalArgumentException("H2 needs no server");
        };
    }

    private static String skippedMessage(DatabaseKind kind, String variable, String reason) {
        return "No " + kind.displayName() + " server: " + variable + " is not set and " + reason
                + ". Set it to a JDBC URL with credentials that may create databases (" + exampleUrl(kind)
                + "), or start Docker for Testcontainers; in the RevGraph repository, `source "
                + "scripts/dev-databases.sh` does it for the local servers.";
    }

    private static String requiredMessage(DatabaseKind kind, String variable, String reason) {
        return kind.displayName() + " is required (" + REQUIRE_VARIABLE + "=true), but " + variable
                + " is not set and " + reason + ". Set " + variable + " to a JDBC URL with credentials that "
                + "may create databases (" + exampleUrl(kind) + "), or start Docker for Testcontainers; in the "
                + "RevGraph repository, `source scripts/dev-databases.sh` starts the local servers and exports it.";
    }

    private static String exampleUrl(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> "jdbc:postgresql://127.0.0.1:5432/revgraph?user=revgraph&password=...";
            case MARIADB -> "jdbc:mariadb://127.0.0.1:3306/?user=revgraph&password=...";
            case H2 -> "";
        };
    }

    /** A server, or the message to skip or fail with each time one is asked for. */
    private record Resolution(@Nullable DatabaseServer found, @Nullable String message, boolean skip) {

        static Resolution found(DatabaseServer server) {
            return new Resolution(server, null, false);
        }

        static Resolution skipped(String message) {
            return new Resolution(null, message, true);
        }

        static Resolution failed(String message) {
            return new Resolution(null, message, false);
        }

        // A new exception each time, so that each test's report shows its own stack.
        DatabaseServer server() {
            if (found != null) {
                return found;
            }
            String text = Objects.requireNonNull(message);
            if (skip) {
                throw new TestAbortedException(text);
            }
            throw new IllegalStateException(text);
        }
    }
}
