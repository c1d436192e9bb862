package dev.revgraph.dialect;

import dev.revgraph.operation.ColumnType;

/**
 * MariaDB (10.3 and later for sequences, 10.7 for the {@code UUID} type).
 *
 * <p>Every DDL statement commits. {@code UUID} is MariaDB's own {@code UUID} type from 10.7 and
 * {@code CHAR(36)} before; {@code JSON} is MariaDB's alias of {@code LONGTEXT} with a validity check.
 * Check constraints are enforced (10.2.1 and later). Neither partial nor expression indexes exist (an
 * expression needs a generated column). See {@link MySqlFamilyDialect} for the types both share.
 */
public class MariaDbDialect extends MySqlFamilyDialect {

    public MariaDbDialect(ServerVersion version) {
        super(version);
    }

    @Override
    public DatabaseId id() {
        return DatabaseId.MARIADB;
    }

    @Override
    public boolean supportsExpressionIndexes() {
        return false;
    }

    /** From 10.8; before, {@code DESC} is parsed and ignored. */
    @Override
    public boolean supportsDescendingIndexes() {
        return version().atLeast(10, 8);
    }

    @Override
    public boolean supportsSequences() {
        return version().atLeast(10, 3);
    }

    @Override
    public String typeSql(ColumnType type) {
        if (type.kind() == ColumnType.Kind.UUID && version().atLeast(10, 7)) {
            return "UUID";
        }
        return commonTypeSql(type);
    }

    @Override
    protected boolean supportsRenameColumn() {
        return version().atLeast(10, 5, 2);
    }

    @Override
    protected String dropCheck() {
        return "DROP CONSTRAINT";
    }
}
