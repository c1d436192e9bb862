package dev.revgraph.diff;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.revgraph.operation.ColumnType.Kind;

/**
 * PostgreSQL's canonical form.
 *
 * <p>Types: {@code int4}, {@code integer} and {@code serial} are {@code integer} (likewise for
 * {@code int8}/{@code bigserial}, {@code int2}/{@code smallserial}); {@code float8}, {@code float(25..53)},
 * {@code float} and {@code double precision} are {@code double precision}, {@code float4} and
 * {@code float(1..24)} are {@code real} (what Hibernate writes for {@code double} and {@code float});
 * {@code varchar} without a length is {@code text}; {@code bpchar(n)} and {@code char(n)} are
 * {@code character(n)}, a bare {@code char} is {@code character(1)}; {@code decimal} is {@code numeric}
 * and {@code numeric(p)} is {@code numeric(p,0)}; {@code timestamptz} is {@code timestamp with time zone},
 * and time types without precision have 6 fractional digits ({@code timestamp} is {@code timestamp(6)}).
 * Defaults lose their casts ({@code 'x'::character varying}, {@code '-1'::integer}), {@code now()} is
 * {@code CURRENT_TIMESTAMP}; checks lose their casts and {@code = ANY (ARRAY[...])} is read back as the
 * {@code IN} list it was. Names longer than 63 bytes match their truncation.
 */
final class PostgresCanonicalizer extends Canonicalizer {

    private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("int", "integer"),
            Map.entry("int4", "integer"), Map.entry("serial", "integer"), Map.entry("serial4", "integer"),
            Map.entry("int8", "bigint"), Map.entry("bigserial", "bigint"), Map.entry("serial8", "bigint"),
            Map.entry("int2", "smallint"), Map.entry("smallserial", "smallint"), Map.entry("serial2", "smallint"),
            Map.entry("bool", "boolean"), Map.entry("float4", "real"), Map.entry("float8", "double precision"),
            Map.entry("decimal", "numeric"), Map.entry("varchar", "character varying"),
            Map.entry("char", "character"), Map.entry("bpchar", "character"),
            Map.entry("timestamp without time zone", "timestamp"), Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("time without time zone", "time"), Map.entry("timetz", "time with time zone"),
            Map.entry("varbit", "bit varying"));

    private static final Map<String, Kind> FAMILIES = Map.ofEntries(Map.entry("integer", Kind.INTEGER),
            Map.entry("bigint", Kind.BIGINT), Map.entry("smallint", Kind.SMALLINT), Map.entry("boolean", Kind.BOOLEAN),
            Map.entry("character varying", Kind.VARCHAR), Map.entry("character", Kind.CHAR), Map.entry("text", Kind.TEXT),
            Map.entry("numeric", Kind.DECIMAL), Map.entry("real", Kind.REAL), Map.entry("double precision", Kind.DOUBLE),
            Map.entry("date", Kind.DATE), Map.entry("time", Kind.TIME), Map.entry("timestamp", Kind.TIMESTAMP),
            Map.entry("timestamp with time zone", Kind.TIMESTAMP_TZ), Map.entry("uuid", Kind.UUID),
            Map.entry("bytea", Kind.BLOB), Map.entry("jsonb", Kind.JSON));

    /** {@code x::text = ANY (ARRAY['A'::character varying]::text[])}, as PostgreSQL writes back {@code x IN ('A')}. */
    private static final Pattern ANY_ARRAY = Pattern.compile(
            "(\\S+)::([a-z][a-z ]*) (= ANY|<> ALL) \\(ARRAY\\[(.*?)\\]::\\2\\[\\]\\)");

    /** PostgreSQL's NAMEDATALEN - 1. */
    private static final int MAX_NAME_BYTES = 63;

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    protected String truncate(String name) {
        return truncateToBytes(name, MAX_NAME_BYTES);
    }

    /**
     * Writes {@code x::text = ANY (ARRAY[...]::text[])} back as the {@code x IN (...)} it came from:
     * created as it reads, it would be written back with the casts moved inside the array.
     */
    @Override
    public String recreatableCheck(String expression) {
        Matcher matcher = ANY_ARRAY.matcher(expression);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String operator = matcher.group(3).equals("= ANY") ? " IN (" : " NOT IN (";
            matcher.appendReplacement(result, Matcher.quoteReplacement(matcher.group(1) + operator
                    + matcher.group(4) + ")"));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    @Override
    public CanonicalType type(String sqlType) {
        TypeText text = TypeText.parse(sqlType);
        if (text.name().endsWith("[]")) {
            CanonicalType element = type(sqlType.strip().replaceAll("(\\[\\])+$", ""));
            return new CanonicalType(element + "[]", List.of());
        }
        String original = text.name();
        String name = ALIASES.getOrDefault(original, original);
        return switch (name) {
            case "float" -> (text.parameter(0, 53) <= 24) ? CanonicalType.of("real") : CanonicalType.of("double precision");
            case "numeric" -> text.parameters().isEmpty() ? CanonicalType.of("numeric")
                    : CanonicalType.of("numeric", text.parameters().get(0), text.parameter(1, 0));
            case "character varying" -> text.parameters().isEmpty() ? CanonicalType.of("text")
                    : CanonicalType.of(name, text.parameters().get(0));
            case "character" -> (original.equals("bpchar") && text.parameters().isEmpty()) ? CanonicalType.of("bpchar")
                    : sized(name, text, 1);
            case "bit" -> sized(name, text, 1);
            case "timestamp", "timestamp with time zone", "time", "time with time zone" -> sized(name, text, 6);
            default -> new CanonicalType(name, text.parameters());
        };
    }

    @Override
    public Kind family(CanonicalType type) {
        if (type.name().equals("numeric") && type.parameters().isEmpty()) {
            return Kind.RAW;
        }
        return FAMILIES.getOrDefault(type.name(), Kind.RAW);
    }
}
