package dev.revgraph.dialect;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import dev.revgraph.operation.ColumnType;

/**
 * PostgreSQL (10 and later, for identity columns).
 *
 * <p>Types: {@code JSON} becomes {@code JSONB} — the binary form compares, indexes (GIN) and deduplicates
 * keys, which is what an application storing JSON wants, and it is what Hibernate maps
 * {@code SqlTypes.JSON} to; use {@code ColumnType.raw("JSON")} to keep the text verbatim. {@code BINARY(n)}
 * and {@code BLOB} are both {@code BYTEA} (PostgreSQL has no bounded binary type), {@code CLOB} is
 * {@code TEXT}.
 *
 * <p>DDL is transactional. {@code CREATE INDEX CONCURRENTLY} and {@code DROP INDEX CONCURRENTLY} cannot
 * run inside a transaction: a revision using them must be {@code transactional: false}. Names are
 * limited to 63 bytes (longer ones would be silently truncated, so they are refused).
 */
public class PostgresDialect extends BaseDialect {

    private static final Set<String> RESERVED = ReservedWords.with("ANALYSE ANALYZE COLLATE COLLATION CONCURRENTLY "
            + "CURRENT_CATALOG CURRENT_ROLE CURRENT_SCHEMA DEFERRABLE DO FREEZE ILIKE INITIALLY ISNULL LATERAL "
            + "LOCALTIME LOCALTIMESTAMP NOTNULL ONLY OVERLAPS PLACING RETURNING SIMILAR SYMMETRIC TABLESAMPLE "
            + "VARIADIC VERBOSE WINDOW");

    public PostgresDialect(ServerVersion version) {
        super(version);
    }

    @Override
    public DatabaseId id() {
        return DatabaseId.POSTGRESQL;
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
    public boolean supportsConcurrentIndex() {
        return true;
    }

    @Override
    public boolean supportsSequences() {
        return true;
    }

    @Override
    public int maxIdentifierLength() {
        return 63;
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
    public IdentifierCase unquotedIdentifierCase() {
        return IdentifierCase.LOWER;
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
            case TEXT, CLOB -> "TEXT";
            case DECIMAL -> "NUMERIC(" + type.size() + ", " + type.scale() + ")";
            case REAL -> "REAL";
            case DOUBLE -> "DOUBLE PRECISION";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case TIMESTAMP -> "TIMESTAMP(" + Math.min(type.size(), 6) + ")";
            case TIMESTAMP_TZ -> "TIMESTAMP(" + Math.min(type.size(), 6) + ") WITH TIME ZONE";
            case UUID -> "UUID";
            case BINARY, BLOB -> "BYTEA";
            case JSON -> "JSONB";
            case RAW -> type.sql();
        };
    }

    @Override
    protected String bytesLiteral(String hex) {
        return "'\\x" + hex + "'::BYTEA";
    }

    @Override
    protected String concurrently() {
        return "CONCURRENTLY ";
    }
}
