package dev.revgraph.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.revgraph.operation.ColumnType.Kind;

import org.jspecify.annotations.Nullable;

/**
 * Reads an H2 2.x schema from its {@code INFORMATION_SCHEMA} in ten queries, one per catalog table
 * (tables, columns, the values of {@code ENUM} columns, table constraints, key columns, referential
 * constraints, checks, indexes, index columns, sequences), joined here rather than in SQL: H2 builds its catalog tables row by row on each
 * lookup, so a join between two of them can cost a full build of the inner one per outer row.
 *
 * <p>What H2 reports: {@code DATA_TYPE} in the standard's words ({@code CHARACTER VARYING},
 * {@code TIMESTAMP WITH TIME ZONE}, {@code NUMERIC} also for a declared {@code DECIMAL}) with the length
 * and precisions in columns of their own, from which the native type is written back
 * ({@code CHARACTER VARYING(100)}, {@code NUMERIC(10, 2)}, {@code TIMESTAMP(6)}); a {@code VARCHAR}
 * without length as 1,000,000,000 characters (H2's maximum, read as unbounded), a {@code CLOB} as
 * {@code Long.MAX_VALUE}; {@code NUMERIC_PRECISION} of integers and floating point types in bits (32 for
 * {@code INTEGER}, 53 for {@code DOUBLE PRECISION}), which says nothing declared and is not kept; the
 * fractional-second precision of time types always, 6 when none was declared; an {@code ENUM} column's
 * values apart ({@code ENUM_VALUES}, by the column's {@code DTD_IDENTIFIER}), from which its type is
 * written back as {@code ENUM('A', 'B')}. Unquoted names are stored
 * in upper case; names H2 chooses are {@code CONSTRAINT_2} (primary key), {@code CONSTRAINT_2F} (unique),
 * {@code CONSTRAINT_C} (check), and for the indexes behind constraints {@code PRIMARY_KEY_2},
 * {@code CONSTRAINT_INDEX_2}, {@code FK_NAME_INDEX_C}, which its catalog marks {@code IS_GENERATED} and
 * which are read as {@link TableIndex#implicit() implicit}. Check clauses come back with quoted names
 * ({@code "SCORE" >= 0}). Identity columns' sequences are not in H2's catalog, so they have none here.
 */
public class H2CatalogReader implements CatalogReader {

    /** H2's longest character string, what a {@code VARCHAR} without length gets. */
    private static final long MAX_STRING_LENGTH = 1_000_000_000L;

    private static final Map<String, Kind> FAMILIES = Map.ofEntries(Map.entry("SMALLINT", Kind.SMALLINT),
            Map.entry("INTEGER", Kind.INTEGER), Map.entry("BIGINT", Kind.BIGINT), Map.entry("BOOLEAN", Kind.BOOLEAN),
            Map.entry("CHARACTER VARYING", Kind.VARCHAR), Map.entry("CHARACTER", Kind.CHAR),
            Map.entry("CHARACTER LARGE OBJECT", Kind.CLOB), Map.entry("NUMERIC", Kind.DECIMAL),
            Map.entry("DECIMAL", Kind.DECIMAL), Map.entry("REAL", Kind.REAL),
            Map.entry("DOUBLE PRECISION", Kind.DOUBLE),
            Map.entry("DATE", Kind.DATE), Map.entry("TIME", Kind.TIME), Map.entry("TIMESTAMP", Kind.TIMESTAMP),
            Map.entry("TIMESTAMP WITH TIME ZONE", Kind.TIMESTAMP_TZ), Map.entry("UUID", Kind.UUID),
            Map.entry("BINARY VARYING", Kind.BINARY), Map.entry("BINARY LARGE OBJECT", Kind.BLOB),
            Map.entry("JSON", Kind.JSON));

    private static final String TABLES = """
            SELECT TABLE_NAME, TABLE_TYPE, REMARKS FROM INFORMATION_SCHEMA.TABLES
            WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME""";

