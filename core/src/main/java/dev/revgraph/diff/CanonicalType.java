package dev.revgraph.diff;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A column type in a database's canonical form: its one spelling among the aliases ({@code int4},
 * {@code integer} and {@code serial} are all {@code integer} on PostgreSQL), with the parameters that
 * matter and their implied values filled in ({@code timestamp} is {@code timestamp(6)} there), and
 * those that do not (MariaDB's display widths) left out. Two types are the same type exactly when their
 * canonical forms are equal.
 *
 * @param name the canonical name, lower case, with any value list ({@code enum('A','B')})
 * @param parameters length, precision and scale, or fractional-second digits
 */
public record CanonicalType(String name, List<Integer> parameters) {

    public CanonicalType {
        Objects.requireNonNull(name, "name");
        parameters = List.copyOf(parameters);
    }

    public static CanonicalType of(String name, Integer... parameters) {
        return new CanonicalType(name, List.of(parameters));
    }

    /** The first parameter, or {@code null}. */
    public @Nullable Integer first() {
        return parameters.isEmpty() ? null : parameters.get(0);
    }

    // Written out rather than left to the record: compared for every column, and the record's own equals
    // is bootstrapped through method handles the first time, in the middle of a cold comparison
    @Override
    public boolean equals(Object other) {
        return other instanceof CanonicalType type && name.equals(type.name) && parameters.equals(type.parameters);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + parameters.hashCode();
    }

    /** {@code varchar(255)}, {@code numeric(10,2)}, {@code text}. */
    @Override
    public String toString() {
        return parameters.isEmpty() ? name
                : name + parameters.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
    }
}
