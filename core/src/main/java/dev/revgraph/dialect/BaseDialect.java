package dev.revgraph.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.revgraph.operation.AddColumn;
import dev.revgraph.operation.AlterColumn;
import dev.revgraph.operation.BulkInsert;
import dev.revgraph.operation.CheckConstraint;
import dev.revgraph.operation.Column;
import dev.revgraph.operation.ColumnType;
import dev.revgraph.operation.CreateIndex;
import dev.revgraph.operation.CreateSequence;
import dev.revgraph.operation.CreateTable;
import dev.revgraph.operation.DropColumn;
import dev.revgraph.operation.DropConstraint;
import dev.revgraph.operation.DropIndex;
import dev.revgraph.operation.ForeignKey;
import dev.revgraph.operation.ForeignKeyAction;
import dev.revgraph.operation.IndexElement;
import dev.revgraph.operation.Operation;
import dev.revgraph.operation.PrimaryKey;
import dev.revgraph.operation.QualifiedName;
import dev.revgraph.operation.RenameTable;
import dev.revgraph.operation.TableConstraint;
import dev.revgraph.operation.UniqueConstraint;

import org.jspecify.annotations.Nullable;

/**
 * The SQL every database here mostly shares, operation by operation, with hooks where they part ways.
 * Each subclass overrides only where its database departs from this.
 */
abstract class BaseDialect extends Dialect {

    BaseDialect(ServerVersion version) {
        super(version);
    }

    @Override
    public final List<String> render(Operation operation) {
        return operation.accept(new RenderingVisitor(this));
    }

    /** {@code feature} is not something this database can do. */
    protected final UnsupportedByDialectException unsupported(String feature) {
        return new UnsupportedByDialectException(id().displayName() + " " + version() + " cannot " + feature);
    }

    // --- tables ---------------------------------------------------------------------------------------

    protected List<String> createTable(CreateTable operation) {
        List<String> statements = new ArrayList<>();
        statements.add("CREATE TABLE " + qualified(operation.table()) + " (\n    "
                + String.join(",\n    ", tableElements(operation)) + "\n)" + tableOptions(operation));
        statements.addAll(commentsOfNewTable(operation));
        return statements;
    }

    /** The column definitions and constraints inside {@code CREATE TABLE}'s parentheses. */
    protected List<String> tableElements(CreateTable operation) {
        List<String> elements = new ArrayList<>();
        operation.columns().forEach((column) -> elements.add(columnDefinition(column)));
        if (operation.primaryKey() != null) {
            elements.add(constraintDefinition(operation.primaryKey()));
        }
        operation.uniques().forEach((unique) -> elements.add(constraintDefinition(unique)));
        operation.checks().forEach((check) -> elements.add(constraintDefinition(check)));
        operation.foreignKeys().forEach((foreignKey) -> elements.add(constraintDefinition(foreignKey)));
        return elements;
    }

    /** What follows {@code CREATE TABLE}'s closing parenthesis; nothing by default. */
    protected String tableOptions(CreateTable operation) {
        return "";
    }

    /** The statements that set a new table's comments, where they cannot be written inline. */
    protected List<String> commentsOfNewTable(CreateTable operation) {
        List<String> statements = new ArrayList<>();
        if (operation.comment() != null) {
            statements.addAll(tableComment(operation.table(), operation.comment(), null));
        }
        for (Column column : operation.columns()) {
            if (column.comment() != null) {
                statements.addAll(columnComment(operation.table(), column.name(), column.comment(), null, column));
            }
        }
        return statements;
    }

    protected List<String> dropTable(QualifiedName table) {
        return List.of("DROP TABLE " + qualified(table));
    }

    protected List<String> renameTable(RenameTable operation) {
        return List.of("ALTER TABLE " + qualified(operation.table()) + " RENAME TO " + identifier(operation.newName()));
    }

    // --- columns --------------------------------------------------------------------------------------

    /** A column as written in {@code CREATE TABLE} and {@code ADD COLUMN}. */
    protected String columnDefinition(Column column) {
        StringBuilder sql = new StringBuilder(identifier(column.name())).append(' ').append(typeSql(column.type()));
        if (column.identity()) {
            sql.append(' ').append(identityClause());
        }
        else if (column.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(column.defaultExpression());
        }
        sql.append(column.nullable() ? nullableClause() : " NOT NULL");
        sql.append(inlineComment(column.comment()));
        return sql.toString();
    }

    /** How a column says the database generates its values. */
    protected String identityClause() {
        return "GENERATED BY DEFAULT AS IDENTITY";
    }

    /** What a nullable column says about it; nothing by default. */
    protected String nullableClause() {
        return "";
    }

    /** A comment inside a column definition, where the database has them; nothing by default. */
    protected String inlineComment(@Nullable String comment) {
        return "";
    }