    private static final String COLUMNS = """
            SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, DATETIME_PRECISION,
                DECLARED_NUMERIC_PRECISION, DECLARED_NUMERIC_SCALE, IS_NULLABLE, COLUMN_DEFAULT, IS_IDENTITY,
                IDENTITY_GENERATION, IS_GENERATED, GENERATION_EXPRESSION, REMARKS, DTD_IDENTIFIER
            FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION""";

    /** The values of the schema's {@code ENUM} columns, by table and the column's {@code DTD_IDENTIFIER}. */
    private static final String ENUM_VALUES = """
            SELECT OBJECT_NAME, ENUM_IDENTIFIER, VALUE_NAME FROM INFORMATION_SCHEMA.ENUM_VALUES
            WHERE OBJECT_SCHEMA = ? AND OBJECT_TYPE = 'TABLE' ORDER BY OBJECT_NAME, ENUM_IDENTIFIER, VALUE_ORDINAL""";

    private static final String CONSTRAINTS = """
            SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE, INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS
            WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, CONSTRAINT_NAME""";

    /** The schema's key columns, and those of the keys its foreign keys reference in other schemas. */
    private static final String KEY_COLUMNS = """
            SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME, TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME
            FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE
            WHERE CONSTRAINT_SCHEMA = ? OR CONSTRAINT_SCHEMA IN (SELECT UNIQUE_CONSTRAINT_SCHEMA
                FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?)
            ORDER BY CONSTRAINT_SCHEMA, CONSTRAINT_NAME, ORDINAL_POSITION""";

    private static final String REFERENTIAL_CONSTRAINTS = """
            SELECT CONSTRAINT_NAME, UNIQUE_CONSTRAINT_SCHEMA, UNIQUE_CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE
            FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?""";

    private static final String CHECKS = """
            SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS
            WHERE CONSTRAINT_SCHEMA = ?""";

    private static final String INDEXES = """
            SELECT TABLE_NAME, INDEX_NAME, INDEX_TYPE_NAME, IS_GENERATED FROM INFORMATION_SCHEMA.INDEXES
            WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, INDEX_NAME""";

    private static final String INDEX_COLUMNS = """
            SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME, ORDERING_SPECIFICATION FROM INFORMATION_SCHEMA.INDEX_COLUMNS
            WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, INDEX_NAME, ORDINAL_POSITION""";

    private static final String SEQUENCES = """
            SELECT SEQUENCE_NAME, DATA_TYPE, START_VALUE, INCREMENT, MINIMUM_VALUE, MAXIMUM_VALUE, CACHE, CYCLE_OPTION
            FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = ? ORDER BY SEQUENCE_NAME""";

    @Override
    public Schema read(Connection connection, String schemaName, TableFilter filter) throws SQLException {
        SchemaAssembler schema = new SchemaAssembler(schemaName, filter);
        List<String> parameters = List.of(schemaName);
        CatalogQueries.forEachRow(connection, TABLES, parameters, (row) -> {
            if (row.getString("TABLE_TYPE").equals("BASE TABLE")) {
                schema.addTable(row.getString("TABLE_NAME"), row.getString("REMARKS"));
            }
        });
        Map<String, List<String>> enumValues = new HashMap<>();
        CatalogQueries.forEachRow(connection, ENUM_VALUES, parameters, (row) -> enumValues
            .computeIfAbsent(row.getString("OBJECT_NAME") + '\0' + row.getString("ENUM_IDENTIFIER"),
                    (ignored) -> new ArrayList<>())
            .add(row.getString("VALUE_NAME")));
        CatalogQueries.forEachRow(connection, COLUMNS, parameters, (row) -> addColumn(schema, row, enumValues));
        Map<String, String> constraintOfIndex = readConstraints(connection, schemaName, schema);
        Map<String, IndexColumns> indexColumns = new HashMap<>();
        CatalogQueries.forEachRow(connection, INDEX_COLUMNS, parameters, (row) -> {
            String index = row.getString("INDEX_NAME");
            indexColumns.computeIfAbsent(index, (ignored) -> new IndexColumns()).columns.add(new IndexColumn(
                    row.getString("COLUMN_NAME"), false, "DESC".equals(row.getString("ORDERING_SPECIFICATION"))));
        });
        CatalogQueries.forEachRow(connection, INDEXES, parameters, (row) -> {
            SchemaAssembler.Parts table = schema.table(row.getString("TABLE_NAME"));
            if (table != null) {
                String name = row.getString("INDEX_NAME");
                String type = row.getString("INDEX_TYPE_NAME");
                IndexColumns columns = indexColumns.getOrDefault(name, new IndexColumns());
                table.indexes.add(new TableIndex(name, !type.equals("INDEX"), columns.columns, null, null,
                        constraintOfIndex.get(name), row.getBoolean("IS_GENERATED")));
            }
        });
        CatalogQueries.forEachRow(connection, SEQUENCES, parameters,
                (row) -> schema.addSequence(new Sequence(null, row.getString("SEQUENCE_NAME"), row.getString("DATA_TYPE"),
                        row.getLong("START_VALUE"), row.getLong("INCREMENT"), row.getLong("MINIMUM_VALUE"),
                        row.getLong("MAXIMUM_VALUE"), row.getLong("CACHE"), "YES".equals(row.getString("CYCLE_OPTION")),
                        null, false)));
        return schema.build();
    }

