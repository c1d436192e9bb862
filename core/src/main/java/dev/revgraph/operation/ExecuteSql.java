package dev.revgraph.operation;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import dev.revgraph.dialect.Dialect;

import org.jspecify.annotations.Nullable;

/**
 * Runs one SQL statement as written, or the statement a function writes for the dialect at hand.
 *
 * @param sql the statement, or {@code null} when {@code perDialect} writes it
 * @param perDialect writes the statement for a dialect, or {@code null} when {@code sql} is given
 * @param reverseSql the statement that undoes this one, or {@code null} if none is known
 */
public record ExecuteSql(@Nullable String sql, @Nullable Function<Dialect, String> perDialect,
        @Nullable String reverseSql) implements Operation {

    public ExecuteSql {
        if ((sql == null) == (perDialect == null)) {
            throw new IllegalArgumentException("Execute either SQL or a function of the dialect, not both or neither");
        }
    }

    /** Runs {@code sql}; irreversible. */
    public static ExecuteSql of(String sql) {
        return new ExecuteSql(Objects.requireNonNull(sql, "sql"), null, null);
    }

    /** Runs {@code sql}, undone by {@code reverseSql}. */
    public static ExecuteSql of(String sql, String reverseSql) {
        return new ExecuteSql(Objects.requireNonNull(sql, "sql"), null, Objects.requireNonNull(reverseSql, "reverseSql"));
    }

    /** Runs the statement {@code perDialect} writes for the dialect at hand; irreversible. */
    public static ExecuteSql of(Function<Dialect, String> perDialect) {
        return new ExecuteSql(null, Objects.requireNonNull(perDialect, "perDialect"), null);
    }

    /** The statement for {@code dialect}. */
    public String sqlFor(Dialect dialect) {
        if (sql != null) {
            return sql;
        }
        return Objects.requireNonNull(perDialect).apply(dialect);
    }

    @Override
    public Optional<Operation> reverse() {
        if (reverseSql == null) {
            return Optional.empty();
        }
        return Optional.of(new ExecuteSql(reverseSql, null, sql));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.executeSql(this);
    }
}