    protected List<String> addColumn(AddColumn operation) {
        Column column = operation.column();
        List<String> statements = new ArrayList<>();
        statements.add("ALTER TABLE " + qualified(operation.table()) + " " + addColumnKeyword() + columnDefinition(column));
        if (column.comment() != null && inlineComment(column.comment()).isEmpty()) {
            statements.addAll(columnComment(operation.table(), column.name(), column.comment(), null, column));
        }
        return statements;
    }

    protected String addColumnKeyword() {
        return "ADD COLUMN ";
    }

    protected List<String> dropColumn(DropColumn operation) {
        return List.of("ALTER TABLE " + qualified(operation.table()) + " DROP COLUMN " + identifier(operation.column()));
    }

    /**
     * One statement per changed attribute, in Alembic's order: nullability, default, type, comment, and
     * the new name last, since the others use the old one.
     */
    protected List<String> alterColumn(AlterColumn operation) {
        String table = qualified(operation.table());
        String column = identifier(operation.column());
        List<String> statements = new ArrayList<>();
        if (operation.changesNullable()) {
            statements.add(alterNullable(table, column, operation.nullable().target()));
        }
        if (operation.changesDefault()) {
            statements.add(alterDefault(table, column, operation.defaultExpression().target()));
        }
        if (operation.changesType()) {
            statements.add(alterType(table, column, operation.type().target()));
        }
        if (operation.changesComment()) {
            statements.addAll(columnComment(operation.table(), operation.column(), operation.comment().target(),
                    operation.comment().existing(), null));
        }
        if (operation.newName() != null) {
            statements.add(renameColumn(table, column, identifier(operation.newName())));
        }
        return statements;
    }

    protected String alterNullable(String table, String column, boolean nullable) {
        return "ALTER TABLE " + table + " ALTER COLUMN " + column + (nullable ? " DROP NOT NULL" : " SET NOT NULL");
    }

    protected String alterDefault(String table, String column, @Nullable String defaultExpression) {
        return "ALTER TABLE " + table + " ALTER COLUMN " + column
                + ((defaultExpression != null) ? " SET DEFAULT " + defaultExpression : " DROP DEFAULT");
    }

    protected String alterType(String table, String column, ColumnType type) {
        return "ALTER TABLE " + table + " ALTER COLUMN " + column + " TYPE " + typeSql(type);
    }

    protected String renameColumn(String table, String column, String newName) {
        return "ALTER TABLE " + table + " RENAME COLUMN " + column + " TO " + newName;
    }

    // --- comments -------------------------------------------------------------------------------------

    /** Sets ({@code comment}) or removes ({@code null}) a table's comment; {@code COMMENT ON} by default. */
    protected List<String> tableComment(QualifiedName table, @Nullable String comment, @Nullable String existing) {
        return List.of("COMMENT ON TABLE " + qualified(table) + " IS " + commentLiteral(comment));
    }

    /** Sets ({@code comment}) or removes ({@code null}) a column's comment; {@code COMMENT ON} by default. */
    protected List<String> columnComment(QualifiedName table, String column, @Nullable String comment,
            @Nullable String existing, @Nullable Column definition) {
        return List.of("COMMENT ON COLUMN " + qualified(table) + "." + identifier(column) + " IS "
                + commentLiteral(comment));
    }

    /** A comment as the literal after {@code IS}; {@code NULL} removes it. */
    protected String commentLiteral(@Nullable String comment) {
        return (comment != null) ? stringLiteral(comment) : "NULL";
    }

    // --- indexes --------------------------------------------------------------------------------------

    protected List<String> createIndex(CreateIndex operation) {
        StringBuilder sql = new StringBuilder("CREATE ");
        if (operation.unique()) {
            sql.append("UNIQUE ");
        }
        sql.append("INDEX ").append(operation.concurrently() ? concurrently() : "");
        sql.append(indexName(operation.name(), operation.table())).append(" ON ").append(indexedTable(operation.table()));
        sql.append(" (").append(operation.elements().stream().map(this::indexElement).collect(Collectors.joining(", ")));
        sql.append(")");
        if (operation.where() != null) {
            if (!supportsPartialIndexes()) {
                throw unsupported("create partial index " + operation.name() + " (WHERE " + operation.where() + ")");
            }
            sql.append(" WHERE ").append(operation.where());
        }
        return List.of(sql.toString());
    }

    /** The keyword that builds or drops an index without blocking writes; nothing by default. */
    protected String concurrently() {
        return "";
    }

    /** An index's name in {@code CREATE INDEX}; bare by default, as the index lives in its table's schema. */
    protected String indexName(String name, QualifiedName table) {
        return identifier(name);
    }

    /** The table's name after {@code CREATE INDEX ... ON}. */
    protected String indexedTable(QualifiedName table) {
        return qualified(table);
    }