    private void addColumn(SchemaAssembler schema, ResultSet row, Map<String, List<String>> enumValues)
            throws SQLException {
        SchemaAssembler.Parts table = schema.table(row.getString("TABLE_NAME"));
        if (table == null) {
            return;
        }
        Identity identity = Identity.NONE;
        if ("YES".equals(row.getString("IS_IDENTITY"))) {
            identity = "ALWAYS".equals(row.getString("IDENTITY_GENERATION")) ? Identity.ALWAYS : Identity.BY_DEFAULT;
        }
        String generated = "ALWAYS".equals(row.getString("IS_GENERATED")) ? row.getString("GENERATION_EXPRESSION")
                : null;
        List<String> values = enumValues.get(row.getString("TABLE_NAME") + '\0' + row.getString("DTD_IDENTIFIER"));
        DataType type = (values != null) ? enumType(values) : dataType(row);
        table.columns.add(new TableColumn(row.getString("COLUMN_NAME"), type, "YES".equals(
                row.getString("IS_NULLABLE")), row.getString("COLUMN_DEFAULT"), identity, null, generated,
                row.getString("REMARKS")));
    }

    /** {@code ENUM('A', 'B')}. */
    private static DataType enumType(List<String> values) {
        return new DataType("ENUM(" + String.join(", ", values.stream()
            .map((value) -> "'" + value.replace("'", "''") + "'")
            .toList()) + ")", "ENUM", Kind.RAW, null, null, null, false);
    }

    /** The column's type, written back from the catalog's parts. */
    private static DataType dataType(ResultSet row) throws SQLException {
        String name = row.getString("DATA_TYPE");
        Kind family = FAMILIES.getOrDefault(name, Kind.RAW);
        Long length = CatalogQueries.getLong(row, "CHARACTER_MAXIMUM_LENGTH");
        switch (family) {
            case VARCHAR, CHAR, BINARY, CLOB, BLOB, JSON -> {
                boolean unbounded = length == null || length == Long.MAX_VALUE
                        || (length == MAX_STRING_LENGTH && family != Kind.CHAR);
                return unbounded ? new DataType(name, name, family, null, null, null, true)
                        : new DataType(name + "(" + length + ")", name, family, Math.toIntExact(length), null, null,
                                false);
            }
            case DECIMAL -> {
                Integer precision = CatalogQueries.getInteger(row, "DECLARED_NUMERIC_PRECISION");
                Integer scale = CatalogQueries.getInteger(row, "DECLARED_NUMERIC_SCALE");
                if (precision == null) {
                    return new DataType(name, name, family, null, null, null, true);
                }
                String nativeType = name + "(" + precision + ((scale != null) ? ", " + scale : "") + ")";
                return new DataType(nativeType, name, family, null, precision, scale, false);
            }
            case TIME, TIMESTAMP, TIMESTAMP_TZ -> {
                Integer precision = CatalogQueries.getInteger(row, "DATETIME_PRECISION");
                String nativeType = (precision == null) ? name
                        : name.replaceFirst("^(TIMESTAMP|TIME)", "$1(" + precision + ")");
                return new DataType(nativeType, name, family, null, precision, null, false);
            }
            default -> {
                return DataType.of(name, family);
            }
        }
    }

