package dev.revgraph.runtime;

import java.util.List;

/**
 * Which of a tree's tables exist, and which other tables share their schema.
 *
 * @param versionTable whether the version table exists
 * @param appliedTable whether the applied table exists
 * @param historyTable whether the history table exists
 * @param otherTables every other table of the schema, sorted
 */
record TableState(boolean versionTable, boolean appliedTable, boolean historyTable, List<String> otherTables) {

    TableState {
        otherTables = List.copyOf(otherTables);
    }

    boolean allExist() {
        return this.versionTable && this.appliedTable && this.historyTable;
    }
}
