package dev.revgraph.dialect;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.revgraph.operation.AddColumn;
import dev.revgraph.operation.AlterColumn;
import dev.revgraph.operation.Column;
import dev.revgraph.operation.ColumnType;
import dev.revgraph.operation.CreateTable;
import dev.revgraph.operation.DropColumn;
import dev.revgraph.operation.DropConstraint;
import dev.revgraph.operation.IndexElement;
import dev.revgraph.operation.PrimaryKey;
import dev.revgraph.operation.QualifiedName;
import dev.revgraph.operation.TableConstraint;

import org.jspecify.annotations.Nullable;

/**
 * SQLite (3.35 and later for {@code DROP COLUMN}).
 *
 * <p>SQLite's {@code ALTER TABLE} renames tables and columns, adds and drops columns, and nothing else:
 * changing a column's type, nullability or default, and adding or dropping a constraint, need the table
 * rebuilt, which this dialect refuses with {@link UnsupportedByDialectException} rather than guess. There
 * are no sequences and no comments (comments render as nothing).
 *
 * <p>Types follow SQLite's affinity rules: every integer type is {@code INTEGER} (all are 64-bit, and
 * only {@code INTEGER PRIMARY KEY} aliases the rowid), so an identity column is written
 * {@code INTEGER PRIMARY KEY AUTOINCREMENT} and must be the whole primary key. {@code JSON} is
 * {@code TEXT}, since a column declared {@code JSON} would have numeric affinity and turn the document
 * {@code "1"} into the number 1; {@code UUID} is {@code CHAR(36)}.
 */
public class SqliteDialect extends BaseDialect {

    private static final Set<String> RESERVED = ReservedWords.with("ABORT ACTION ADD AFTER ANALYZE ATTACH "
            + "AUTOINCREMENT BEFORE BEGIN CASCADE COLLATE COMMIT CONFLICT DATABASE DEFERRABLE DEFERRED DETACH EACH "
            + "ESCAPE EXCLUSIVE EXPLAIN FAIL GLOB IF IGNORE IMMEDIATE INDEXED INITIALLY INSTEAD ISNULL NOTNULL PLAN "
            + "PRAGMA QUERY RAISE RECURSIVE REGEXP REINDEX RELEASE RENAME REPLACE RESTRICT ROLLBACK SAVEPOINT "
            + "TEMP TEMPORARY TRANSACTION TRIGGER VACUUM VIEW VIRTUAL");

    public SqliteDialect(ServerVersion version) {
        super(version);
    }

    @Override
    public DatabaseId id() {
        return DatabaseId.SQLITE;
    }

    @Override
    public boolean supportsTransactionalDdl() {
        return true;
    }

    @Override
    public boolean supportsPartialIndexes() {
        return true;
    }

    @Override
    public boolean supportsExpressionIndexes() {
        return true;
    }

    @Override
    public boolean supportsSequences() {
        return false;
    }

    @Override
    public boolean supportsComments() {
        return false;
    }

    /** SQLite sets no limit of its own on names. */
    @Override
    public int maxIdentifierLength() {
        return Integer.MAX_VALUE;
    }

    @Override
    public IdentifierCase unquotedIdentifierCase() {
        return IdentifierCase.PRESERVED;
    }

    @Override
    protected Set<String> reservedWords() {
        return RESERVED;
    }

    @Override
    public String typeSql(ColumnType type) {
        return switch (type.kind()) {
            case INTEGER, BIGINT, SMALLINT -> "INTEGER";
            case BOOLEAN -> "BOOLEAN";
            case VARCHAR -> "VARCHAR(" + type.size() + ")";
            case CHAR -> "CHAR(" + type.size() + ")";
            case TEXT, CLOB, JSON -> "TEXT";
            case DECIMAL -> "NUMERIC(" + type.size() + ", " + type.scale() + ")";
            case REAL, DOUBLE -> "REAL";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case TIMESTAMP, TIMESTAMP_TZ -> "TIMESTAMP";
            case UUID -> "CHAR(36)";
            case BINARY, BLOB -> "BLOB";
            case RAW -> Objects.requireNonNull(type.sql());
        };
    }

