package dev.revgraph.diff;

import java.util.Map;

import dev.revgraph.operation.ColumnType.Kind;

/**
 * The canonical form for databases without one of their own (read through {@code DatabaseMetaData}):
 * names folded to lower case, the standard's type aliases, nothing database-specific.
 */
final class GenericCanonicalizer extends Canonicalizer {

    private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("int", "integer"),
            Map.entry("int4", "integer"), Map.entry("int8", "bigint"), Map.entry("int2", "smallint"),
            Map.entry("bool", "boolean"), Map.entry("character varying", "varchar"), Map.entry("character", "char"),
            Map.entry("decimal", "numeric"), Map.entry("double", "double precision"),
            Map.entry("float8", "double precision"), Map.entry("float4", "real"));

    private static final Map<String, Kind> FAMILIES = Map.ofEntries(Map.entry("integer", Kind.INTEGER),
            Map.entry("bigint", Kind.BIGINT), Map.entry("smallint", Kind.SMALLINT), Map.entry("boolean", Kind.BOOLEAN),
            Map.entry("varchar", Kind.VARCHAR), Map.entry("char", Kind.CHAR), Map.entry("text", Kind.TEXT),
            Map.entry("numeric", Kind.DECIMAL), Map.entry("real", Kind.REAL), Map.entry("double precision", Kind.DOUBLE),
            Map.entry("date", Kind.DATE), Map.entry("time", Kind.TIME), Map.entry("timestamp", Kind.TIMESTAMP),
            Map.entry("uuid", Kind.UUID), Map.entry("blob", Kind.BLOB), Map.entry("clob", Kind.CLOB));

    private final String name;

    GenericCanonicalizer(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public CanonicalType type(String sqlType) {
        TypeText text = TypeText.parse(sqlType);
        String canonical = ALIASES.getOrDefault(text.name(), text.name());
        if (canonical.equals("float")) {
            return (text.parameter(0, 53) <= 24) ? CanonicalType.of("real") : CanonicalType.of("double precision");
        }
        return new CanonicalType(canonical, text.parameters());
    }

    @Override
    public Kind family(CanonicalType type) {
        return FAMILIES.getOrDefault(type.name(), Kind.RAW);
    }
}
