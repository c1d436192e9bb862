package dev.revgraph.testdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A PostgreSQL or MariaDB server reached through an administrative URL whose user may create
 * databases.
 */
abstract class RemoteServer extends DatabaseServer {

    private final JdbcUrl adminUrl;
    private final String user;
    private final String password;

    RemoteServer(DatabaseKind kind, JdbcUrl adminUrl, String user, String password, String origin) {
        super(kind, origin);
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    /** Opens a connection through the administrative URL, as the user that creates the databases. */
    final Connection connectAdmin() throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        return DriverManager.getConnection(adminUrl.withoutCredentials(), credentials);
    }

    @Override
    void create(String name) throws SQLException {
        execute("CREATE DATABASE " + name);
    }

    @Override
    final TestDatabase database(String name) {
        return new TestDatabase(kind(), name, adminUrl.withDatabase(name), user, password, this);
    }

    final void execute(String sql) throws SQLException {
        try (Connection connection = connectAdmin(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
