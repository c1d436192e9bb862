package dev.revgraph.runtime;

import java.util.List;

/**
 * Which of a tree's tables exist, and which other tables share their schema.
 *
 * @param versionTable whether the version table exists
 * @param appliedTable whether the applied table exists
 * @param historyTable whether the history table exists
 * @param otherTables every other table of the schema, sorted
 * @param otherTreeTables the tables of other trees ({@link MigrationSettings#otherTreeTables()}) found in
 *     the schema, sorted; not in {@code otherTables}
 */
record TableState(boolean versionTable, boolean appliedTable, boolean historyTable, List<String> otherTables,
        List<String> otherTreeTables) {

    TableState {
        otherTables = List.copyOf(otherTables);
        otherTreeTables = List.copyOf(otherTreeTables);
    }

    /**
     * Whether the schema holds tables but neither this tree's version table nor another tree's tables:
     * a schema these migrations did not build, which they refuse to run from base.
     */
    boolean unmanagedNonEmpty() {
        return !this.versionTable && !this.otherTables.isEmpty() && this.otherTreeTables.isEmpty();
    }

    boolean allExist() {
        return this.versionTable && this.appliedTable && this.historyTable;
    }
}
