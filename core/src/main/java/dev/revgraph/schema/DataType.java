package dev.revgraph.schema;

import java.util.Objects;

import dev.revgraph.operation.ColumnType;

import org.jspecify.annotations.Nullable;

/**
 * A column's type as the database reports it, and parsed.
 *
 * <pre>{@code
 * character varying(255)        -> name "character varying", family VARCHAR, length 255
 * numeric(10,2)                 -> name "numeric", family DECIMAL, precision 10, scale 2
 * timestamp(3) with time zone   -> name "timestamp with time zone", family TIMESTAMP_TZ, precision 3
 * text                          -> name "text", family TEXT, unbounded
 * int(11) unsigned              -> name "int unsigned", family RAW (no portable equivalent)
 * }</pre>
 *
 * @param nativeType the type exactly as the catalog writes it, parameters included
 * ({@code character varying(255)}, {@code int(11)}, {@code CHARACTER VARYING(255)})
 * @param name the type's name without its parameters, as the database spells it
 * @param family the portable family this type spells on this database, {@link ColumnType.Kind#RAW} when
 * it has none; a fact about the database's names and aliases (MariaDB's {@code tinyint(1)} is its
 * {@code BOOLEAN}), not a comparison rule
 * @param length the declared length of a character or binary type, {@code null} when none is declared
 * @param precision the declared precision of a decimal (digits) or of a time type (fractional-second
 * digits), {@code null} when none is declared
 * @param scale the declared scale of a decimal, {@code null} when none is declared
 * @param unbounded whether this is a character, binary, JSON or decimal type with no declared limit
 * ({@code text}, {@code varchar} without length, {@code bytea}, {@code numeric} without precision)
 */
public record DataType(String nativeType, String name, ColumnType.Kind family, @Nullable Integer length,
        @Nullable Integer precision, @Nullable Integer scale, boolean unbounded) {

    public DataType {
        Objects.requireNonNull(nativeType, "nativeType");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
    }

    /** A type without parameters, bounded: {@code integer}, {@code boolean}, {@code uuid}. */
    public static DataType of(String nativeType, ColumnType.Kind family) {
        return new DataType(nativeType, nativeType, family, null, null, null, false);
    }

    /** This type in another portable family, e.g. MariaDB's {@code longtext} once known to hold JSON. */
    public DataType withFamily(ColumnType.Kind newFamily) {
        return new DataType(nativeType, name, newFamily, length, precision, scale, unbounded);
    }

    /** The native type. */
    @Override
    public String toString() {
        return nativeType;
    }
}
