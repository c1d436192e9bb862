package dev.revgraph.schema;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.revgraph.operation.ColumnType.Kind;
import dev.revgraph.operation.ForeignKeyAction;

import org.jspecify.annotations.Nullable;

/**
 * Reads a PostgreSQL schema from {@code pg_catalog} in five queries (tables, columns, constraints,
 * indexes, sequences), never through {@code information_schema}, whose views are some fifty times slower
 * on a schema of a few hundred tables.
 *
 * <p>What PostgreSQL reports: types as {@code format_type} writes them ({@code character varying(100)},
 * {@code timestamp(3) with time zone}, {@code timestamp without time zone} when no precision was given);
 * defaults as {@code pg_get_expr} writes them back ({@code 'draft'::character varying}, {@code now()});
 * a {@code serial} column as {@code integer} with the default {@code nextval('t_id_seq'::regclass)} and a
 * sequence it owns ({@code pg_depend} type {@code a}), reported as {@link Identity#SERIAL}; an identity
 * column with no default, {@code attidentity} {@code a} or {@code d}, and a sequence bound to it
 * internally ({@code pg_depend} type {@code i}). Check expressions and index elements come from
 * {@code pg_get_expr} and {@code pg_get_indexdef} in their pretty form ({@code score >= 0::numeric},
 * {@code lower(name::text)}). Partitions of a partitioned table are left out (the partitioned table is
 * read), and so are exclusion constraints.
 */
public class PostgresCatalogReader implements CatalogReader {

    private static final Map<String, Kind> FAMILIES = Map.ofEntries(Map.entry("smallint", Kind.SMALLINT),
            Map.entry("integer", Kind.INTEGER), Map.entry("bigint", Kind.BIGINT), Map.entry("boolean", Kind.BOOLEAN),
            Map.entry("character varying", Kind.VARCHAR), Map.entry("character", Kind.CHAR),
            Map.entry("text", Kind.TEXT), Map.entry("numeric", Kind.DECIMAL), Map.entry("real", Kind.REAL),
            Map.entry("double precision", Kind.DOUBLE), Map.entry("date", Kind.DATE),
            Map.entry("time without time zone", Kind.TIME), Map.entry("timestamp without time zone", Kind.TIMESTAMP),
            Map.entry("timestamp with time zone", Kind.TIMESTAMP_TZ), Map.entry("uuid", Kind.UUID),
            Map.entry("bytea", Kind.BLOB), Map.entry("json", Kind.JSON), Map.entry("jsonb", Kind.JSON));

    private static final String TABLES = """
            SELECT c.relname AS table_name, d.description AS comment
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_description d ON d.objoid = c.oid
                AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = 0
            WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition
            ORDER BY c.relname""";

    private static final String COLUMNS = """
            SELECT c.relname AS table_name, a.attname AS column_name,
                pg_catalog.format_type(a.atttypid, a.atttypmod) AS column_type, a.attnotnull AS not_null,
                pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) AS default_expression,
                a.attidentity AS identity, a.attgenerated AS generated,
                owned.sequence_name, owned.deptype AS ownership, d.description AS comment
            FROM pg_catalog.pg_attribute a
            JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
            LEFT JOIN (
                SELECT dep.refobjid, dep.refobjsubid, s.relname AS sequence_name, dep.deptype
                FROM pg_catalog.pg_depend dep
                JOIN pg_catalog.pg_class s ON s.oid = dep.objid AND s.relkind = 'S'
                WHERE dep.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND dep.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND dep.deptype IN ('a', 'i')
            ) owned ON owned.refobjid = a.attrelid AND owned.refobjsubid = a.attnum
            LEFT JOIN pg_catalog.pg_description d ON d.objoid = a.attrelid
                AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = a.attnum
            WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition
                AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY c.relname, a.attnum, owned.deptype DESC, owned.sequence_name""";

