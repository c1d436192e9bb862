package dev.revgraph.autogenerate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import dev.revgraph.dialect.Dialect;
import dev.revgraph.diff.CanonicalType;
import dev.revgraph.diff.Canonicalizer;
import dev.revgraph.operation.CheckConstraint;
import dev.revgraph.operation.Column;
import dev.revgraph.operation.ColumnType;
import dev.revgraph.operation.CreateIndex;
import dev.revgraph.operation.CreateSequence;
import dev.revgraph.operation.CreateTable;
import dev.revgraph.operation.ForeignKey;
import dev.revgraph.operation.IndexElement;
import dev.revgraph.operation.PrimaryKey;
import dev.revgraph.operation.QualifiedName;
import dev.revgraph.operation.UniqueConstraint;
import dev.revgraph.schema.DataType;
import dev.revgraph.schema.IndexColumn;
import dev.revgraph.schema.Schema;
import dev.revgraph.schema.Sequence;
import dev.revgraph.schema.Table;
import dev.revgraph.schema.TableCheckConstraint;
import dev.revgraph.schema.TableColumn;
import dev.revgraph.schema.TableForeignKey;
import dev.revgraph.schema.TableIndex;
import dev.revgraph.schema.TablePrimaryKey;
import dev.revgraph.schema.TableUniqueConstraint;

import org.jspecify.annotations.Nullable;

/**
 * Writes schema objects (from the model or the database) as the operation values that create them, and
 * names what must be named.
 *
 * <p>A type becomes the portable {@link ColumnType} when the dialect writes that back as exactly the same
 * canonical type ({@code varchar(255)} is {@code ColumnType.varchar(255)}), and {@code raw} SQL otherwise
 * ({@code float4} on PostgreSQL stays {@code float4}; MariaDB's {@code int(11)} stays itself), so that
 * applying an operation and reading the database back gives the type it came from. A default the
 * database reports only as "none" (MariaDB's {@code NULL}) is none.
 */
final class Definitions {

    private final Dialect dialect;

    private final Canonicalizer canonicalizer;

    private final @Nullable String schema;

    Definitions(Dialect dialect, Canonicalizer canonicalizer, @Nullable String schema) {
        this.dialect = dialect;
        this.canonicalizer = canonicalizer;
        this.schema = schema;
    }

    QualifiedName name(String table) {
        return QualifiedName.of(schema, table);
    }

    /** A table or sequence name in SQL, qualified and quoted as the dialect needs. */
    String qualified(String name) {
        return dialect.qualified(name(name));
    }

    ColumnType columnType(DataType type) {
        CanonicalType canonical = canonicalizer.type(type);
        ColumnType portable = canonicalizer.portable(canonical);
        if (portable != null && canonicalizer.type(dialect.typeSql(portable)).equals(canonical)) {
            return portable;
        }
        if (canonical.name().equals("json") && type.family() == ColumnType.Kind.JSON) {
            return ColumnType.JSON;
        }
        return ColumnType.raw(type.nativeType());
    }

    /** The column's default as SQL, {@code null} when it has none (whatever the catalog writes for none). */
    @Nullable String defaultExpression(TableColumn column) {
        if (canonicalizer.generated(column)) {
            return null;
        }
        String canonical = canonicalizer.defaultValue(column.defaultExpression(), canonicalizer.type(column.type()));
        return (canonical != null) ? column.defaultExpression() : null;
    }

    Column column(TableColumn column) {
        Column definition = Column.of(column.name(), columnType(column.type()));
        if (canonicalizer.generated(column)) {
            definition = definition.asIdentity();
        }
        else {
            definition = definition.nullable(column.nullable()).defaultExpression(defaultExpression(column));
        }
        return definition.comment(column.comment());
    }

    /**
     * The table with its columns, primary key, unique constraints, checks and the foreign keys
     * {@code inline} keeps; indexes are separate operations.
     */
    CreateTable createTable(Table table, Schema schemaOfTable, Predicate<TableForeignKey> inline) {
        CreateTable.Builder builder = CreateTable.builder(name(table.name()));
        table.columns().forEach((column) -> builder.column(column(column)));
        if (table.primaryKey() != null) {
            builder.constraint(primaryKey(table, table.primaryKey(), false));
        }
        table.uniqueConstraints().forEach((unique) -> builder.constraint(unique(table, unique, false)));
        table.checkConstraints().stream()
            .filter((check) -> !check.implicit())
            .forEach((check) -> builder.constraint(check(table, check, false)));
        table.foreignKeys().stream()
            .filter(inline)
            .forEach((foreignKey) -> builder.constraint(foreignKey(table, foreignKey, schemaOfTable, false)));
        return builder.comment(table.comment()).build();
    }

