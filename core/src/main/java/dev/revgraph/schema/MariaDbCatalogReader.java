package dev.revgraph.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import dev.revgraph.operation.ColumnType.Kind;

import org.jspecify.annotations.Nullable;

/**
 * Reads a MariaDB or MySQL database (their schema) from {@code information_schema} in five queries
 * (tables, columns, keys, checks, indexes), plus one for the settings of all its sequences when it has
 * any (MariaDB keeps them in the sequences themselves: one {@code UNION ALL} reads them all).
 *
 * <p>What MariaDB reports: {@code COLUMN_TYPE} with the display width ({@code int(11)},
 * {@code bigint(20)}, {@code int(10) unsigned}), and {@code BOOLEAN} as {@code tinyint(1)}; {@code JSON}
 * as {@code longtext} with a check {@code json_valid(`doc`)} named after the column, read here as a
 * {@link Kind#JSON} column and an {@link TableCheckConstraint#implicit() implicit} check. Since 10.2.7
 * {@code COLUMN_DEFAULT} is an expression: strings quoted ({@code 'draft'}, {@code 'it''s'}), functions as
 * written back ({@code current_timestamp(6)}), the word {@code NULL} for a nullable column declared
 * without default or with {@code DEFAULT NULL}, and SQL {@code NULL} for a {@code NOT NULL} column without
 * default; kept exactly so. (MySQL writes strings unquoted and no default as SQL {@code NULL}.) Comments
 * are empty strings when absent, read as none. A unique index is also listed as a unique constraint of
 * the same name, and the index InnoDB creates for a foreign key carries the constraint's name; both
 * indexes are marked {@link TableIndex#implicit() implicit}. Tables of type {@code SEQUENCE} are
 * sequences; views are left out.
 */
public class MariaDbCatalogReader implements CatalogReader {

    private static final Map<String, Kind> FAMILIES = Map.ofEntries(Map.entry("smallint", Kind.SMALLINT),
            Map.entry("int", Kind.INTEGER), Map.entry("bigint", Kind.BIGINT), Map.entry("varchar", Kind.VARCHAR),
            Map.entry("char", Kind.CHAR), Map.entry("tinytext", Kind.TEXT), Map.entry("text", Kind.TEXT),
            Map.entry("mediumtext", Kind.TEXT), Map.entry("longtext", Kind.TEXT), Map.entry("decimal", Kind.DECIMAL),
            Map.entry("float", Kind.REAL), Map.entry("double", Kind.DOUBLE), Map.entry("date", Kind.DATE),
            Map.entry("time", Kind.TIME), Map.entry("datetime", Kind.TIMESTAMP),
            Map.entry("timestamp", Kind.TIMESTAMP_TZ), Map.entry("varbinary", Kind.BINARY),
            Map.entry("tinyblob", Kind.BLOB), Map.entry("blob", Kind.BLOB), Map.entry("mediumblob", Kind.BLOB),
            Map.entry("longblob", Kind.BLOB), Map.entry("uuid", Kind.UUID), Map.entry("json", Kind.JSON));

    /** The limits implied by the names of the text and blob types; the long ones are unbounded. */
    private static final Map<String, Integer> IMPLIED_LENGTHS = Map.of("tinytext", 255, "text", 65535,
            "mediumtext", 16777215, "tinyblob", 255, "blob", 65535, "mediumblob", 16777215);

    private static final String TABLES = """
            SELECT TABLE_NAME, TABLE_TYPE, TABLE_COMMENT FROM information_schema.TABLES
            WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME""";

    // Each query's values are read by position, in the order of its select list: by label, the driver
    // lower-cases and looks up the label for every value (a schema of 500 tables has 40,000 values).

    private static final int TABLE_NAME = 1, TABLE_TYPE = 2, TABLE_COMMENT = 3;

    private static final String COLUMNS = """
            SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, GENERATION_EXPRESSION,
                COLUMN_COMMENT
            FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION""";

    private static final int COLUMN_TABLE = 1, COLUMN_NAME = 2, COLUMN_TYPE = 3, COLUMN_NULLABLE = 4,
            COLUMN_DEFAULT = 5, COLUMN_EXTRA = 6, COLUMN_GENERATION = 7, COLUMN_COMMENT = 8;

