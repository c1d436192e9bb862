package dev.revgraph.diff;

import java.util.Map;

import dev.revgraph.operation.ColumnType.Kind;
import dev.revgraph.operation.ForeignKeyAction;

/**
 * H2's canonical form. Its catalog writes the standard's long names ({@code CHARACTER VARYING},
 * {@code BINARY VARYING}, {@code CHARACTER LARGE OBJECT}), upper case; Hibernate writes
 * {@code varchar(255)}, {@code varbinary(255)}, {@code clob}, {@code float(53)}, lower case. Both become
 * one spelling here: {@code varchar} ({@code text} is H2's alias of {@code varchar} without a length),
 * {@code varbinary}, {@code clob},
 * {@code double precision} for {@code float(25..53)}, {@code double} and {@code float}, {@code real} for
 * {@code float(1..24)}; {@code timestamp} without precision has 6 fractional digits and {@code time} none.
 * {@code enum ('A', 'B')} is {@code enum('A','B')}, values in order (the catalog reader writes them from
 * {@code INFORMATION_SCHEMA.ENUM_VALUES}). Sizes H2
 * reports in bits for numbers say nothing declared and are not read. {@code RESTRICT} is
 * {@code NO ACTION}: H2 checks both at once. Check conditions come back with literals cast to the
 * column's type ({@code "CREDIT_LIMIT" >= CAST(0 AS NUMERIC(1))} for {@code credit_limit >= 0}); the
 * casts of literals are dropped.
 */
final class H2Canonicalizer extends Canonicalizer {

    private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("int", "integer"),
            Map.entry("int4", "integer"), Map.entry("mediumint", "integer"), Map.entry("signed", "integer"),
            Map.entry("int8", "bigint"), Map.entry("int2", "smallint"), Map.entry("bool", "boolean"),
            Map.entry("bit", "boolean"), Map.entry("float4", "real"), Map.entry("double", "double precision"),
            Map.entry("float8", "double precision"), Map.entry("decimal", "numeric"), Map.entry("dec", "numeric"),
            Map.entry("number", "numeric"), Map.entry("character varying", "varchar"), Map.entry("varchar2", "varchar"),
            Map.entry("nvarchar", "varchar"), Map.entry("nvarchar2", "varchar"),
            Map.entry("varchar_casesensitive", "varchar"), Map.entry("character", "char"), Map.entry("nchar", "char"),
            Map.entry("character large object", "clob"), Map.entry("text", "varchar"), Map.entry("tinytext", "varchar"),
            Map.entry("mediumtext", "varchar"), Map.entry("longtext", "varchar"), Map.entry("nclob", "clob"),
            Map.entry("binary varying", "varbinary"), Map.entry("binary large object", "blob"),
            Map.entry("tinyblob", "blob"), Map.entry("mediumblob", "blob"), Map.entry("longblob", "blob"),
            Map.entry("timestamp without time zone", "timestamp"), Map.entry("datetime", "timestamp"),
            Map.entry("time without time zone", "time"));

    private static final Map<String, Kind> FAMILIES = Map.ofEntries(Map.entry("integer", Kind.INTEGER),
            Map.entry("bigint", Kind.BIGINT), Map.entry("smallint", Kind.SMALLINT), Map.entry("boolean", Kind.BOOLEAN),
            Map.entry("char", Kind.CHAR), Map.entry("clob", Kind.CLOB), Map.entry("numeric", Kind.DECIMAL),
            Map.entry("real", Kind.REAL), Map.entry("double precision", Kind.DOUBLE), Map.entry("date", Kind.DATE),
            Map.entry("time", Kind.TIME), Map.entry("timestamp", Kind.TIMESTAMP),
            Map.entry("timestamp with time zone", Kind.TIMESTAMP_TZ), Map.entry("uuid", Kind.UUID),
            Map.entry("varbinary", Kind.BINARY), Map.entry("blob", Kind.BLOB), Map.entry("json", Kind.JSON));

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public CanonicalType type(String sqlType) {
        TypeText text = TypeText.parse(sqlType);
        if (text.name().startsWith("enum")) {
            return CanonicalType.of(text.name());
        }
        String name = ALIASES.getOrDefault(text.name(), text.name());
        return switch (name) {
            case "float" -> (text.parameter(0, 53) <= 24) ? CanonicalType.of("real") : CanonicalType.of("double precision");
            case "numeric" -> text.parameters().isEmpty() ? CanonicalType.of("numeric")
                    : CanonicalType.of(name, text.parameters().get(0), text.parameter(1, 0));
            case "char", "binary" -> sized(name, text, 1);
            case "timestamp", "timestamp with time zone" -> sized(name, text, 6);
            case "time", "time with time zone" -> sized(name, text, 0);
            case "integer", "bigint", "smallint", "tinyint", "boolean", "real", "double precision" -> CanonicalType.of(name);
            default -> new CanonicalType(name, text.parameters());
        };
    }

    @Override
    public Kind family(CanonicalType type) {
        if (type.name().equals("varchar")) {
            return type.parameters().isEmpty() ? Kind.TEXT : Kind.VARCHAR;
        }
        if (type.name().equals("numeric") && type.parameters().isEmpty()) {
            return Kind.RAW;
        }
        return FAMILIES.getOrDefault(type.name(), Kind.RAW);
    }

    /** Also without the casts H2 adds to literals compared with a column of another type. */
    @Override
    public String expression(String sql) {
        return SqlExpression.canonical(sql, true);
    }

    @Override
    public ForeignKeyAction action(ForeignKeyAction action) {
        return (action == ForeignKeyAction.RESTRICT) ? ForeignKeyAction.NO_ACTION : action;
    }
}
