package dev.revgraph.dialect;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.revgraph.operation.AlterColumn;
import dev.revgraph.operation.Change;
import dev.revgraph.operation.Column;
import dev.revgraph.operation.ColumnType;
import dev.revgraph.operation.DropColumn;
import dev.revgraph.operation.DropIndex;
import dev.revgraph.operation.ForeignKeyAction;
import dev.revgraph.operation.QualifiedName;
import dev.revgraph.operation.RenameTable;

import org.jspecify.annotations.Nullable;

/**
 * Microsoft SQL Server (2012 and later for sequences).
 *
 * <p>DDL is transactional. Names are quoted in brackets. Character types are the national ones
 * ({@code NVARCHAR}, {@code NCHAR}), which hold any Unicode text whatever the collation; lengths beyond
 * 4,000 characters (8,000 bytes for {@code VARBINARY}) become {@code MAX}. {@code BOOLEAN} is
 * {@code BIT}, {@code TIMESTAMP} is {@code DATETIME2}, {@code TIMESTAMP_TZ} is {@code DATETIMEOFFSET},
 * {@code JSON} is {@code NVARCHAR(MAX)}.
 *
 * <p>Defaults are constraints with names the server makes up, so dropping one looks its name up in
 * {@code sys.default_constraints}; dropping a column drops its default first. Comments are
 * {@code MS_Description} extended properties, in schema {@code dbo} unless the name has a schema.
 * {@code RESTRICT} is written as {@code NO ACTION}, which SQL Server checks at once, as {@code RESTRICT}
 * does elsewhere.
 */
public class SqlServerDialect extends BaseDialect {

    private static final Set<String> RESERVED = ReservedWords.with("ADD BACKUP BEGIN BREAK BROWSE BULK CASCADE "
            + "CHECKPOINT CLOSE CLUSTERED COALESCE COLLATE COMMIT COMPUTE CONTAINS CONTAINSTABLE CONTINUE CONVERT "
            + "CURRENT CURSOR DATABASE DBCC DEALLOCATE DECLARE DENY DISK DOUBLE DUMP ERRLVL ESCAPE EXEC EXECUTE EXIT "
            + "EXTERNAL FILE FILLFACTOR FREETEXT FREETEXTTABLE FUNCTION GOTO HOLDLOCK IDENTITY IDENTITYCOL "
            + "IDENTITY_INSERT IF KILL LINENO LOAD MERGE NATIONAL NOCHECK NONCLUSTERED NULLIF OFF OFFSETS OPEN "
            + "OPENDATASOURCE OPENQUERY OPENROWSET OPENXML OPTION OVER PERCENT PIVOT PLAN PRECISION PRINT PROC "
            + "PROCEDURE PUBLIC RAISERROR READ READTEXT RECONFIGURE REPLICATION RESTORE RESTRICT RETURN REVERT REVOKE "
            + "ROLLBACK ROWCOUNT ROWGUIDCOL RULE SAVE SCHEMA SECURITYAUDIT SEMANTICKEYPHRASETABLE SETUSER SHUTDOWN "
            + "STATISTICS SYSTEM_USER TABLESAMPLE TEXTSIZE TOP TRAN TRANSACTION TRIGGER TRUNCATE TRY_CONVERT TSEQUAL "
            + "UNPIVOT UPDATETEXT USE VARYING VIEW WAITFOR WHILE WITHIN WRITETEXT");

    public SqlServerDialect(ServerVersion version) {
        super(version);
    }

    @Override
    public DatabaseId id() {
        return DatabaseId.SQLSERVER;
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
        return false;
    }

    @Override
    public boolean supportsSequences() {
        return version().atLeast(11, 0);
    }