    /** Primary keys ({@code PRIMARY}), unique constraints and foreign keys, one row per column. */
    private static final String KEYS = """
            SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA,
                k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.UPDATE_RULE, r.DELETE_RULE
            FROM information_schema.KEY_COLUMN_USAGE k
            LEFT JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = ?
                AND r.TABLE_NAME = k.TABLE_NAME AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
                AND k.REFERENCED_TABLE_NAME IS NOT NULL
            WHERE k.TABLE_SCHEMA = ?
            ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.REFERENCED_TABLE_NAME, k.ORDINAL_POSITION""";

    private static final int KEY_TABLE = 1, KEY_NAME = 2, KEY_COLUMN = 3, KEY_REFERENCED_SCHEMA = 4,
            KEY_REFERENCED_TABLE = 5, KEY_REFERENCED_COLUMN = 6, KEY_UPDATE_RULE = 7, KEY_DELETE_RULE = 8;

    private static final String MARIADB_CHECKS = """
            SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS
            WHERE CONSTRAINT_SCHEMA = ? ORDER BY TABLE_NAME, CONSTRAINT_NAME""";

    /** MySQL's CHECK_CONSTRAINTS has no table name: check names are unique in a schema there. */
    private static final String MYSQL_CHECKS = """
            SELECT t.TABLE_NAME, c.CONSTRAINT_NAME, c.CHECK_CLAUSE
            FROM information_schema.CHECK_CONSTRAINTS c
            JOIN information_schema.TABLE_CONSTRAINTS t ON t.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA
                AND t.CONSTRAINT_NAME = c.CONSTRAINT_NAME AND t.CONSTRAINT_TYPE = 'CHECK'
            WHERE c.CONSTRAINT_SCHEMA = ? AND t.TABLE_SCHEMA = ? ORDER BY t.TABLE_NAME, c.CONSTRAINT_NAME""";

    /** The positions in either check query. */
    private static final int CHECK_TABLE = 1, CHECK_NAME = 2, CHECK_CLAUSE = 3;

    private static final String INDEXES = """
            SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, %s AS EXPRESSION, COLLATION, SUB_PART, INDEX_TYPE
            FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ?
            ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX""";

    private static final int INDEX_TABLE = 1, INDEX_NAME = 2, INDEX_NON_UNIQUE = 3, INDEX_COLUMN = 4,
            INDEX_EXPRESSION = 5, INDEX_COLLATION = 6, INDEX_SUB_PART = 7, INDEX_TYPE = 8;

    private final boolean mySql;

    private MariaDbCatalogReader(boolean mySql) {
        this.mySql = mySql;
    }

    /** The reader for MariaDB. */
    public static MariaDbCatalogReader forMariaDb() {
        return new MariaDbCatalogReader(false);
    }

    /** The reader for MySQL (8.0.16 and later, for check constraints). */
    public static MariaDbCatalogReader forMySql() {
        return new MariaDbCatalogReader(true);
    }

    @Override
    public Schema read(Connection connection, String schemaName, TableFilter filter) throws SQLException {
        SchemaAssembler schema = new SchemaAssembler(schemaName, filter);
        List<String> sequences = new ArrayList<>();
        CatalogQueries.forEachRow(connection, TABLES, List.of(schemaName), (row) -> {
            String type = row.getString(TABLE_TYPE);
            if (type.equals("SEQUENCE")) {
                sequences.add(row.getString(TABLE_NAME));
            }
            else if (!type.equals("VIEW") && !type.equals("SYSTEM VIEW")) {
                schema.addTable(row.getString(TABLE_NAME), CatalogQueries.getText(row, TABLE_COMMENT));
            }
        });
        Map<String, DataType> types = new HashMap<>(); // a schema has a handful of distinct column types
        CatalogQueries.forEachRow(connection, COLUMNS, List.of(schemaName), (row) -> addColumn(schema, row, types));
        Set<String> foreignKeys = new HashSet<>();
        readKeys(connection, schemaName, schema, foreignKeys);
        CatalogQueries.forEachRow(connection, mySql ? MYSQL_CHECKS : MARIADB_CHECKS,
                mySql ? List.of(schemaName, schemaName) : List.of(schemaName), (row) -> addCheck(schema, row));
        readIndexes(connection, schemaName, schema, foreignKeys);
        if (!sequences.isEmpty()) {
            readSequences(connection, schemaName, sequences, schema);
        }
        return schema.build();
    }

