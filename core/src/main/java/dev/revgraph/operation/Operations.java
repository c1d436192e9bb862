package dev.revgraph.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.revgraph.dialect.Dialect;

import org.jspecify.annotations.Nullable;

/**
 * What a {@link dev.revgraph.Migration} does to the schema, Alembic's {@code op}. Every method builds an
 * {@link Operation} value and hands it to {@link #apply(Operation)}, the one method an implementation
 * provides: the runtime executes it, offline mode renders it as SQL, {@link RecordingOperations}
 * collects it.
 *
 * <pre>{@code
 * public void upgrade(Operations op) {
 *     op.createTable("comments", t -> t
 *             .column(Column.of("id", ColumnType.BIGINT).asIdentity())
 *             .column(Column.of("resource_id", ColumnType.BIGINT).notNull())
 *             .column(Column.of("body", ColumnType.TEXT).notNull())
 *             .column(Column.of("created_at", ColumnType.TIMESTAMP_TZ).notNull()
 *                     .defaultExpression("CURRENT_TIMESTAMP"))
 *             .primaryKey("id")
 *             .foreignKey(ForeignKey.of("fk_comments_resource", "resource_id", "resources", "id")
 *                     .onDelete(ForeignKeyAction.CASCADE)));
 *     op.createIndex("ix_comments_resource", "comments", i -> i.columns("resource_id", "created_at"));
 * }
 *
 * public void downgrade(Operations op) {
 *     op.dropIndex("ix_comments_resource", "comments");
 *     op.dropTable("comments");
 * }
 * }</pre>
 *
 * Table and sequence names are unqualified unless the operations come from {@link #inSchema(String)}.
 */
public interface Operations {

    /** Receives every operation, in the order the migration issues them. */
    void apply(Operation operation);

    /**
     * The schema that names given to these operations' methods are qualified with, or {@code null} for
     * the connection's default.
     */
    default @Nullable String schema() {
        return null;
    }

    /**
     * The same operations with table and sequence names qualified by {@code schema}:
     * {@code op.inSchema("audit").dropTable("events")}. Names in {@link ForeignKey}s and in operations
     * passed to {@link #apply(Operation)} are left as written.
     */
    default Operations inSchema(String schema) {
        Objects.requireNonNull(schema, "schema");
        Operations target = this;
        return new Operations() {

            @Override
            public void apply(Operation operation) {
                target.apply(operation);
            }

            @Override
            public String schema() {
                return schema;
            }
        };
    }

    /** {@code name} qualified with {@link #schema()}. */
    private QualifiedName qualify(String name) {
        return QualifiedName.of(schema(), name);
    }

    /** Creates a table with these columns and no constraints. */
    default void createTable(String table, Column... columns) {
        apply(new CreateTable(qualify(table), List.of(columns), null, List.of(), List.of(), List.of(), null));
    }

    /**
     * Creates a table described by {@code definition}:
     * <pre>{@code
     * op.createTable("users", t -> t
     *         .column(Column.of("id", ColumnType.BIGINT).asIdentity())
     *         .column(Column.of("email", ColumnType.varchar(255)).notNull())
     *         .primaryKey("id")
     *         .unique("uq_users_email", "email")
     *         .comment("People who sign in"));
     * }</pre>
     */
    default void createTable(String table, Consumer<CreateTable.Builder> definition) {
        CreateTable.Builder builder = CreateTable.builder(qualify(table));
        definition.accept(builder);
        apply(builder.build());
    }

    /** Drops a table; not reversible (use {@link #dropTable(CreateTable)} for that). */
    default void dropTable(String table) {
        apply(new DropTable(qualify(table), null));
    }

    /** Drops the table {@code definition} describes, keeping the definition for the reverse. */
    default void dropTable(CreateTable definition) {
        apply(new DropTable(definition.table(), definition));
    }

    /** Renames a table within its schema. */
    default void renameTable(String table, String newName) {
        apply(new RenameTable(qualify(table), newName));
    }

    /** Adds a column. */
    default void addColumn(String table, Column column) {
        apply(new AddColumn(qualify(table), column));
    }

    /** Drops a column; not reversible (use {@link #dropColumn(String, Column)} for that). */
    default void dropColumn(String table, String column) {
        apply(new DropColumn(qualify(table), column, null));
    }

    /** Drops the column {@code definition} describes, keeping the definition for the reverse. */
    default void dropColumn(String table, Column definition) {
        apply(new DropColumn(qualify(table), definition.name(), definition));
    }

    /**
     * Alters a column; each change carries the value it replaces:
     * <pre>{@code
     * op.alterColumn("users", "email",
     *         ColumnChange.type(ColumnType.varchar(100), ColumnType.varchar(255)),
     *         ColumnChange.notNull());
     * }</pre>
     * @see AlterColumn for what MariaDB, MySQL and SQL Server need to know
     */
    default void alterColumn(String table, String column, ColumnChange... changes) {
        apply(AlterColumn.of(qualify(table), column, changes));
    }

    /** Creates an index on these columns. */
    default void createIndex(String name, String table, String... columns) {
        apply(CreateIndex.builder(name, qualify(table)).columns(columns).build());
    }

    /**
     * Creates an index described by {@code definition}:
     * <pre>{@code
     * op.createIndex("ix_users_email", "users", i -> i.columns("email").unique().where("deleted_at IS NULL"));
     * op.createIndex("ix_users_lower_email", "users", i -> i.expression("lower(email)").concurrently());
     * }</pre>
     */
    default void createIndex(String name, String table, Consumer<CreateIndex.Builder> definition) {
        CreateIndex.Builder builder = CreateIndex.builder(name, qualify(table));
        definition.accept(builder);
        apply(builder.build());
    }

