package dev.revgraph.schema;

import java.sql.Connection;
import java.sql.SQLException;

import dev.revgraph.dialect.Dialect;
import dev.revgraph.dialect.Dialects;
import dev.revgraph.dialect.UnsupportedByDialectException;

/**
 * Finds the {@link CatalogReader} for a database: PostgreSQL, MariaDB, MySQL and H2 have readers of
 * their own; every other database is read through JDBC's {@code DatabaseMetaData}.
 */
public final class CatalogReaders {

    private CatalogReaders() {
    }

    /** The reader for the database {@code dialect} describes. */
    public static CatalogReader forDialect(Dialect dialect) {
        return switch (dialect.id()) {
            case POSTGRESQL -> new PostgresCatalogReader();
            case MARIADB -> MariaDbCatalogReader.forMariaDb();
            case MYSQL -> MariaDbCatalogReader.forMySql();
            case H2 -> new H2CatalogReader();
            default -> new JdbcMetadataCatalogReader();
        };
    }

    /** The reader for the database {@code connection} is connected to. */
    public static CatalogReader forConnection(Connection connection) throws SQLException {
        Dialect dialect;
        try {
            dialect = Dialects.of(connection);
        }
        catch (UnsupportedByDialectException ex) {
            return new JdbcMetadataCatalogReader();
        }
        return forDialect(dialect);
    }
}