    PrimaryKey primaryKey(Table table, TablePrimaryKey key, boolean named) {
        String name = canonicalizer.namesPrimaryKeys() ? key.name() : null;
        if (name == null && named) {
            name = constraintName(table.name() + "_pkey", "");
        }
        return new PrimaryKey(name, key.columns());
    }

    UniqueConstraint unique(Table table, TableUniqueConstraint unique, boolean named) {
        String name = unique.name();
        if (name == null && named) {
            name = constraintName("uk_" + table.name() + "_" + String.join("_", unique.columns()), "");
        }
        return new UniqueConstraint(name, unique.columns());
    }

    CheckConstraint check(Table table, TableCheckConstraint check, boolean named) {
        String name = check.name();
        if (name == null && named) {
            name = constraintName("ck_" + table.name() + "_", canonicalizer.expression(check.expression()));
        }
        return new CheckConstraint(name, canonicalizer.recreatableCheck(stripOuterParentheses(check.expression())));
    }

    ForeignKey foreignKey(Table table, TableForeignKey foreignKey, Schema schemaOfTable, boolean named) {
        String name = foreignKey.name();
        if (name == null && named) {
            name = constraintName("fk_" + table.name() + "_" + String.join("_", foreignKey.columns()), "");
        }
        List<String> referenced = foreignKey.referencedColumns();
        if (referenced.isEmpty()) {
            referenced = schemaOfTable.tables().stream()
                .filter((candidate) -> canonicalizer.nameKey(candidate.name())
                    .equals(canonicalizer.nameKey(foreignKey.referencedTable())))
                .map(Table::primaryKey)
                .filter(Objects::nonNull)
                .map(TablePrimaryKey::columns)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Foreign key " + foreignKey.name() + " of " + table.name()
                        + " references " + foreignKey.referencedTable() + ", which has no primary key"));
        }
        String referencedSchema = (foreignKey.referencedSchema() != null
                && !foreignKey.referencedSchema().equals(table.schema())) ? foreignKey.referencedSchema() : schema;
        return new ForeignKey(name, foreignKey.columns(), QualifiedName.of(referencedSchema, foreignKey.referencedTable()),
                referenced, foreignKey.onDelete(), foreignKey.onUpdate());
    }

    CreateIndex index(Table table, TableIndex index) {
        CreateIndex.Builder builder = CreateIndex.builder(index.name(), name(table.name()));
        for (IndexColumn column : index.columns()) {
            builder.element(new IndexElement(column.text(), column.expression(), canonicalizer.descending(column)));
        }
        if (index.unique()) {
            builder.unique();
        }
        if (index.predicate() != null) {
            builder.where(index.predicate());
        }
        return builder.build();
    }

    CreateSequence sequence(Sequence sequence, boolean withLimits) {
        if (!withLimits) {
            return CreateSequence.of(name(sequence.name()), sequence.start(), sequence.increment());
        }
        return new CreateSequence(name(sequence.name()), sequence.start(), sequence.increment(), sequence.minValue(),
                sequence.maxValue(), sequence.cycle());
    }

    /**
     * {@code base}, made unique by a short hash of {@code salt} when there is one, and cut with a hash
     * where the database's names are shorter.
     */
    String constraintName(String base, String salt) {
        String name = salt.isEmpty() ? base : base + hash(salt).substring(0, 8);
        int max = Math.min(dialect.maxIdentifierLength(), 60);
        if (name.length() > max) {
            name = name.substring(0, max - 9) + "_" + hash(name).substring(0, 8);
        }
        return name;
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** {@code (a > 0)} as {@code a > 0}: {@code CHECK (...)} adds its own. */
    static String stripOuterParentheses(String expression) {
        String text = expression.strip();
        while (text.startsWith("(") && text.endsWith(")") && balanced(text.substring(1, text.length() - 1))) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    private static boolean balanced(String text) {
        int depth = 0;
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            else if (!quoted && c == '(') {
                depth++;
            }
            else if (!quoted && c == ')') {
                depth--;
                if (depth < 0) {
                    return false;
                }
            }
        }
        return depth == 0;
    }
}
