package dev.revgraph.runtime;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.revgraph.revision.Plan;

import org.jspecify.annotations.Nullable;

/**
 * Where a database stands, read without writing anything.
 *
 * @param tablesExist whether the version table exists (false on a database never migrated)
 * @param versionRows the version rows, in load order (unknown ids last)
 * @param applied the ids in the applied table, in load order (unknown ids last); when there is no
 *     applied table yet, the applied set the version rows imply
 * @param heads the graph's heads ({@code heads} resolves to these), in load order
 * @param pending the upgrade to the heads; empty when at heads, ahead, or blocked by {@code unknownRevisions}
 * @param ahead whether the version table holds revisions this build does not know
 * @param unknownRevisions those revisions
 * @param inDoubt the failed or interrupted attempt the migrator refuses to pass, if any
 * @param migrating whether another migrator is running a step now: an attempt that is still running
 *     while the migration lock is held is that migrator's, not one in doubt (PostgreSQL, MariaDB and MySQL,
 *     where the lock can be seen from outside)
 */
public record MigrationStatus(boolean tablesExist, Set<String> versionRows, Set<String> applied, List<String> heads,
        Plan pending, boolean ahead, Set<String> unknownRevisions, @Nullable HistoryEntry inDoubt, boolean migrating) {

    public MigrationStatus {
        versionRows = Collections.unmodifiableSet(new LinkedHashSet<>(versionRows));
        applied = Collections.unmodifiableSet(new LinkedHashSet<>(applied));
        heads = List.copyOf(heads);
        Objects.requireNonNull(pending, "pending");
        unknownRevisions = Collections.unmodifiableSet(new LinkedHashSet<>(unknownRevisions));
    }

    /** Whether every head is applied, nothing is unknown and nothing is in doubt. */
    public boolean upToDate() {
        return this.pending.isEmpty() && !this.ahead && this.inDoubt == null;
    }
}
