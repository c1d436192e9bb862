package dev.revgraph.diff;

import dev.revgraph.dialect.Dialect;
import dev.revgraph.operation.ColumnType.Kind;
import dev.revgraph.schema.DataType;

/**
 * Builds the {@link DataType} of a model's column from the DDL type its ORM writes for a database, the
 * way that database's catalog reader would have parsed it: what the model side uses, so that both sides
 * of a comparison carry the same kind of value.
 *
 * <pre>{@code
 * DataTypes.parse(dialect, "varchar(255)");               // VARCHAR, length 255
 * DataTypes.parse(dialect, "timestamp(6) with time zone"); // TIMESTAMP_TZ, precision 6
 * DataTypes.parse(dialect, "float(53)");                   // DOUBLE
 * }</pre>
 */
public final class DataTypes {

    private DataTypes() {
    }

    /** {@code sqlType} as written for {@code dialect}'s database, parsed. */
    public static DataType parse(Dialect dialect, String sqlType) {
        return parse(Canonicalizer.forDialect(dialect), sqlType);
    }

    /** {@code sqlType}, parsed with {@code canonicalizer}'s knowledge of its database's types. */
    public static DataType parse(Canonicalizer canonicalizer, String sqlType) {
        CanonicalType canonical = canonicalizer.type(sqlType);
        Kind family = canonicalizer.family(canonical);
        TypeText text = TypeText.parse(sqlType);
        Integer first = canonical.first();
        Integer second = (canonical.parameters().size() > 1) ? canonical.parameters().get(1) : null;
        return switch (family) {
            case VARCHAR, CHAR, BINARY -> new DataType(sqlType, text.name(), family, first, null, null, first == null);
            case TEXT, CLOB, BLOB, JSON -> new DataType(sqlType, text.name(), family, null, null, null, true);
            case DECIMAL -> new DataType(sqlType, text.name(), family, null, first, second, first == null);
            case TIMESTAMP, TIMESTAMP_TZ, TIME -> new DataType(sqlType, text.name(), family, null, first, null, false);
            default -> new DataType(sqlType, text.name(), family, null, null, null, false);
        };
    }
}