    private static final String CONSTRAINTS = """
            SELECT c.relname AS table_name, con.conname AS constraint_name, con.contype AS constraint_type,
                ARRAY(SELECT a.attname FROM pg_catalog.unnest(con.conkey) WITH ORDINALITY k(attnum, position)
                    JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
                    ORDER BY k.position) AS columns,
                rn.nspname AS referenced_schema, rc.relname AS referenced_table,
                ARRAY(SELECT a.attname FROM pg_catalog.unnest(con.confkey) WITH ORDINALITY k(attnum, position)
                    JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
                    ORDER BY k.position) AS referenced_columns,
                con.confdeltype AS on_delete, con.confupdtype AS on_update,
                CASE WHEN con.contype = 'c' THEN pg_catalog.pg_get_expr(con.conbin, con.conrelid, true)
                    END AS expression
            FROM pg_catalog.pg_constraint con
            JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
            LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
            WHERE n.nspname = ? AND con.contype IN ('p', 'u', 'f', 'c')
            ORDER BY c.relname, con.conname""";

    private static final String INDEXES = """
            SELECT c.relname AS table_name, i.relname AS index_name, ix.indisunique AS is_unique,
                am.amname AS method,
                ARRAY(SELECT pg_catalog.pg_get_indexdef(ix.indexrelid, k, true)
                    FROM pg_catalog.generate_series(1, ix.indnkeyatts) k ORDER BY k) AS elements,
                ARRAY(SELECT ix.indkey[k - 1] = 0
                    FROM pg_catalog.generate_series(1, ix.indnkeyatts) k ORDER BY k) AS expressions,
                ARRAY(SELECT (ix.indoption[k - 1] & 1) = 1
                    FROM pg_catalog.generate_series(1, ix.indnkeyatts) k ORDER BY k) AS descending,
                pg_catalog.pg_get_expr(ix.indpred, ix.indrelid, true) AS predicate,
                con.conname AS constraint_name
            FROM pg_catalog.pg_index ix
            JOIN pg_catalog.pg_class i ON i.oid = ix.indexrelid
            JOIN pg_catalog.pg_class c ON c.oid = ix.indrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_am am ON am.oid = i.relam
            LEFT JOIN pg_catalog.pg_constraint con ON con.conindid = ix.indexrelid AND con.conrelid = ix.indrelid
                AND con.contype IN ('p', 'u')
            WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition
            ORDER BY c.relname, i.relname""";

    private static final String SEQUENCES = """
            SELECT s.relname AS sequence_name, pg_catalog.format_type(sq.seqtypid, NULL) AS data_type,
                sq.seqstart AS start_value, sq.seqincrement AS increment, sq.seqmin AS min_value,
                sq.seqmax AS max_value, sq.seqcache AS cache, sq.seqcycle AS cycle,
                owner.relname AS owner_table, a.attname AS owner_column, dep.deptype AS ownership
            FROM pg_catalog.pg_sequence sq
            JOIN pg_catalog.pg_class s ON s.oid = sq.seqrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = s.relnamespace
            LEFT JOIN pg_catalog.pg_depend dep ON dep.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                AND dep.objid = s.oid AND dep.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                AND dep.refobjsubid > 0 AND dep.deptype IN ('a', 'i')
            LEFT JOIN pg_catalog.pg_class owner ON owner.oid = dep.refobjid
            LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = dep.refobjid AND a.attnum = dep.refobjsubid
            WHERE n.nspname = ?
            ORDER BY s.relname""";

    @Override
    public Schema read(Connection connection, String schemaName, TableFilter filter) throws SQLException {
        SchemaAssembler schema = new SchemaAssembler(schemaName, filter);
        List<String> parameters = List.of(schemaName);
        CatalogQueries.forEachRow(connection, TABLES, parameters,
                (row) -> schema.addTable(row.getString("table_name"), row.getString("comment")));
        CatalogQueries.forEachRow(connection, COLUMNS, parameters, (row) -> addColumn(schema, row));
        CatalogQueries.forEachRow(connection, CONSTRAINTS, parameters, (row) -> addConstraint(schema, row));
        CatalogQueries.forEachRow(connection, INDEXES, parameters, (row) -> addIndex(schema, row));
        CatalogQueries.forEachRow(connection, SEQUENCES, parameters, (row) -> addSequence(schema, row));
        return schema.build();
    }