    /** Drops an index; not reversible (pass the {@link CreateIndex} to {@link #apply} for that). */
    default void dropIndex(String name, String table) {
        apply(new DropIndex(name, qualify(table), false, null));
    }

    /** Adds a named primary key. */
    default void createPrimaryKey(String name, String table, String... columns) {
        apply(new CreatePrimaryKey(qualify(table), PrimaryKey.of(name, columns)));
    }

    /** Adds a named unique constraint. */
    default void createUniqueConstraint(String name, String table, String... columns) {
        apply(new CreateUniqueConstraint(qualify(table), UniqueConstraint.of(name, columns)));
    }

    /**
     * Adds a named foreign key:
     * <pre>{@code
     * op.createForeignKey("comments",
     *         ForeignKey.of("fk_comments_resource", "resource_id", "resources", "id").onDelete(ForeignKeyAction.CASCADE));
     * }</pre>
     */
    default void createForeignKey(String table, ForeignKey foreignKey) {
        apply(new CreateForeignKey(qualify(table), foreignKey));
    }

    /** Adds a named check constraint; {@code condition} is SQL. */
    default void createCheckConstraint(String name, String table, String condition) {
        apply(new CreateCheckConstraint(qualify(table), CheckConstraint.of(name, condition)));
    }

    /** Drops a named constraint; not reversible (use {@link #dropConstraint(String, TableConstraint)}). */
    default void dropConstraint(String name, String table, ConstraintKind kind) {
        apply(new DropConstraint(qualify(table), name, kind, null));
    }

    /** Drops the named {@code constraint}, keeping its definition for the reverse. */
    default void dropConstraint(String table, TableConstraint constraint) {
        apply(DropConstraint.of(qualify(table), constraint));
    }

    /** Creates a sequence starting at 1, counting by 1. */
    default void createSequence(String name) {
        createSequence(name, 1, 1);
    }

    /** Creates a sequence starting at {@code start}, counting by {@code increment}. */
    default void createSequence(String name, long start, long increment) {
        apply(CreateSequence.of(qualify(name), start, increment));
    }

    /** Drops a sequence. */
    default void dropSequence(String name) {
        apply(new DropSequence(qualify(name), null));
    }

    /** Sets a table's comment ({@code null} removes it) on a table that had none. */
    default void setTableComment(String table, @Nullable String comment) {
        setTableComment(table, comment, null);
    }

    /** Sets a table's comment ({@code null} removes it), replacing {@code existing}. */
    default void setTableComment(String table, @Nullable String comment, @Nullable String existing) {
        apply(new SetTableComment(qualify(table), comment, existing));
    }

    /**
     * Sets a column's comment ({@code null} removes it), replacing {@code existing}. MariaDB and MySQL
     * need the whole column for this: use {@link #setColumnComment(String, Column, String)} there.
     */
    default void setColumnComment(String table, String column, @Nullable String comment, @Nullable String existing) {
        apply(new SetColumnComment(qualify(table), column, comment, existing, null));
    }

    /** Sets {@code definition}'s comment as the column's comment, replacing {@code existing}; works everywhere. */
    default void setColumnComment(String table, Column definition, @Nullable String existing) {
        apply(new SetColumnComment(qualify(table), definition.name(), definition.comment(), existing, definition));
    }

    /** Runs one SQL statement as written. */
    default void execute(String sql) {
        apply(ExecuteSql.of(sql));
    }

    /** Runs one SQL statement as written, undone by {@code reverseSql}. */
    default void execute(String sql, String reverseSql) {
        apply(ExecuteSql.of(sql, reverseSql));
    }

    /**
     * Runs the statement {@code sql} writes for the dialect at hand:
     * <pre>{@code
     * op.execute(dialect -> "UPDATE resources SET title = " + dialect.stringLiteral("Untitled") + " WHERE title IS NULL");
     * }</pre>
     */
    default void execute(Function<Dialect, String> sql) {
        apply(ExecuteSql.of(sql));
    }

    /** Inserts rows of literal values, one value per column in each row. */
    default void bulkInsert(String table, List<String> columns, List<List<@Nullable Object>> rows) {
        apply(new BulkInsert(qualify(table), columns, rows));
    }

    /**
     * Inserts rows given as maps from column name to value, as Alembic's {@code bulk_insert} takes them.
     * Every row must have the same columns; they are written in alphabetical order, so the SQL does not
     * depend on the maps' iteration order.
     */
    default void bulkInsert(String table, List<? extends Map<String, ?>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> columns = List.copyOf(new TreeSet<>(rows.get(0).keySet()));
        List<List<@Nullable Object>> values = new ArrayList<>();
        for (Map<String, ?> row : rows) {
            if (!row.keySet().equals(Set.copyOf(columns))) {
                throw new IllegalArgumentException("Rows for " + table + " must all have the columns " + columns
                        + ", not " + new TreeSet<>(row.keySet()));
            }
            List<@Nullable Object> value = new ArrayList<>();
            columns.forEach((column) -> value.add(row.get(column)));
            values.add(value);
        }
        bulkInsert(table, columns, values);
    }

    /**
     * Marks the current direction as impossible. A downgrade through a revision that calls this fails
     * before any statement runs.
     */
    default void irreversible(String reason) {
        apply(new Irreversible(reason));
    }
}
