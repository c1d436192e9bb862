package dev.revgraph.schema;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A sequence, including those that generate identity and {@code serial} columns where the catalog lists
 * them (PostgreSQL; H2 keeps identity sequences out of its catalog).
 *
 * @param schema the schema it lives in; {@code null} for the default schema (in a model) or when unknown
 * @param name the sequence's name
 * @param dataType its value type where the catalog reports one ({@code bigint}, {@code BIGINT}), or
 * {@code null}
 * @param start the first value
 * @param increment the step
 * @param minValue the smallest value, {@code null} when not reported
 * @param maxValue the largest value, {@code null} when not reported
 * @param cache how many values a session reserves at once, {@code null} when not reported
 * @param cycle whether it starts over after its last value
 * @param ownedBy the column it belongs to (dropped with it), or {@code null}
 * @param identity whether it is the generator of that column's identity, rather than owned through
 * {@code serial} or {@code OWNED BY}
 */
public record Sequence(@Nullable String schema, String name, @Nullable String dataType, long start, long increment, @Nullable Long minValue,
        @Nullable Long maxValue, @Nullable Long cache, boolean cycle, @Nullable ColumnReference ownedBy,
        boolean identity) {

    public Sequence {
        Objects.requireNonNull(name, "name");
    }

    /** A sequence of the default schema owned by no column, with only start and increment known. */
    public static Sequence of(String name, long start, long increment) {
        return of(null, name, start, increment);
    }

    /** A sequence of {@code schema} ({@code null} for the default) owned by no column, with only start and increment known. */
    public static Sequence of(@Nullable String schema, String name, long start, long increment) {
        return new Sequence(schema, name, null, start, increment, null, null, null, false, null, false);
    }

    /** This sequence in {@code schema} ({@code null} for the default schema). */
    public Sequence inSchema(@Nullable String schema) {
        return new Sequence(schema, name, dataType, start, increment, minValue, maxValue, cache, cycle, ownedBy,
                identity);
    }
}