    @Override
    public int maxIdentifierLength() {
        return 128;
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
    protected String quoteValidated(String name) {
        return "[" + name.replace("]", "]]") + "]";
    }

    @Override
    public String typeSql(ColumnType type) {
        return switch (type.kind()) {
            case INTEGER -> "INT";
            case BIGINT -> "BIGINT";
            case SMALLINT -> "SMALLINT";
            case BOOLEAN -> "BIT";
            case VARCHAR -> "NVARCHAR(" + ((type.size() <= 4000) ? type.size() : "MAX") + ")";
            case CHAR -> "NCHAR(" + type.size() + ")";
            case TEXT, CLOB, JSON -> "NVARCHAR(MAX)";
            case DECIMAL -> "DECIMAL(" + type.size() + ", " + type.scale() + ")";
            case REAL -> "REAL";
            case DOUBLE -> "FLOAT(53)";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case TIMESTAMP -> "DATETIME2(" + Math.min(type.size(), 7) + ")";
            case TIMESTAMP_TZ -> "DATETIMEOFFSET(" + Math.min(type.size(), 7) + ")";
            case UUID -> "UNIQUEIDENTIFIER";
            case BINARY -> "VARBINARY(" + ((type.size() <= 8000) ? type.size() : "MAX") + ")";
            case BLOB -> "VARBINARY(MAX)";
            case RAW -> Objects.requireNonNull(type.sql());
        };
    }

    @Override
    public String stringLiteral(String value) {
        return "N" + super.stringLiteral(value);
    }

    @Override
    protected String booleanLiteral(boolean value) {
        return value ? "1" : "0";
    }

    @Override
    protected String dateLiteral(String isoDate) {
        return "'" + isoDate + "'";
    }

    @Override
    protected String timeLiteral(String isoTime) {
        return "'" + isoTime + "'";
    }

    @Override
    protected String timestampLiteral(String isoTimestamp) {
        // The ISO 8601 form with a T is read the same whatever the session's language and date format.
        return "'" + isoTimestamp.replace(' ', 'T') + "'";
    }

    @Override
    protected String timestampTzLiteral(OffsetDateTime value) {
        return "'" + formatWithOffset(value, "T", "") + "'";
    }

    @Override
    protected String bytesLiteral(String hex) {
        return "0x" + hex;
    }

    @Override
    protected String identityClause() {
        return "IDENTITY(1,1)";
    }

    @Override
    protected String nullableClause() {
        return " NULL";
    }

    @Override
    protected String addColumnKeyword() {
        return "ADD ";
    }

    @Override
    protected String referentialAction(String event, ForeignKeyAction action) {
        return super.referentialAction(event, (action == ForeignKeyAction.RESTRICT) ? ForeignKeyAction.NO_ACTION : action);
    }

    @Override
    protected int maxRowsPerInsert() {
        return 1000;
    }

    @Override
    protected List<String> renameTable(RenameTable operation) {
        return List.of("EXEC sp_rename " + stringLiteral(qualified(operation.table())) + ", "
                + stringLiteral(operation.newName()));
    }

    @Override
    protected List<String> dropColumn(DropColumn operation) {
        return List.of(dropDefault(operation.table(), operation.column()), "ALTER TABLE " + qualified(operation.table())
                + " DROP COLUMN " + identifier(operation.column()));
    }

    /**
     * Type and nullability change together in {@code ALTER COLUMN}, which needs both; a default is
     * dropped by looking up its constraint's name and added as an unnamed constraint.
     */
    @Override
    protected List<String> alterColumn(AlterColumn operation) {
        String table = qualified(operation.table());
        String column = identifier(operation.column());
        List<String> statements = new ArrayList<>();
        if (operation.changesType() || operation.changesNullable()) {
            Change<ColumnType> type = operation.type();
            Change<Boolean> nullable = operation.nullable();
            if (type == null || nullable == null) {
                throw unsupported("alter column " + operation.column() + " of " + operation.table() + " without "
                        + "knowing its type and nullability: ALTER COLUMN restates both. Add "
                        + "ColumnChange.existingType(...) and ColumnChange.existingNullable(...)");
            }
            statements.add("ALTER TABLE " + table + " ALTER COLUMN " + column + " " + typeSql(type.target())
                    + (nullable.target() ? " NULL" : " NOT NULL"));
        }
        if (operation.changesDefault()) {
            statements.add(dropDefault(operation.table(), operation.column()));
            String target = operation.defaultExpression().target();
            if (target != null) {
                statements.add("ALTER TABLE " + table + " ADD DEFAULT " + target + " FOR " + column);
            }
        }
        if (operation.changesComment()) {
            statements.addAll(columnComment(operation.table(), operation.column(), operation.comment().target(),
                    operation.comment().existing(), null));
        }
        if (operation.newName() != null) {
            statements.add("EXEC sp_rename " + stringLiteral(table + "." + column) + ", "
                    + stringLiteral(operation.newName()) + ", 'COLUMN'");
        }
        return statements;
    }

    /** Drops the column's default constraint, whatever the server named it; nothing if it has none. */
    private String dropDefault(QualifiedName table, String column) {
        String alter = "ALTER TABLE " + qualified(table) + " DROP CONSTRAINT ";
        return "DECLARE @sql NVARCHAR(MAX) = (SELECT " + stringLiteral(alter) + " + QUOTENAME(d.name) "
                + "FROM sys.default_constraints d JOIN sys.columns c ON c.object_id = d.parent_object_id "
                + "AND c.column_id = d.parent_column_id WHERE d.parent_object_id = OBJECT_ID("
                + stringLiteral(qualified(table)) + ") AND c.name = " + stringLiteral(column)
                + "); IF @sql IS NOT NULL EXEC sp_executesql @sql";
    }

    @Override
    protected List<String> dropIndex(DropIndex operation) {
        return List.of("DROP INDEX " + identifier(operation.name()) + " ON " + qualified(operation.table()));
    }

    @Override
    protected List<String> tableComment(QualifiedName table, @Nullable String comment, @Nullable String existing) {
        return description(comment, existing, level1(table));
    }

    @Override
    protected List<String> columnComment(QualifiedName table, String column, @Nullable String comment,
            @Nullable String existing, @Nullable Column definition) {
        return description(comment, existing, level1(table) + ", @level2type = N'COLUMN', @level2name = "
                + stringLiteral(column));
    }

    private String level1(QualifiedName table) {
        String schema = (table.schema() != null) ? table.schema() : "dbo";
        return "@level0type = N'SCHEMA', @level0name = " + stringLiteral(schema)
                + ", @level1type = N'TABLE', @level1name = " + stringLiteral(table.name());
    }

    /** Adds, updates or drops the {@code MS_Description} property, whichever the change needs. */
    private List<String> description(@Nullable String comment, @Nullable String existing, String levels) {
        if (comment == null) {
            return (existing != null)
                    ? List.of("EXEC sp_dropextendedproperty @name = N'MS_Description', " + levels) : List.of();
        }
        String procedure = (existing != null) ? "sp_updateextendedproperty" : "sp_addextendedproperty";
        return List.of("EXEC " + procedure + " @name = N'MS_Description', @value = " + stringLiteral(comment) + ", "
                + levels);
    }
}