    private void addColumn(SchemaAssembler schema, ResultSet row) throws SQLException {
        SchemaAssembler.Parts table = schema.table(row.getString("table_name"));
        if (table == null) {
            return;
        }
        String name = row.getString("column_name");
        if (!table.columns.isEmpty() && table.columns.get(table.columns.size() - 1).name().equals(name)) {
            return; // a second sequence owned by the same column: the first (identity before serial) is kept
        }
        String expression = row.getString("default_expression");
        boolean generated = "s".equals(row.getString("generated"));
        String sequence = row.getString("sequence_name");
        Identity identity = switch (String.valueOf(row.getString("identity"))) {
            case "a" -> Identity.ALWAYS;
            case "d" -> Identity.BY_DEFAULT;
            default -> (sequence != null && "a".equals(row.getString("ownership")) && expression != null
                    && expression.startsWith("nextval(")) ? Identity.SERIAL : Identity.NONE;
        };
        table.columns.add(new TableColumn(name, dataType(row.getString("column_type")), !row.getBoolean("not_null"),
                generated ? null : expression, identity, sequence, generated ? expression : null,
                row.getString("comment")));
    }

    /** The type {@code format_type} wrote, parsed. */
    static DataType dataType(String formatted) {
        TypeSyntax syntax = TypeSyntax.parse(formatted);
        return syntax.toDataType(formatted, FAMILIES.getOrDefault(syntax.name(), Kind.RAW));
    }

    private void addConstraint(SchemaAssembler schema, ResultSet row) throws SQLException {
        SchemaAssembler.Parts table = schema.table(row.getString("table_name"));
        if (table == null) {
            return;
        }
        String name = row.getString("constraint_name");
        List<String> columns = strings(row.getArray("columns"));
        switch (row.getString("constraint_type")) {
            case "p" -> table.primaryKey = new TablePrimaryKey(name, columns);
            case "u" -> table.uniqueConstraints.add(new TableUniqueConstraint(name, columns));
            case "c" -> table.checkConstraints.add(TableCheckConstraint.of(name, row.getString("expression")));
            case "f" -> table.foreignKeys.add(new TableForeignKey(name, columns, row.getString("referenced_schema"),
                    row.getString("referenced_table"), strings(row.getArray("referenced_columns")),
                    action(row.getString("on_delete")), action(row.getString("on_update"))));
            default -> throw new IllegalStateException("Unexpected constraint type " + row.getString(
                    "constraint_type"));
        }
    }

    /** {@code pg_constraint.confdeltype} and {@code confupdtype}. */
    private static ForeignKeyAction action(String code) {
        return switch (code) {
            case "r" -> ForeignKeyAction.RESTRICT;
            case "c" -> ForeignKeyAction.CASCADE;
            case "n" -> ForeignKeyAction.SET_NULL;
            case "d" -> ForeignKeyAction.SET_DEFAULT;
            default -> ForeignKeyAction.NO_ACTION; // "a"
        };
    }

    private void addIndex(SchemaAssembler schema, ResultSet row) throws SQLException {
        SchemaAssembler.Parts table = schema.table(row.getString("table_name"));
        if (table == null) {
            return;
        }
        List<String> elements = strings(row.getArray("elements"));
        List<Boolean> expressions = booleans(row.getArray("expressions"));
        List<Boolean> descending = booleans(row.getArray("descending"));
        List<IndexColumn> columns = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            columns.add(new IndexColumn(elements.get(i), expressions.get(i), descending.get(i)));
        }
        String constraint = row.getString("constraint_name");
        table.indexes.add(new TableIndex(row.getString("index_name"), row.getBoolean("is_unique"), columns,
                row.getString("predicate"), row.getString("method"), constraint, constraint != null));
    }

    private void addSequence(SchemaAssembler schema, ResultSet row) throws SQLException {
        String ownerTable = row.getString("owner_table");
        ColumnReference owner = (ownerTable != null) ? new ColumnReference(ownerTable, row.getString("owner_column"))
                : null;
        schema.addSequence(new Sequence(null, row.getString("sequence_name"), row.getString("data_type"),
                row.getLong("start_value"), row.getLong("increment"), row.getLong("min_value"),
                row.getLong("max_value"), row.getLong("cache"), row.getBoolean("cycle"), owner,
                "i".equals(row.getString("ownership"))));
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        List<String> values = new ArrayList<>();
        if (array != null) {
            for (Object value : (Object[]) array.getArray()) {
                values.add((String) value);
            }
        }
        return values;
    }

    private static List<Boolean> booleans(Array array) throws SQLException {
        List<Boolean> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add((Boolean) value);
        }
        return values;
    }
}
