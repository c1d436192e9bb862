package dev.revgraph.testdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Runs against the real servers: skipped without them, failing when they are required and missing.
 */
class TestDatabaseTests {

    // Its own view of the servers, to look at them through the administrative URL.
    private static final DatabaseServers servers = DatabaseServers.fromEnvironment();

    @AllDatabasesTest
    void existsUntilClosed(DatabaseKind kind) throws SQLException {
        TestDatabase database = TestDatabases.create(kind);
        try {
            assertThat(database.kind()).isEqualTo(kind);
            assertThat(database.name()).matches("revgraph_[0-9a-f]{12}");
            assertThat(exists(kind, database.name())).isTrue();
        }
        finally {
            database.close();
        }
        assertThat(exists(kind, database.name())).isFalse();
    }

    @AllDatabasesTest
    void keepsTwoDatabasesApart(DatabaseKind kind) throws SQLException {
        try (TestDatabase first = TestDatabases.create(kind); TestDatabase second = TestDatabases.create(kind)) {
            assertThat(first.name()).isNotEqualTo(second.name());
            try (Connection connection = first.connect(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE isolated (id INT PRIMARY KEY)");
                statement.execute("INSERT INTO isolated (id) VALUES (1)");
            }

            try (Connection connection = second.connect(); Statement statement = connection.createStatement()) {
                assertThatExceptionOfType(SQLException.class).isThrownBy(() -> statement.executeQuery("SELECT id FROM isolated"));
                statement.execute("CREATE TABLE isolated (id INT PRIMARY KEY)");
                assertThat(count(statement, "SELECT COUNT(*) FROM isolated")).isZero();
            }
            try (Connection connection = first.connect(); Statement statement = connection.createStatement()) {
                assertThat(count(statement, "SELECT COUNT(*) FROM isolated")).isOne();
            }
        }
    }

    @AllDatabasesTest
    void dropsADatabaseThatATestLeftInUse(DatabaseKind kind) throws SQLException {
        TestDatabase database = TestDatabases.create(kind);
        Connection leftOpen = database.connect();
        try {
            try (Statement statement = leftOpen.createStatement()) {
                statement.execute("CREATE TABLE busy (id INT PRIMARY KEY)");
                leftOpen.setAutoCommit(false);
                statement.execute("INSERT INTO busy (id) VALUES (1)");
            }

            assertTimeoutPreemptively(Duration.ofSeconds(60), database::close);

            assertThat(exists(kind, database.name())).isFalse();
        }
        finally {
            closeQuietly(leftOpen);
        }
    }

    @AllDatabasesTest
    void connectsThroughItsDataSourceAsItsUser(DatabaseKind kind) throws SQLException {
        try (TestDatabase database = TestDatabases.create(kind); Connection connection = database.dataSource().getConnection()) {
            assertThat(connection.getMetaData().getUserName()).startsWithIgnoringCase(database.user());
            assertThat(connection.getMetaData().getURL()).contains(database.name());
        }
    }

    @AllDatabasesTest
    void refusesNewConnectionsOnceClosed(DatabaseKind kind) {
        TestDatabase database = TestDatabases.create(kind);
        database.close();
        database.close();

        assertThatIllegalStateException().isThrownBy(database::connect).withMessageContaining("was dropped");
    }

    @Test
    void printsItselfWithoutThePassword() {
        TestDatabase database = new TestDatabase(DatabaseKind.POSTGRESQL, "revgraph_0123456789ab",
                "jdbc:postgresql://127.0.0.1:5432/revgraph_0123456789ab", "revgraph", "s3cret", new H2Server());

        assertThat(database).hasToString("PostgreSQL database revgraph_0123456789ab "
                + "(jdbc:postgresql://127.0.0.1:5432/revgraph_0123456789ab, user revgraph)");
        assertThat(database.dataSource().toString()).doesNotContain("s3cret");
    }

    private static boolean exists(DatabaseKind kind, String name) throws SQLException {
        DatabaseServer server = servers.server(kind);
        if (server instanceof H2Server h2) {
            return h2.exists(name);
        }
        String sql = switch (kind) {
            case POSTGRESQL -> "SELECT COUNT(*) FROM pg_database WHERE datname = ?";
            case MARIADB -> "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?";
            case H2 -> throw new IllegalArgumentException();
        };
        try (Connection connection = ((RemoteServer) server).connectAdmin();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1) == 1;
            }
        }
    }

    // The drop may have ended the connection's session already.
    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        }
        catch (SQLException ex) {
            // Nothing to release.
        }
    }

    private static int count(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }
}
