package dev.revgraph.runtime;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the tree's tables hold, read in a fixed number of queries.
 *
 * @param tables which tables exist
 * @param versionRows the version rows, as read
 * @param applied the applied table by revision ({@code appliedTableRead} false when there is none)
 * @param appliedTableRead whether {@code applied} came from the table
 * @param inDoubt attempts that may have left part of their work behind, oldest first
 * @param appliedMatchesScripts whether the applied table was found, as one digest, to hold exactly the
 *     revisions the version rows imply with their scripts' checksums: {@code applied} is then that set, and
 *     its checksums have been compared already
 */
record DatabaseState(TableState tables, List<String> versionRows, Map<String, AppliedRow> applied,
        boolean appliedTableRead, List<HistoryEntry> inDoubt, boolean appliedMatchesScripts) {

    DatabaseState {
        versionRows = List.copyOf(versionRows);
        applied = Map.copyOf(applied);
        inDoubt = List.copyOf(inDoubt);
    }

    Set<String> rows() {
        return new LinkedHashSet<>(this.versionRows);
    }
}