    /** Adds the keys and checks; returns which constraint each constraint index belongs to. */
    private Map<String, String> readConstraints(Connection connection, String schemaName, SchemaAssembler schema)
            throws SQLException {
        Map<String, KeyColumns> keyColumns = new LinkedHashMap<>();
        CatalogQueries.forEachRow(connection, KEY_COLUMNS, List.of(schemaName, schemaName), (row) -> {
            String key = row.getString("CONSTRAINT_SCHEMA") + '\0' + row.getString("CONSTRAINT_NAME");
            KeyColumns columns = keyColumns.get(key);
            if (columns == null) {
                columns = new KeyColumns(row.getString("TABLE_SCHEMA"), row.getString("TABLE_NAME"), new ArrayList<>());
                keyColumns.put(key, columns);
            }
            columns.columns().add(row.getString("COLUMN_NAME"));
        });
        Map<String, Reference> references = new HashMap<>();
        CatalogQueries.forEachRow(connection, REFERENTIAL_CONSTRAINTS, List.of(schemaName),
                (row) -> references.put(row.getString("CONSTRAINT_NAME"), new Reference(
                        row.getString("UNIQUE_CONSTRAINT_SCHEMA") + '\0' + row.getString("UNIQUE_CONSTRAINT_NAME"),
                        row.getString("DELETE_RULE"), row.getString("UPDATE_RULE"))));
        Map<String, String> checks = new HashMap<>();
        CatalogQueries.forEachRow(connection, CHECKS, List.of(schemaName),
                (row) -> checks.put(row.getString("CONSTRAINT_NAME"), row.getString("CHECK_CLAUSE")));
        Map<String, String> constraintOfIndex = new HashMap<>();
        CatalogQueries.forEachRow(connection, CONSTRAINTS, List.of(schemaName), (row) -> {
            SchemaAssembler.Parts table = schema.table(row.getString("TABLE_NAME"));
            if (table == null) {
                return;
            }
            String name = row.getString("CONSTRAINT_NAME");
            String index = row.getString("INDEX_NAME");
            if (index != null) {
                constraintOfIndex.putIfAbsent(index, name);
            }
            KeyColumns key = keyColumns.get(schemaName + '\0' + name);
            List<String> columns = (key != null) ? key.columns : List.of();
            switch (row.getString("CONSTRAINT_TYPE")) {
                case "PRIMARY KEY" -> table.primaryKey = new TablePrimaryKey(name, columns);
                case "UNIQUE" -> table.uniqueConstraints.add(new TableUniqueConstraint(name, columns));
                case "CHECK" -> table.checkConstraints.add(TableCheckConstraint.of(name, checks.get(name)));
                case "FOREIGN KEY" -> {
                    Reference reference = references.get(name);
                    KeyColumns referenced = keyColumns.get(reference.uniqueConstraint());
                    table.foreignKeys.add(new TableForeignKey(name, columns, referenced.schema(), referenced.table(),
                            referenced.columns(), CatalogQueries.action(reference.onDelete()),
                            CatalogQueries.action(reference.onUpdate())));
                }
                default -> {
                }
            }
        });
        return constraintOfIndex;
    }


    private record KeyColumns(String schema, String table, List<String> columns) {
    }

    private record Reference(String uniqueConstraint, String onDelete, String onUpdate) {
    }

    private static final class IndexColumns {

        final List<IndexColumn> columns = new ArrayList<>();
    }
}
