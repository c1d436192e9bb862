package dev.revgraph.command.offline;

import dev.revgraph.dialect.Dialect;

/**
 * How a database's own client expects a script: what opens a transaction, what ends a statement, and
 * the batch separator some clients need between statements (SQL Server's {@code GO}, Oracle's
 * {@code /}), as Alembic writes them in {@code --sql} mode.
 *
 * @param begin the statement that opens a transaction
 * @param commit the statement that commits it
 * @param terminator what ends each statement
 * @param batchSeparator a line written after each statement, or empty
 */
record OfflineScriptStyle(String begin, String commit, String terminator, String batchSeparator) {

    static OfflineScriptStyle of(Dialect dialect) {
        return switch (dialect.id()) {
            case SQLSERVER -> new OfflineScriptStyle("BEGIN TRANSACTION", "COMMIT", ";", "GO");
            case ORACLE -> new OfflineScriptStyle("BEGIN", "COMMIT", "", "/");
            default -> new OfflineScriptStyle("BEGIN", "COMMIT", ";", "");
        };
    }
}
