package dev.revgraph.benchmarks.compare;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The {@code DatabaseMetaData} floor of issue 7: what a generic tool reads table by table — the tables
 * of the schema once, then for each table its columns, primary key, indexes and imported foreign keys,
 * every row read into a plain row.
 */
final class MetaDataFloor {

    private MetaDataFloor() {
    }

    /** Reads the connection's current schema (its catalog on MariaDB); returns the rows read. */
    static List<@Nullable Object[]> read(Connection connection) throws SQLException {
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        DatabaseMetaData metaData = connection.getMetaData();
        List<@Nullable Object[]> tables = new ArrayList<>();
        Rows.readAll(metaData.getTables(catalog, schema, "%", new String[] { "TABLE" }), tables);
        List<@Nullable Object[]> rows = new ArrayList<>(tables);
        for (Object[] table : tables) {
            String name = (String) table[2]; // TABLE_NAME
            Rows.readAll(metaData.getColumns(catalog, schema, name, "%"), rows);
            Rows.readAll(metaData.getPrimaryKeys(catalog, schema, name), rows);
            Rows.readAll(metaData.getIndexInfo(catalog, schema, name, false, false), rows);
            Rows.readAll(metaData.getImportedKeys(catalog, schema, name), rows);
        }
        return rows;
    }
}
