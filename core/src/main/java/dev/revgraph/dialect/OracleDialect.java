package dev.revgraph.dialect;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;

import dev.revgraph.operation.ColumnType;
import dev.revgraph.operation.ForeignKeyAction;
import dev.revgraph.operation.IndexElement;
import dev.revgraph.operation.QualifiedName;

import org.jspecify.annotations.Nullable;

/**
 * Oracle Database (12c and later, for identity columns).
 *
 * <p>Every DDL statement commits. Unquoted names fold to upper case; names are at most 128 bytes from
 * 12.2 (30 before), and a quoted name cannot contain a double quote at all. Numbers are {@code NUMBER}
 * of the matching precision; {@code BOOLEAN} is {@code NUMBER(1)} before 23ai; {@code VARCHAR(n)} is
 * {@code VARCHAR2(n CHAR)} (characters, not bytes); {@code TEXT} and {@code CLOB} are {@code CLOB};
 * {@code TIME} is {@code DATE} (which holds a time of day; Oracle has no {@code TIME}); {@code UUID} is
 * {@code CHAR(36)}; {@code JSON} is {@code JSON} from 21c and {@code CLOB} before.
 *
 * <p>Foreign keys only know {@code ON DELETE CASCADE} and {@code ON DELETE SET NULL}; {@code RESTRICT}
 * is written as Oracle's default, which checks at once. Multi-row {@code INSERT ... VALUES} does not
 * exist before 23ai, so a bulk insert is one statement per row. No partial indexes.
 */
public class OracleDialect extends BaseDialect {

    private static final Set<String> RESERVED = ReservedWords.with("ACCESS ADD AUDIT CHAR CLUSTER COMMENT COMPRESS "
            + "CONNECT CURRENT DATE DECIMAL EXCLUSIVE FILE FLOAT IDENTIFIED IMMEDIATE INCREMENT INITIAL INTEGER "
            + "INTERSECT LEVEL LOCK LONG MAXEXTENTS MINUS MLSLABEL MODE MODIFY NOAUDIT NOCOMPRESS NOWAIT NUMBER "
            + "OFFLINE ONLINE OPTION PCTFREE PRIOR PUBLIC RAW RENAME RESOURCE REVOKE ROWID ROWNUM SESSION SHARE SIZE "
            + "SMALLINT START SUCCESSFUL SYNONYM SYSDATE TRIGGER UID VALIDATE VARCHAR VARCHAR2 VIEW WHENEVER");

    public OracleDialect(ServerVersion version) {
        super(version);
    }

    @Override
    public DatabaseId id() {
        return DatabaseId.ORACLE;
    }

    @Override
    public boolean supportsTransactionalDdl() {
        return false;
    }

    @Override
    public boolean supportsPartialIndexes() {
        return false;
    }

    @Override
    public boolean supportsExpressionIndexes() {
        return true;
    }

    @Override
    public boolean supportsSequences() {
        return true;
    }

    @Override
    public int maxIdentifierLength() {
        return version().atLeast(12, 2) ? 128 : 30;
    }

    @Override
    protected int identifierLength(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }

    @Override
    protected String identifierLengthUnit() {
        return "bytes";
    }

    @Override
    protected void checkIdentifierCharacters(String name) {
        if (name.indexOf('"') >= 0) {
            throw new IllegalArgumentException("An Oracle name cannot contain a double quote, even quoted: '" + name + "'");
        }
    }

    @Override
    public IdentifierCase unquotedIdentifierCase() {
        return IdentifierCase.UPPER;
    }

    @Override
    protected Set<String> reservedWords() {
        return RESERVED;
    }

    @Override
    public String typeSql(ColumnType type) {
        return switch (type.kind()) {
            case INTEGER -> "NUMBER(10)";
            case BIGINT -> "NUMBER(19)";
            case SMALLINT -> "NUMBER(5)";
            case BOOLEAN -> version().atLeast(23, 0) ? "BOOLEAN" : "NUMBER(1)";
            case VARCHAR -> "VARCHAR2(" + type.size() + " CHAR)";
            case CHAR -> "CHAR(" + type.size() + " CHAR)";
            case TEXT, CLOB -> "CLOB";
            case DECIMAL -> "NUMBER(" + type.size() + ", " + type.scale() + ")";
            case REAL -> "BINARY_FLOAT";
            case DOUBLE -> "BINARY_DOUBLE";
            case DATE, TIME -> "DATE";
            case TIMESTAMP -> "TIMESTAMP(" + type.size() + ")";
            case TIMESTAMP_TZ -> "TIMESTAMP(" + type.size() + ") WITH TIME ZONE";
            case UUID -> "CHAR(36)";
            case BINARY -> (type.size() <= 2000) ? "RAW(" + type.size() + ")" : "BLOB";
            case BLOB -> "BLOB";
            case JSON -> version().atLeast(21, 0) ? "JSON" : "CLOB";
            case RAW -> Objects.requireNonNull(type.sql());
        };
    }

    @Override
    protected String booleanLiteral(boolean value) {
        if (version().atLeast(23, 0)) {
            return super.booleanLiteral(value);
        }
        return value ? "1" : "0";
    }

    @Override
    protected String timeLiteral(String isoTime) {
        // TIME columns are DATE here: a time of day on 1 January 1970.
        return "TIMESTAMP '1970-01-01 " + isoTime + "'";
    }

    @Override
    protected String timestampTzLiteral(OffsetDateTime value) {
        return "TIMESTAMP '" + formatWithOffset(value, " ", " ") + "'";
    }

    @Override
    protected String bytesLiteral(String hex) {
        return "HEXTORAW('" + hex + "')";
    }

    @Override
    protected String addColumnKeyword() {
        return "ADD ";
    }

    @Override
    protected String referentialAction(String event, ForeignKeyAction action) {
        if (action == ForeignKeyAction.NO_ACTION || action == ForeignKeyAction.RESTRICT) {
            return "";
        }
        if (event.equals("UPDATE") || action == ForeignKeyAction.SET_DEFAULT) {
            throw unsupported("use ON " + event + " " + action.sql() + ": only ON DELETE CASCADE and ON DELETE SET NULL exist");
        }
        return super.referentialAction(event, action);
    }

    @Override
    protected String alterNullable(String table, String column, boolean nullable) {
        return "ALTER TABLE " + table + " MODIFY (" + column + (nullable ? " NULL)" : " NOT NULL)");
    }

    @Override
    protected String alterDefault(String table, String column, @Nullable String defaultExpression) {
        return "ALTER TABLE " + table + " MODIFY (" + column + " DEFAULT "
                + ((defaultExpression != null) ? defaultExpression : "NULL") + ")";
    }

    @Override
    protected String alterType(String table, String column, ColumnType type) {
        return "ALTER TABLE " + table + " MODIFY (" + column + " " + typeSql(type) + ")";
    }

    @Override
    protected String commentLiteral(@Nullable String comment) {
        return stringLiteral((comment != null) ? comment : "");
    }

    @Override
    protected String indexName(String name, QualifiedName table) {
        return qualified(table.withName(name));
    }

    @Override
    protected String indexElement(IndexElement element) {
        return (element.expression() ? element.text() : identifier(element.text())) + order(element);
    }

    @Override
    protected int maxRowsPerInsert() {
        return 1;
    }
}