    private void addColumn(SchemaAssembler schema, ResultSet row, Map<String, DataType> types) throws SQLException {
        SchemaAssembler.Parts table = schema.table(row.getString(COLUMN_TABLE));
        if (table == null) {
            return;
        }
        String extra = String.valueOf(row.getString(COLUMN_EXTRA)).toLowerCase(Locale.ROOT);
        String columnType = row.getString(COLUMN_TYPE);
        DataType type = types.get(columnType);
        if (type == null) {
            type = dataType(columnType);
            types.put(columnType, type);
        }
        table.columns.add(new TableColumn(row.getString(COLUMN_NAME), type,
                row.getString(COLUMN_NULLABLE).equals("YES"), row.getString(COLUMN_DEFAULT),
                extra.contains("auto_increment") ? Identity.AUTO_INCREMENT : Identity.NONE, null,
                CatalogQueries.getText(row, COLUMN_GENERATION), CatalogQueries.getText(row, COLUMN_COMMENT)));
    }

    /** The type {@code COLUMN_TYPE} wrote, parsed. */
    static DataType dataType(String columnType) {
        TypeSyntax syntax = TypeSyntax.parse(columnType);
        String name = syntax.key();
        if (name.equals("tinyint") && syntax.parameters().equals(List.of(1))) {
            return new DataType(columnType, syntax.name(), Kind.BOOLEAN, null, null, null, false);
        }
        Integer implied = IMPLIED_LENGTHS.get(name);
        if (implied != null) {
            return new DataType(columnType, syntax.name(), FAMILIES.get(name), implied, null, null, false);
        }
        return syntax.toDataType(columnType, FAMILIES.getOrDefault(name, Kind.RAW));
    }

    private void readKeys(Connection connection, String schemaName, SchemaAssembler schema, Set<String> foreignKeys)
            throws SQLException {
        Map<String, KeyRows> keys = new LinkedHashMap<>();
        CatalogQueries.forEachRow(connection, KEYS, List.of(schemaName, schemaName), (row) -> {
            String table = row.getString(KEY_TABLE);
            if (!schema.hasTable(table)) {
                return;
            }
            String referencedTable = row.getString(KEY_REFERENCED_TABLE);
            String name = row.getString(KEY_NAME);
            String id = table + '\0' + name + '\0' + (referencedTable != null);
            KeyRows key = keys.get(id);
            if (key == null) {
                key = new KeyRows(table, name);
                keys.put(id, key);
            }
            key.columns.add(row.getString(KEY_COLUMN));
            if (referencedTable != null) {
                key.referencedSchema = row.getString(KEY_REFERENCED_SCHEMA);
                key.referencedTable = referencedTable;
                key.referencedColumns.add(row.getString(KEY_REFERENCED_COLUMN));
                key.onDelete = row.getString(KEY_DELETE_RULE);
                key.onUpdate = row.getString(KEY_UPDATE_RULE);
            }
        });
        for (KeyRows key : keys.values()) {
            SchemaAssembler.Parts table = schema.table(key.table);
            if (key.referencedTable != null) {
                foreignKeys.add(key.table + '\0' + key.name);
                table.foreignKeys.add(new TableForeignKey(key.name, key.columns, key.referencedSchema,
                        key.referencedTable, key.referencedColumns, CatalogQueries.action(key.onDelete),
                        CatalogQueries.action(key.onUpdate)));
            }
            else if (key.name.equals("PRIMARY")) {
                table.primaryKey = new TablePrimaryKey(key.name, key.columns);
            }
            else {
                table.uniqueConstraints.add(new TableUniqueConstraint(key.name, key.columns));
            }
        }
    }


