package dev.revgraph.operation;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A portable column type. Each {@link dev.revgraph.dialect.Dialect} renders it as its database's
 * nearest type (see the dialect's Javadoc for the choices); {@link #raw(String)} passes database-specific
 * SQL through unchanged.
 *
 * <pre>{@code
 * Column.of("email", ColumnType.varchar(255))
 * Column.of("price", ColumnType.decimal(12, 2))
 * Column.of("created_at", ColumnType.timestampTz(6))
 * Column.of("tags", ColumnType.raw("TEXT[]"))
 * }</pre>
 *
 * @param kind the portable family
 * @param size the length ({@code VARCHAR}, {@code CHAR}, {@code BINARY}) or precision ({@code DECIMAL},
 * {@code TIMESTAMP}, {@code TIMESTAMP_TZ}); 0 for the other kinds
 * @param scale the scale of a {@code DECIMAL}; 0 otherwise
 * @param sql the SQL of a {@link Kind#RAW} type; {@code null} otherwise
 */
public record ColumnType(Kind kind, int size, int scale, @Nullable String sql) {

    public static final ColumnType INTEGER = of(Kind.INTEGER);
    public static final ColumnType BIGINT = of(Kind.BIGINT);
    public static final ColumnType SMALLINT = of(Kind.SMALLINT);
    public static final ColumnType BOOLEAN = of(Kind.BOOLEAN);
    /** Character data of unbounded length that still behaves as a string (compared, indexed). */
    public static final ColumnType TEXT = of(Kind.TEXT);
    /** Single-precision floating point. */
    public static final ColumnType REAL = of(Kind.REAL);
    /** Double-precision floating point. */
    public static final ColumnType DOUBLE = of(Kind.DOUBLE);
    public static final ColumnType DATE = of(Kind.DATE);
    public static final ColumnType TIME = of(Kind.TIME);
    /** A timestamp without time zone, to the microsecond: {@code timestamp(6)}. */
    public static final ColumnType TIMESTAMP = timestamp(6);
    /** A timestamp with time zone, to the microsecond: {@code timestampTz(6)}. */
    public static final ColumnType TIMESTAMP_TZ = timestampTz(6);
    public static final ColumnType UUID = of(Kind.UUID);
    /** Binary data of unbounded length. */
    public static final ColumnType BLOB = of(Kind.BLOB);
    /** Character data of unbounded length, stored out of line where the database distinguishes. */
    public static final ColumnType CLOB = of(Kind.CLOB);
    public static final ColumnType JSON = of(Kind.JSON);

    /** The portable type families. */
    public enum Kind {
        INTEGER, BIGINT, SMALLINT, BOOLEAN, VARCHAR, CHAR, TEXT, DECIMAL, REAL, DOUBLE, DATE, TIME,
        TIMESTAMP, TIMESTAMP_TZ, UUID, BINARY, BLOB, CLOB, JSON, RAW
    }

    public ColumnType {
        Objects.requireNonNull(kind, "kind");
        if (size < 0 || scale < 0) {
            throw new IllegalArgumentException("Sizes of a column type cannot be negative: " + size + ", " + scale);
        }
        if ((kind == Kind.RAW) != (sql != null)) {
            throw new IllegalArgumentException("Only a raw column type carries SQL");
        }
        if (kind == Kind.RAW && sql.isBlank()) {
            throw new IllegalArgumentException("A raw column type needs its SQL");
        }
    }

    private static ColumnType of(Kind kind) {
        return new ColumnType(kind, 0, 0, null);
    }

    /** Variable-length character data of at most {@code length} characters. */
    public static ColumnType varchar(int length) {
        return new ColumnType(Kind.VARCHAR, positive(length, "VARCHAR length"), 0, null);
    }

    /** Fixed-length character data of {@code length} characters. */
    public static ColumnType fixedChar(int length) {
        return new ColumnType(Kind.CHAR, positive(length, "CHAR length"), 0, null);
    }

    /** An exact number of {@code precision} digits, {@code scale} of them after the point. */
    public static ColumnType decimal(int precision, int scale) {
        positive(precision, "DECIMAL precision");
        if (scale > precision) {
            throw new IllegalArgumentException("DECIMAL scale " + scale + " exceeds its precision " + precision);
        }
        return new ColumnType(Kind.DECIMAL, precision, scale, null);
    }

    /** A timestamp without time zone with {@code precision} fractional digits (0 to 9). */
    public static ColumnType timestamp(int precision) {
        return new ColumnType(Kind.TIMESTAMP, fraction(precision), 0, null);
    }

    /** A timestamp with time zone with {@code precision} fractional digits (0 to 9). */
    public static ColumnType timestampTz(int precision) {
        return new ColumnType(Kind.TIMESTAMP_TZ, fraction(precision), 0, null);
    }

    /**
     * Binary data of at most {@code length} bytes. Variable length, like the {@code byte[]} it usually
     * holds: fixed-length padded binary is rarely wanted and PostgreSQL cannot express it.
     */
    public static ColumnType binary(int length) {
        return new ColumnType(Kind.BINARY, positive(length, "BINARY length"), 0, null);
    }

    /** A database-specific type, rendered exactly as written on every database. */
    public static ColumnType raw(String sql) {
        return new ColumnType(Kind.RAW, 0, 0, Objects.requireNonNull(sql, "sql"));
    }

    private static int positive(int value, String what) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive, not " + value);
        }
        return value;
    }

    private static int fraction(int precision) {
        if (precision < 0 || precision > 9) {
            throw new IllegalArgumentException("Fractional-second precision must be 0 to 9, not " + precision);
        }
        return precision;
    }

    /** The portable notation, e.g. {@code VARCHAR(255)}, {@code DECIMAL(12,2)}, {@code raw(TEXT[])}. */
    @Override
    public String toString() {
        return switch (kind) {
            case VARCHAR, CHAR, BINARY, TIMESTAMP, TIMESTAMP_TZ -> kind + "(" + size + ")";
            case DECIMAL -> "DECIMAL(" + size + "," + scale + ")";
            case RAW -> "raw(" + sql + ")";
            default -> kind.name();
        };
    }
}
