package dev.revgraph.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Creates an index. Usually built through
 * {@link Operations#createIndex(String, String, java.util.function.Consumer)}.
 *
 * @param name the index's name; it lives in the table's schema
 * @param table the indexed table
 * @param elements the indexed columns and expressions, in order, each ascending or descending
 * @param unique whether the index is unique
 * @param where the condition of a partial index as SQL, or {@code null}; only where
 * {@link dev.revgraph.dialect.Dialect#supportsPartialIndexes() supported}
 * @param concurrently whether to build without blocking writes (PostgreSQL's {@code CONCURRENTLY}, which
 * cannot run in a transaction); ignored where the database has no such option
 */
public record CreateIndex(String name, QualifiedName table, List<IndexElement> elements, boolean unique,
        @Nullable String where, boolean concurrently) implements Operation {

    public CreateIndex {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        elements = List.copyOf(elements);
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("Index " + name + " needs at least one column or expression");
        }
    }

    /** A builder for index {@code name} on {@code table}. */
    public static Builder builder(String name, QualifiedName table) {
        return new Builder(name, table);
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new DropIndex(name, table, concurrently, this));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.createIndex(this);
    }

    /** Collects an index's definition. */
    public static final class Builder {

        private final String name;

        private final QualifiedName table;

        private final List<IndexElement> elements = new ArrayList<>();

        private boolean unique;

        private @Nullable String where;

        private boolean concurrently;

        private Builder(String name, QualifiedName table) {
            this.name = name;
            this.table = table;
        }

        /** Indexes these columns, after any already added. */
        public Builder columns(String... columns) {
            for (String column : columns) {
                elements.add(IndexElement.column(column));
            }
            return this;
        }

        /** Indexes these columns sorted descending ({@code price DESC}), after any already added. */
        public Builder descending(String... columns) {
            for (String column : columns) {
                elements.add(IndexElement.column(column).desc());
            }
            return this;
        }

        /** Indexes {@code element} (a column or an expression, ascending or descending), after any already added. */
        public Builder element(IndexElement element) {
            elements.add(element);
            return this;
        }

        /** Indexes an expression, e.g. {@code lower(email)}, where the database supports it. */
        public Builder expression(String sql) {
            elements.add(IndexElement.expression(sql));
            return this;
        }

        /** Makes the index unique. */
        public Builder unique() {
            this.unique = true;
            return this;
        }

        /** Makes the index partial: it covers only the rows matching {@code condition}. */
        public Builder where(String condition) {
            this.where = condition;
            return this;
        }

        /** Builds the index without blocking writes, on PostgreSQL; needs a non-transactional revision. */
        public Builder concurrently() {
            this.concurrently = true;
            return this;
        }

        public CreateIndex build() {
            return new CreateIndex(name, table, elements, unique, where, concurrently);
        }
    }
}