    private void addCheck(SchemaAssembler schema, ResultSet row) throws SQLException {
        SchemaAssembler.Parts table = schema.table(row.getString(CHECK_TABLE));
        if (table == null) {
            return;
        }
        String name = row.getString(CHECK_NAME);
        String clause = row.getString(CHECK_CLAUSE);
        boolean json = false;
        for (int i = 0; i < table.columns.size(); i++) {
            TableColumn column = table.columns.get(i);
            if (column.name().equals(name) && column.type().name().equalsIgnoreCase("longtext")
                    && clause.equals("json_valid(" + quote(name) + ")")) {
                table.columns.set(i, column.type(column.type().withFamily(Kind.JSON)));
                json = true;
            }
        }
        table.checkConstraints.add(new TableCheckConstraint(name, clause, json));
    }

    private void readIndexes(Connection connection, String schemaName, SchemaAssembler schema,
            Set<String> foreignKeys) throws SQLException {
        Map<String, IndexRows> indexes = new LinkedHashMap<>();
        String sql = INDEXES.formatted(mySql ? "EXPRESSION" : "NULL");
        CatalogQueries.forEachRow(connection, sql, List.of(schemaName), (row) -> {
            String table = row.getString(INDEX_TABLE);
            if (!schema.hasTable(table)) {
                return;
            }
            String name = row.getString(INDEX_NAME);
            String id = table + '\0' + name;
            IndexRows index = indexes.get(id);
            if (index == null) {
                index = new IndexRows(table, name, row.getInt(INDEX_NON_UNIQUE) == 0, row.getString(INDEX_TYPE));
                indexes.put(id, index);
            }
            String column = row.getString(INDEX_COLUMN);
            Integer prefix = CatalogQueries.getInteger(row, INDEX_SUB_PART);
            boolean descending = "D".equals(row.getString(INDEX_COLLATION));
            if (column == null) {
                index.columns.add(new IndexColumn(String.valueOf(row.getString(INDEX_EXPRESSION)), true, descending));
            }
            else {
                index.columns.add(new IndexColumn((prefix != null) ? column + "(" + prefix + ")" : column, false,
                        descending));
            }
        });
        for (IndexRows index : indexes.values()) {
            SchemaAssembler.Parts table = schema.table(index.table);
            // PRIMARY and unique indexes are the constraints themselves; InnoDB names a foreign key's index after it
            boolean constraint = index.unique || foreignKeys.contains(index.table + '\0' + index.name);
            table.indexes.add(new TableIndex(index.name, index.unique, index.columns, null, index.method,
                    constraint ? index.name : null, constraint));
        }
    }

    /** Reads every sequence's settings in one query: a {@code UNION ALL} of one row from each. */
    private void readSequences(Connection connection, String schemaName, List<String> names, SchemaAssembler schema)
            throws SQLException {
        StringJoiner union = new StringJoiner(" UNION ALL ");
        List<String> parameters = new ArrayList<>();
        for (String name : names) {
            union.add("SELECT ? AS sequence_name, start_value, increment, minimum_value, maximum_value, cache_size, "
                    + "cycle_option FROM " + quote(schemaName) + "." + quote(name));
            parameters.add(name);
        }
        CatalogQueries.forEachRow(connection, union.toString(), parameters,
                (row) -> schema.addSequence(new Sequence(null, row.getString("sequence_name"), null,
                        row.getLong("start_value"), row.getLong("increment"), row.getLong("minimum_value"),
                        row.getLong("maximum_value"), row.getLong("cache_size"), row.getInt("cycle_option") != 0,
                        null, false)));
    }

    private static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /** The rows of one key, in column order. */
    private static final class KeyRows {

        final String table;

        final String name;

        final List<String> columns = new ArrayList<>();

        @Nullable String referencedSchema;

        @Nullable String referencedTable;

        final List<String> referencedColumns = new ArrayList<>();

        @Nullable String onDelete;

        @Nullable String onUpdate;

        KeyRows(String table, String name) {
            this.table = table;
            this.name = name;
        }
    }

    /** The rows of one index, in column order. */
    private record IndexRows(String table, String name, boolean unique, @Nullable String method,
            List<IndexColumn> columns) {

        IndexRows(String table, String name, boolean unique, @Nullable String method) {
            this(table, name, unique, method, new ArrayList<>());
        }
    }
}
