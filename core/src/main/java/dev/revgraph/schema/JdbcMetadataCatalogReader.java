package dev.revgraph.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.revgraph.operation.ColumnType.Kind;
import dev.revgraph.operation.ForeignKeyAction;

import org.jspecify.annotations.Nullable;

/**
 * Reads a schema of any database through JDBC's {@code DatabaseMetaData}, for the databases without a
 * reader of their own.
 *
 * <p>It knows less, and costs more, than those readers: {@code DatabaseMetaData} has no check
 * constraints, no sequences and no unique constraints (unique indexes are read as indexes), and asks
 * for primary keys, foreign keys and indexes one table at a time (the JDBC contract takes a table name,
 * not a pattern, there): two calls for the schema plus three per table. Types are the driver's
 * {@code TYPE_NAME} with {@code COLUMN_SIZE} and {@code DECIMAL_DIGITS} where they are parameters, and
 * their family comes from the {@link Types} code.
 */
public class JdbcMetadataCatalogReader implements CatalogReader {

    @Override
    public Schema read(Connection connection, String schemaName, TableFilter filter) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        boolean schemas = metaData.supportsSchemasInTableDefinitions();
        String catalog = schemas ? null : schemaName;
        String schemaPattern = schemas ? escape(schemaName, metaData) : null;
        SchemaAssembler schema = new SchemaAssembler(schemaName, filter);
        try (ResultSet rows = metaData.getTables(catalog, schemaPattern, "%", new String[] { "TABLE" })) {
            while (rows.next()) {
                schema.addTable(rows.getString("TABLE_NAME"), CatalogQueries.getText(rows, "REMARKS"));
            }
        }
        readColumns(metaData, catalog, schemaPattern, schema);
        String schemaOfTables = schemas ? schemaName : null;
        for (String table : schema.tableNames()) {
            SchemaAssembler.Parts parts = schema.table(table);
            readPrimaryKey(metaData, catalog, schemaOfTables, table, parts);
            readForeignKeys(metaData, catalog, schemaOfTables, table, parts);
            readIndexes(metaData, catalog, schemaOfTables, table, parts);
        }
        return schema.build();
    }

    private void readColumns(DatabaseMetaData metaData, @Nullable String catalog, @Nullable String schemaPattern,
            SchemaAssembler schema) throws SQLException {
        Map<String, TreeMap<Integer, TableColumn>> columns = new LinkedHashMap<>();
        try (ResultSet rows = metaData.getColumns(catalog, schemaPattern, "%", "%")) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME");
                if (!schema.hasTable(table)) {
                    continue;
                }
                boolean generated = "YES".equals(rows.getString("IS_GENERATEDCOLUMN"));
                boolean autoIncrement = "YES".equals(rows.getString("IS_AUTOINCREMENT"));
                String defaultExpression = rows.getString("COLUMN_DEF");
                TableColumn column = new TableColumn(rows.getString("COLUMN_NAME"), dataType(rows),
                        rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls, generated ? null : defaultExpression,
                        autoIncrement ? Identity.AUTO_INCREMENT : Identity.NONE, null,
                        generated ? defaultExpression : null, CatalogQueries.getText(rows, "REMARKS"));
                columns.computeIfAbsent(table, (ignored) -> new TreeMap<>())
                    .put(rows.getInt("ORDINAL_POSITION"), column);
            }
        }
        columns.forEach((table, ordered) -> schema.table(table).columns.addAll(ordered.values()));
    }

    /** The column's type from its {@link Types} code, name, size and digits. */
    static DataType dataType(ResultSet row) throws SQLException {
        String name = row.getString("TYPE_NAME");
        Integer size = CatalogQueries.getInteger(row, "COLUMN_SIZE");
        Integer digits = CatalogQueries.getInteger(row, "DECIMAL_DIGITS");
        Kind family = switch (row.getInt("DATA_TYPE")) {
            case Types.SMALLINT -> Kind.SMALLINT;
            case Types.INTEGER -> Kind.INTEGER;
            case Types.BIGINT -> Kind.BIGINT;
            case Types.BOOLEAN -> Kind.BOOLEAN;
            case Types.VARCHAR, Types.NVARCHAR -> Kind.VARCHAR;
            case Types.CHAR, Types.NCHAR -> Kind.CHAR;
            case Types.LONGVARCHAR, Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB -> Kind.CLOB;
            case Types.DECIMAL, Types.NUMERIC -> Kind.DECIMAL;
            case Types.REAL -> Kind.REAL;
            case Types.FLOAT, Types.DOUBLE -> Kind.DOUBLE;
            case Types.DATE -> Kind.DATE;
            case Types.TIME -> Kind.TIME;
            case Types.TIMESTAMP -> Kind.TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> Kind.TIMESTAMP_TZ;
            case Types.VARBINARY -> Kind.BINARY;
            case Types.LONGVARBINARY, Types.BLOB -> Kind.BLOB;
            default -> Kind.RAW;
        };
        return switch (family) {
            case VARCHAR, CHAR, BINARY -> new DataType(name + "(" + size + ")", name, family, size, null, null,
                    size == null);
            case CLOB, BLOB -> new DataType(name, name, family, null, null, null, true);
            case DECIMAL -> new DataType(name + "(" + size + ", " + digits + ")", name, family, null, size, digits,
                    size == null);
            case TIMESTAMP, TIMESTAMP_TZ, TIME -> new DataType(name, name, family, null, digits, null, false);
            default -> DataType.of(name, family);
        };
    }

    private void readPrimaryKey(DatabaseMetaData metaData, @Nullable String catalog, @Nullable String schema,
            String table, SchemaAssembler.Parts parts) throws SQLException {
        TreeMap<Integer, String> columns = new TreeMap<>();
        String name = null;
        try (ResultSet rows = metaData.getPrimaryKeys(catalog, schema, table)) {
            while (rows.next()) {
                columns.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME"));
                name = rows.getString("PK_NAME");
            }
        }
        if (!columns.isEmpty()) {
            parts.primaryKey = new TablePrimaryKey(name, List.copyOf(columns.values()));
        }
    }

    private void readForeignKeys(DatabaseMetaData metaData, @Nullable String catalog, @Nullable String schema,
            String table, SchemaAssembler.Parts parts) throws SQLException {
        Map<String, List<String[]>> keys = new LinkedHashMap<>();
        Map<String, TableForeignKey> shapes = new LinkedHashMap<>();
        try (ResultSet rows = metaData.getImportedKeys(catalog, schema, table)) {
            while (rows.next()) {
                String name = rows.getString("FK_NAME");
                String referencedSchema = rows.getString("PKTABLE_SCHEM");
                if (referencedSchema == null) {
                    referencedSchema = rows.getString("PKTABLE_CAT");
                }
                String key = (name != null) ? name : rows.getString("PKTABLE_NAME");
                keys.computeIfAbsent(key, (ignored) -> new ArrayList<>())
                    .add(new String[] { rows.getString("FKCOLUMN_NAME"), rows.getString("PKCOLUMN_NAME") });
                shapes.putIfAbsent(key, TableForeignKey
                    .of(name, List.of(), referencedSchema, rows.getString("PKTABLE_NAME"), List.of())
                    .actions(action(rows.getInt("DELETE_RULE")), action(rows.getInt("UPDATE_RULE"))));
            }
        }
        shapes.forEach((key, shape) -> parts.foreignKeys.add(new TableForeignKey(shape.name(),
                keys.get(key).stream().map((pair) -> pair[0]).toList(), shape.referencedSchema(),
                shape.referencedTable(), keys.get(key).stream().map((pair) -> pair[1]).toList(), shape.onDelete(),
                shape.onUpdate())));
    }

    private static ForeignKeyAction action(int rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> ForeignKeyAction.CASCADE;
            case DatabaseMetaData.importedKeySetNull -> ForeignKeyAction.SET_NULL;
            case DatabaseMetaData.importedKeySetDefault -> ForeignKeyAction.SET_DEFAULT;
            case DatabaseMetaData.importedKeyRestrict -> ForeignKeyAction.RESTRICT;
            default -> ForeignKeyAction.NO_ACTION;
        };
    }

    private void readIndexes(DatabaseMetaData metaData, @Nullable String catalog, @Nullable String schema,
            String table, SchemaAssembler.Parts parts) throws SQLException {
        Map<String, List<IndexColumn>> columns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        Map<String, String> predicates = new LinkedHashMap<>();
        try (ResultSet rows = metaData.getIndexInfo(catalog, schema, table, false, true)) {
            while (rows.next()) {
                String name = rows.getString("INDEX_NAME");
                if (name == null || rows.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
                    continue;
                }
                String column = rows.getString("COLUMN_NAME");
                columns.computeIfAbsent(name, (ignored) -> new ArrayList<>()).add(new IndexColumn(
                        String.valueOf(column), false, "D".equals(rows.getString("ASC_OR_DESC"))));
                unique.put(name, !rows.getBoolean("NON_UNIQUE"));
                String predicate = rows.getString("FILTER_CONDITION");
                if (predicate != null) {
                    predicates.put(name, predicate);
                }
            }
        }
        TablePrimaryKey primaryKey = parts.primaryKey;
        String primaryKeyName = (primaryKey != null) ? primaryKey.name() : null;
        columns.forEach((name, elements) -> {
            boolean forPrimaryKey = name.equals(primaryKeyName);
            parts.indexes.add(new TableIndex(name, unique.get(name), elements, predicates.get(name), null,
                    forPrimaryKey ? name : null, forPrimaryKey));
        });
    }

    /** {@code name} as a pattern matching only itself. */
    private static String escape(String name, DatabaseMetaData metaData) throws SQLException {
        String escape = metaData.getSearchStringEscape();
        if (escape == null || escape.isEmpty()) {
            return name;
        }
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }
}