    @Override
    protected String booleanLiteral(boolean value) {
        return value ? "1" : "0";
    }

    @Override
    protected String dateLiteral(String isoDate) {
        return stringLiteral(isoDate);
    }

    @Override
    protected String timeLiteral(String isoTime) {
        return stringLiteral(isoTime);
    }

    @Override
    protected String timestampLiteral(String isoTimestamp) {
        return stringLiteral(isoTimestamp);
    }

    @Override
    protected String timestampTzLiteral(OffsetDateTime value) {
        return stringLiteral(formatWithOffset(value, " ", ""));
    }

    @Override
    protected List<String> tableElements(CreateTable operation) {
        List<Column> identities = operation.columns().stream().filter(Column::identity).toList();
        if (identities.isEmpty()) {
            return super.tableElements(operation);
        }
        Column identity = identities.get(0);
        PrimaryKey key = operation.primaryKey();
        if (identities.size() > 1 || key == null || !key.columns().equals(List.of(identity.name()))) {
            throw unsupported("create table " + operation.table() + ": an identity column must be the whole primary key");
        }
        List<String> elements = new ArrayList<>();
        for (Column column : operation.columns()) {
            elements.add((column == identity) ? identifier(column.name()) + " INTEGER NOT NULL "
                    + ((key.name() != null) ? "CONSTRAINT " + identifier(key.name()) + " " : "")
                    + "PRIMARY KEY AUTOINCREMENT" : columnDefinition(column));
        }
        List<TableConstraint> constraints = new ArrayList<>(operation.uniques());
        constraints.addAll(operation.checks());
        constraints.addAll(operation.foreignKeys());
        constraints.forEach((constraint) -> elements.add(constraintDefinition(constraint)));
        return elements;
    }

    @Override
    protected List<String> addColumn(AddColumn operation) {
        Column column = operation.column();
        if (column.identity()) {
            throw unsupported("add identity column " + column.name() + " to an existing table");
        }
        if (!column.nullable() && column.defaultExpression() == null) {
            throw unsupported("add NOT NULL column " + column.name() + " without a default");
        }
        return super.addColumn(operation);
    }

    @Override
    protected List<String> dropColumn(DropColumn operation) {
        if (!version().atLeast(3, 35)) {
            throw unsupported("drop a column (from 3.35)");
        }
        return super.dropColumn(operation);
    }

    /** Renames are all SQLite can do; comments are dropped, as everywhere in SQLite. */
    @Override
    protected List<String> alterColumn(AlterColumn operation) {
        if (operation.changesType() || operation.changesNullable() || operation.changesDefault()) {
            throw unsupported("change the type, nullability or default of column " + operation.column() + " of "
                    + operation.table() + ": the table must be rebuilt");
        }
        if (operation.newName() == null) {
            return List.of();
        }
        return List.of(renameColumn(qualified(operation.table()), identifier(operation.column()),
                identifier(operation.newName())));
    }

    @Override
    protected List<String> tableComment(QualifiedName table, @Nullable String comment, @Nullable String existing) {
        return List.of();
    }

    @Override
    protected List<String> columnComment(QualifiedName table, String column, @Nullable String comment,
            @Nullable String existing, @Nullable Column definition) {
        return List.of();
    }

    @Override
    protected String indexName(String name, QualifiedName table) {
        return qualified(table.withName(name));
    }

    @Override
    protected String indexedTable(QualifiedName table) {
        // The index's schema names the table's; SQLite refuses a qualified table name here.
        return identifier(table.name());
    }

    @Override
    protected String indexElement(IndexElement element) {
        return (element.expression() ? element.text() : identifier(element.text())) + order(element);
    }

    @Override
    protected List<String> addConstraint(QualifiedName table, TableConstraint constraint) {
        throw unsupported("add " + constraint.kind() + " constraint " + constraint.name() + " to " + table
                + ": the table must be rebuilt");
    }

    @Override
    protected List<String> dropConstraint(DropConstraint operation) {
        throw unsupported("drop constraint " + operation.name() + " of " + operation.table()
                + ": the table must be rebuilt");
    }
}