    /** An index element: a quoted column or a parenthesised expression, then {@code DESC} when descending. */
    protected String indexElement(IndexElement element) {
        if (!element.expression()) {
            return identifier(element.text()) + order(element);
        }
        if (!supportsExpressionIndexes()) {
            throw unsupported("index the expression " + element.text());
        }
        return "(" + element.text() + ")" + order(element);
    }

    /**
     * {@code " DESC"} for a descending element, nothing for an ascending one (the default everywhere).
     * Every dialect here accepts {@code DESC}; MariaDB before 10.8 and MySQL before 8.0 build the
     * element ascending all the same ({@link #supportsDescendingIndexes()}).
     */
    protected static String order(IndexElement element) {
        return element.descending() ? " DESC" : "";
    }

    protected List<String> dropIndex(DropIndex operation) {
        return List.of("DROP INDEX " + (operation.concurrently() ? concurrently() : "")
                + qualified(operation.table().withName(operation.name())));
    }

    // --- constraints ----------------------------------------------------------------------------------

    /** A constraint as written in {@code CREATE TABLE} and {@code ADD}. */
    protected String constraintDefinition(TableConstraint constraint) {
        String prefix = (constraint.name() != null) ? "CONSTRAINT " + identifier(constraint.name()) + " " : "";
        if (constraint instanceof PrimaryKey key) {
            return prefix + "PRIMARY KEY (" + columnList(key.columns()) + ")";
        }
        if (constraint instanceof UniqueConstraint unique) {
            return prefix + "UNIQUE (" + columnList(unique.columns()) + ")";
        }
        if (constraint instanceof CheckConstraint check) {
            return prefix + "CHECK (" + check.condition() + ")";
        }
        ForeignKey foreignKey = (ForeignKey) constraint;
        return prefix + "FOREIGN KEY (" + columnList(foreignKey.columns()) + ") REFERENCES "
                + qualified(foreignKey.referencedTable()) + " (" + columnList(foreignKey.referencedColumns()) + ")"
                + referentialAction("DELETE", foreignKey.onDelete()) + referentialAction("UPDATE", foreignKey.onUpdate());
    }

    /** {@code ON DELETE}/{@code ON UPDATE} and the action; nothing for {@code NO ACTION}, the default. */
    protected String referentialAction(String event, ForeignKeyAction action) {
        return (action != ForeignKeyAction.NO_ACTION) ? " ON " + event + " " + action.sql() : "";
    }

    protected final String columnList(List<String> columns) {
        return columns.stream().map(this::identifier).collect(Collectors.joining(", "));
    }

    protected List<String> addConstraint(QualifiedName table, TableConstraint constraint) {
        return List.of("ALTER TABLE " + qualified(table) + " ADD " + constraintDefinition(constraint));
    }

    protected List<String> dropConstraint(DropConstraint operation) {
        return List.of("ALTER TABLE " + qualified(operation.table()) + " DROP CONSTRAINT " + identifier(operation.name()));
    }

    // --- sequences ------------------------------------------------------------------------------------

    protected List<String> createSequence(CreateSequence operation) {
        if (!supportsSequences()) {
            throw unsupported("create sequence " + operation.sequence() + ": it has no sequences");
        }
        StringBuilder sql = new StringBuilder("CREATE SEQUENCE ").append(qualified(operation.sequence()));
        sql.append(" START WITH ").append(operation.start()).append(" INCREMENT BY ").append(operation.increment());
        if (operation.minValue() != null) {
            sql.append(" MINVALUE ").append(operation.minValue());
        }
        if (operation.maxValue() != null) {
            sql.append(" MAXVALUE ").append(operation.maxValue());
        }
        if (operation.cycle()) {
            sql.append(" CYCLE");
        }
        return List.of(sql.toString());
    }

    protected List<String> dropSequence(QualifiedName sequence) {
        if (!supportsSequences()) {
            throw unsupported("drop sequence " + sequence + ": it has no sequences");
        }
        return List.of("DROP SEQUENCE " + qualified(sequence));
    }

    // --- data -----------------------------------------------------------------------------------------

    protected List<String> bulkInsert(BulkInsert operation) {
        String head = "INSERT INTO " + qualified(operation.table()) + " (" + columnList(operation.columns()) + ") VALUES ";
        List<String> statements = new ArrayList<>();
        List<String> rows = operation.rows().stream()
            .map((row) -> row.stream().map(this::literal).collect(Collectors.joining(", ", "(", ")")))
            .toList();
        for (int from = 0; from < rows.size(); from += maxRowsPerInsert()) {
            List<String> chunk = rows.subList(from, Math.min(rows.size(), from + maxRowsPerInsert()));
            statements.add(head + String.join(", ", chunk));
        }
        return statements;
    }

    /** How many rows one {@code INSERT ... VALUES} may carry. */
    protected int maxRowsPerInsert() {
        return Integer.MAX_VALUE;
    }
}
