package dev.revgraph.command;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.revgraph.dialect.DatabaseId;
import dev.revgraph.dialect.Dialect;
import dev.revgraph.dialect.Dialects;
import dev.revgraph.dialect.ServerVersion;

import org.jspecify.annotations.Nullable;

/**
 * How {@code --sql} writes SQL with no connection: for which database ({@code --dialect}, else the one
 * the tree's JDBC URL names) and which server version ({@code --server-version}, else a current one).
 *
 * @param databaseId the database, or {@code null} for the tree's
 * @param serverVersion the server version, or {@code null} for the default of that database
 */
public record SqlOptions(@Nullable DatabaseId databaseId, @Nullable ServerVersion serverVersion) {

    private static final Pattern VERSION = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");

    /** The dialect to write for. */
    public Dialect dialect(MigrationTree tree) {
        DatabaseId id = (this.databaseId != null) ? this.databaseId : tree.databaseId();
        if (id == null) {
            throw new CommandUsageException("Offline SQL needs a database to write for: give --dialect "
                    + "(postgresql, mariadb, mysql, h2, sqlserver, oracle, sqlite) or a --url that names one");
        }
        return Dialects.of(id, (this.serverVersion != null) ? this.serverVersion : defaultVersion(id));
    }

    /** The version assumed when none is given: a current release of each database. */
    public static ServerVersion defaultVersion(DatabaseId id) {
        return switch (id) {
            case POSTGRESQL -> ServerVersion.of(15, 0);
            case MARIADB -> ServerVersion.of(10, 11);
            case MYSQL -> ServerVersion.of(8, 0, 36);
            case H2 -> ServerVersion.of(2, 4);
            case SQLSERVER -> ServerVersion.of(16, 0);
            case ORACLE -> ServerVersion.of(19, 0);
            case SQLITE -> ServerVersion.of(3, 45);
        };
    }

    /** {@code 15}, {@code 10.11} or {@code 8.0.36}. */
    public static ServerVersion parseVersion(String text) {
        Matcher matcher = VERSION.matcher(text.strip());
        if (!matcher.matches()) {
            throw new CommandUsageException("Server version '" + text + "' is not a version like 15, 10.11 or 8.0.36");
        }
        return ServerVersion.of(Integer.parseInt(matcher.group(1)),
                (matcher.group(2) != null) ? Integer.parseInt(matcher.group(2)) : 0,
                (matcher.group(3) != null) ? Integer.parseInt(matcher.group(3)) : 0);
    }

    /** The database named {@code name}: {@code postgresql}, {@code mariadb}... */
    public static DatabaseId parseDatabaseId(String name) {
        try {
            return DatabaseId.fromId(name);
        }
        catch (IllegalArgumentException ex) {
            throw new CommandUsageException(ex.getMessage());
        }
    }
}
