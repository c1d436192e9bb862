package dev.revgraph.dialect;

import java.util.List;

import dev.revgraph.operation.ColumnType;

/** Every portable type once, in {@link ColumnType.Kind} order, for the dialects' type tests. */
final class DialectTypes {

    static final List<ColumnType> ALL = List.of(ColumnType.INTEGER, ColumnType.BIGINT, ColumnType.SMALLINT,
            ColumnType.BOOLEAN, ColumnType.varchar(255), ColumnType.fixedChar(2), ColumnType.TEXT,
            ColumnType.decimal(12, 2), ColumnType.REAL, ColumnType.DOUBLE, ColumnType.DATE, ColumnType.TIME,
            ColumnType.timestamp(3), ColumnType.TIMESTAMP_TZ, ColumnType.UUID, ColumnType.binary(16), ColumnType.BLOB,
            ColumnType.CLOB, ColumnType.JSON, ColumnType.raw("INT4RANGE"));

    private DialectTypes() {
    }

    static List<String> render(Dialect dialect) {
        return ALL.stream().map(dialect::typeSql).toList();
    }
}
