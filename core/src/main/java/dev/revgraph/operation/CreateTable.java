package dev.revgraph.operation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Creates a table with its columns and constraints. Usually built through
 * {@link Operations#createTable(String, java.util.function.Consumer)}.
 *
 * @param table the new table
 * @param columns its columns, in order
 * @param primaryKey its primary key, or {@code null}
 * @param uniques its unique constraints
 * @param checks its check constraints
 * @param foreignKeys its foreign keys
 * @param comment the table's comment, or {@code null}
 */
public record CreateTable(QualifiedName table, List<Column> columns, @Nullable PrimaryKey primaryKey,
        List<UniqueConstraint> uniques, List<CheckConstraint> checks, List<ForeignKey> foreignKeys,
        @Nullable String comment) implements Operation {

    public CreateTable {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        checks = List.copyOf(checks);
        foreignKeys = List.copyOf(foreignKeys);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("Table " + table + " needs at least one column");
        }
        Set<String> names = new HashSet<>();
        for (Column column : columns) {
            if (!names.add(column.name())) {
                throw new IllegalArgumentException("Table " + table + " declares column " + column.name() + " twice");
            }
        }
    }

    /** A builder for a table named {@code table}. */
    public static Builder builder(QualifiedName table) {
        return new Builder(table);
    }

    /** The column called {@code name}, if the table has one. */
    public Optional<Column> column(String name) {
        return columns.stream().filter((column) -> column.name().equals(name)).findFirst();
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new DropTable(table, this));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.createTable(this);
    }

    /** Collects a table's definition; see {@link Operations#createTable(String, java.util.function.Consumer)}. */
    public static final class Builder {

        private final QualifiedName table;

        private final List<Column> columns = new ArrayList<>();

        private @Nullable PrimaryKey primaryKey;

        private final List<UniqueConstraint> uniques = new ArrayList<>();

        private final List<CheckConstraint> checks = new ArrayList<>();

        private final List<ForeignKey> foreignKeys = new ArrayList<>();

        private @Nullable String comment;

        private Builder(QualifiedName table) {
            this.table = Objects.requireNonNull(table, "table");
        }

        /** Adds a column; columns keep the order they are added in. */
        public Builder column(Column column) {
            columns.add(Objects.requireNonNull(column, "column"));
            return this;
        }

        /** Adds a column of the given name and type, nullable and without default. */
        public Builder column(String name, ColumnType type) {
            return column(Column.of(name, type));
        }

        /** Declares an unnamed primary key on {@code columns}. */
        public Builder primaryKey(String... columns) {
            return constraint(PrimaryKey.of(null, columns));
        }

        /** Declares a unique constraint; {@code name} may be {@code null}. */
        public Builder unique(@Nullable String name, String... columns) {
            return constraint(UniqueConstraint.of(name, columns));
        }

        /** Declares a check constraint; {@code name} may be {@code null}. */
        public Builder check(@Nullable String name, String condition) {
            return constraint(CheckConstraint.of(name, condition));
        }

        /** Declares a foreign key. */
        public Builder foreignKey(ForeignKey foreignKey) {
            return constraint(foreignKey);
        }

        /** Declares any constraint, e.g. a named primary key: {@code constraint(PrimaryKey.of("pk_users", "id"))}. */
        public Builder constraint(TableConstraint constraint) {
            if (constraint instanceof PrimaryKey key) {
                if (primaryKey != null) {
                    throw new IllegalArgumentException("Table " + table + " already has a primary key");
                }
                primaryKey = key;
            }
            else if (constraint instanceof UniqueConstraint unique) {
                uniques.add(unique);
            }
            else if (constraint instanceof CheckConstraint check) {
                checks.add(check);
            }
            else if (constraint instanceof ForeignKey foreignKey) {
                foreignKeys.add(foreignKey);
            }
            return this;
        }

        /** Sets the table's comment. */
        public Builder comment(@Nullable String comment) {
            this.comment = comment;
            return this;
        }

        public CreateTable build() {
            return new CreateTable(table, columns, primaryKey, uniques, checks, foreignKeys, comment);
        }
    }
}
