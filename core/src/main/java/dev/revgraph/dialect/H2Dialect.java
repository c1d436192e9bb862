package dev.revgraph.dialect;

import java.util.Set;

import dev.revgraph.operation.ColumnType;
import dev.revgraph.operation.QualifiedName;

/**
 * H2 2.x.
 *
 * <p>H2 commits before and after every DDL statement, so it is treated as having no transactional DDL,
 * like MariaDB. Unquoted names fold to upper case. {@code TEXT} becomes {@code CHARACTER VARYING} without
 * a length (as long as H2 allows, and still a string that compares and indexes), while {@code CLOB}
 * is {@code CHARACTER LARGE OBJECT}. H2 has neither partial nor expression indexes.
 */
public class H2Dialect extends BaseDialect {

    private static final Set<String> RESERVED = ReservedWords.with("CURRENT_CATALOG CURRENT_PATH CURRENT_ROLE "
            + "CURRENT_SCHEMA DAY GROUPS HOUR IF ILIKE INTERVAL LOCALTIME LOCALTIMESTAMP MINUS MINUTE MONTH OVER "
            + "PARTITION QUALIFY RANGE REGEXP ROWNUM SECOND SYMMETRIC ASYMMETRIC SYSTEM_USER TOP UESCAPE UNKNOWN VALUE "
            + "WINDOW YEAR _ROWID_");

    public H2Dialect(ServerVersion version) {
        super(version);
    }

    @Override
    public DatabaseId id() {
        return DatabaseId.H2;
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
        return false;
    }

    @Override
    public boolean supportsSequences() {
        return true;
    }

    @Override
    public int maxIdentifierLength() {
        return 256;
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
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case SMALLINT -> "SMALLINT";
            case BOOLEAN -> "BOOLEAN";
            case VARCHAR -> "VARCHAR(" + type.size() + ")";
            case CHAR -> "CHAR(" + type.size() + ")";
            case TEXT -> "CHARACTER VARYING";
            case DECIMAL -> "NUMERIC(" + type.size() + ", " + type.scale() + ")";
            case REAL -> "REAL";
            case DOUBLE -> "DOUBLE PRECISION";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case TIMESTAMP -> "TIMESTAMP(" + type.size() + ")";
            case TIMESTAMP_TZ -> "TIMESTAMP(" + type.size() + ") WITH TIME ZONE";
            case UUID -> "UUID";
            case BINARY -> "VARBINARY(" + type.size() + ")";
            case BLOB -> "BLOB";
            case CLOB -> "CLOB";
            case JSON -> "JSON";
            case RAW -> type.sql();
        };
    }

    @Override
    protected String indexName(String name, QualifiedName table) {
        return qualified(table.withName(name));
    }

    @Override
    protected String alterType(String table, String column, ColumnType type) {
        return "ALTER TABLE " + table + " ALTER COLUMN " + column + " SET DATA TYPE " + typeSql(type);
    }
}
