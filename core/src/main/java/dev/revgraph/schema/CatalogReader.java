package dev.revgraph.schema;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads a schema from a live database's catalog into a {@link Schema}, in bulk: a fixed number of
 * queries per schema (one per kind of object), however many tables it holds. Get one from
 * {@link CatalogReaders}.
 *
 * <pre>{@code
 * CatalogReader reader = CatalogReaders.forConnection(connection);
 * Schema schema = reader.read(connection, reader.currentSchema(connection),
 *         TableFilter.all().excludingTables("revgraph_version", "revgraph_applied", "revgraph_history"));
 * }</pre>
 *
 * A reader only runs queries: it leaves the connection's transaction and settings as they were. A schema
 * that does not exist reads as an empty one.
 */
public interface CatalogReader {

    /**
     * Reads the tables {@code filter} keeps, and the sequences, of one schema.
     * @param connection an open connection, used and left open
     * @param schemaName the schema exactly as the catalog stores it ({@code public} on PostgreSQL,
     * {@code PUBLIC} on H2, the database's name on MariaDB and MySQL)
     * @param filter which tables to keep
     */
    Schema read(Connection connection, String schemaName, TableFilter filter) throws SQLException;

    /** Reads every table of one schema but other tools' ones. */
    default Schema read(Connection connection, String schemaName) throws SQLException {
        return read(connection, schemaName, TableFilter.all());
    }

    /**
     * The schema unqualified names resolve to on {@code connection}: its schema, or its catalog where the
     * driver calls the database that (MariaDB, MySQL).
     */
    default String currentSchema(Connection connection) throws SQLException {
        String schema = connection.getSchema();
        if (schema == null) {
            schema = connection.getCatalog();
        }
        if (schema == null) {
            throw new SQLException("The connection has no current schema; name the schema to read");
        }
        return schema;
    }
}
