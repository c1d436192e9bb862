package dev.revgraph.operation;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Drops an index.
 *
 * @param name the index's name
 * @param table the indexed table (MariaDB, MySQL and SQL Server name it in the statement; elsewhere it
 * gives the index's schema)
 * @param concurrently whether to drop without blocking (PostgreSQL); ignored elsewhere
 * @param definition the index's definition, which makes the drop reversible; or {@code null}
 */
public record DropIndex(String name, QualifiedName table, boolean concurrently, @Nullable CreateIndex definition)
        implements Operation {

    public DropIndex {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.ofNullable(definition);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.dropIndex(this);
    }
}
