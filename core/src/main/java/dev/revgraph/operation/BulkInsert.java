package dev.revgraph.operation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Inserts rows of literal values, e.g. reference data. Values may be {@code null}, {@link String},
 * {@link Boolean}, {@link Integer}, {@link Long}, {@link Short}, {@link Byte}, {@link BigInteger},
 * {@link BigDecimal}, finite {@link Float} and {@link Double}, {@link LocalDate}, {@link LocalTime},
 * {@link LocalDateTime}, {@link OffsetDateTime}, {@link UUID} and {@code byte[]}; each dialect writes them
 * as its literals. Not reversible: the rows may have existed before.
 *
 * @param table the table
 * @param columns the columns the values go into
 * @param rows the rows, each with one value per column
 */
public record BulkInsert(QualifiedName table, List<String> columns, List<List<@Nullable Object>> rows)
        implements Operation {

    private static final Set<Class<?>> VALUE_TYPES = Set.of(String.class, Boolean.class, Integer.class, Long.class,
            Short.class, Byte.class, BigInteger.class, BigDecimal.class, Float.class, Double.class, LocalDate.class,
            LocalTime.class, LocalDateTime.class, OffsetDateTime.class, UUID.class, byte[].class);

    public BulkInsert {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("An insert into " + table + " needs at least one column");
        }
        List<List<@Nullable Object>> copies = new ArrayList<>(rows.size());
        for (List<@Nullable Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("A row for " + table + " has " + row.size() + " values for "
                        + columns.size() + " columns: " + row);
            }
            row.forEach(BulkInsert::checkValue);
            copies.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copies);
    }

    private static void checkValue(@Nullable Object value) {
        if (value == null) {
            return;
        }
        if (!VALUE_TYPES.contains(value.getClass())) {
            throw new IllegalArgumentException("Cannot write a " + value.getClass().getName() + " as an SQL literal");
        }
        if ((value instanceof Double number && !Double.isFinite(number))
                || (value instanceof Float single && !Float.isFinite(single))) {
            throw new IllegalArgumentException("Cannot write " + value + " as an SQL literal");
        }
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.empty();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.bulkInsert(this);
    }
}
