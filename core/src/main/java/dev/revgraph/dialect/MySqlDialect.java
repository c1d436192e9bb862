package dev.revgraph.dialect;

import dev.revgraph.operation.ColumnType;

/**
 * MySQL (5.7 and 8.x).
 *
 * <p>Every DDL statement commits. There are no sequences. Check constraints are parsed but only enforced
 * from 8.0.16, and can only be dropped from then on; expression indexes exist from 8.0.13;
 * {@code RENAME COLUMN} from 8.0. {@code UUID} is {@code CHAR(36)}: readable in any query, where
 * {@code BINARY(16)} would need conversion functions on every use. See {@link MySqlFamilyDialect} for
 * the types shared with MariaDB.
 */
public class MySqlDialect extends MySqlFamilyDialect {

    public MySqlDialect(ServerVersion version) {
        super(version);
    }

    @Override
    public DatabaseId id() {
        return DatabaseId.MYSQL;
    }

    @Override
    public boolean supportsExpressionIndexes() {
        return version().atLeast(8, 0, 13);
    }

    /** From 8.0; before, {@code DESC} is parsed and ignored. */
    @Override
    public boolean supportsDescendingIndexes() {
        return version().atLeast(8, 0);
    }

    @Override
    public boolean supportsSequences() {
        return false;
    }

    @Override
    public boolean supportsCheckConstraints() {
        return version().atLeast(8, 0, 16);
    }

    @Override
    public String typeSql(ColumnType type) {
        return commonTypeSql(type);
    }

    @Override
    protected boolean supportsRenameColumn() {
        return version().atLeast(8, 0);
    }

    @Override
    protected String dropCheck() {
        if (!supportsCheckConstraints()) {
            throw unsupported("drop a check constraint: before 8.0.16 they are parsed and ignored");
        }
        return "DROP CHECK";
    }
}
