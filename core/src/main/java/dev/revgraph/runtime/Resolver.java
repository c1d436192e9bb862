package dev.revgraph.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.revgraph.ErrorCode;
import dev.revgraph.RevGraphException;
import dev.revgraph.revision.Revision;
import dev.revgraph.revision.RevisionGraph;
import dev.revgraph.revision.RowChange;
import dev.revgraph.revision.Step;
import dev.revgraph.script.LoadedRevisions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code migrations resolve REV --retry | --mark-applied | --accept-checksum}: one transaction that
 * settles the revision and appends a {@code resolve} history row (its {@code error} column says which
 * action), under the migration lock.
 */
final class Resolver {

    private static final Logger logger = LoggerFactory.getLogger(Resolver.class);

    private final Connection connection;

    private final RevisionGraph graph;

    private final BookkeepingStore store;

    private final StateChecks checks;

    private final LoadedRevisions revisions;

    Resolver(Connection connection, RevisionGraph graph, BookkeepingStore store, StateChecks checks,
            LoadedRevisions revisions) {
        this.connection = connection;
        this.graph = graph;
        this.store = store;
        this.checks = checks;
        this.revisions = revisions;
    }

    void resolve(DatabaseState state, String revisionId, ResolveAction action) throws SQLException {
        this.connection.setAutoCommit(false);
        try {
            switch (action) {
                case RETRY -> retry(state, revisionId);
                case MARK_APPLIED -> markApplied(state, revisionId);
                case ACCEPT_CHECKSUM -> acceptChecksum(state, revisionId);
            }
            this.connection.commit();
        }
        catch (SQLException | RuntimeException ex) {
            this.connection.rollback();
            throw ex;
        }
    }

    private void retry(DatabaseState state, String revisionId) throws SQLException {
        HistoryEntry record = inDoubt(state, revisionId);
        List<String> rows = state.versionRows();
        audit(revisionId, rows, rows, record.checksum(), "retry: forgot the " + record.status().code() + " "
                + record.direction().code() + " of history row " + record.id() + " (" + record.statementsDone()
                + " statements done); it runs again from its first statement");
        logger.info("Resolved {}: it runs again from its first statement on the next upgrade", revisionId);
    }

    private void markApplied(DatabaseState state, String revisionId) throws SQLException {
        HistoryEntry record = inDoubt(state, revisionId);
        Revision revision = this.graph.find(revisionId).orElseThrow(() -> new RevGraphException(ErrorCode.NOT_FOUND,
                "Revision " + revisionId + " is not in this build; deploy the build that has it to mark it applied"));
        Set<String> rows = new LinkedHashSet<>(state.versionRows());
        StateChecks.Rows checked = this.checks.rows(state.versionRows(), java.util.Map::of);
        if (checked.ahead()) {
            throw this.checks.refuseChange(checked, "mark " + revisionId + " applied");
        }
        boolean up = record.direction() == HistoryEntry.Direction.UPGRADE;
        Step step = up ? new Step(Step.Direction.UP, revision, revision.down(), List.of(revision.id()), true, false)
                : new Step(Step.Direction.DOWN, revision, List.of(revision.id()), revision.down(), false, false);
        Set<String> after = this.graph.applyStep(rows, step);
        long historyId = audit(revisionId, List.copyOf(rows), List.copyOf(after), revision.info().checksum(),
                "mark-applied: recorded the " + record.direction().code() + " of history row " + record.id()
                        + " as done");
        for (RowChange change : this.graph.rowChanges(rows, step)) {
            this.store.applyRowChange(this.connection, change);
        }
        if (up) {
            this.store.insertApplied(this.connection, revisionId, revision.info().checksum(), AppliedOrigin.STAMP,
                    historyId);
        }
        else {
            this.store.deleteApplied(this.connection, revisionId);
        }
        logger.info("Resolved {}: its {} is recorded as done; version rows now {}", revisionId,
                record.direction().code(), after);
    }

    private void acceptChecksum(DatabaseState state, String revisionId) throws SQLException {
        AppliedRow row = state.applied().get(revisionId);
        if (row == null) {
            throw new RevGraphException(ErrorCode.NOT_FOUND, "Revision " + revisionId + " is not applied, so there is "
                    + "no checksum to accept");
        }
        String current = this.revisions.find(revisionId).map((script) -> script.info().checksum()).orElseThrow(
                () -> new RevGraphException(ErrorCode.NOT_FOUND, "Revision " + revisionId + " is not in this build"));
        this.store.updateAppliedChecksum(this.connection, revisionId, current);
        audit(revisionId, state.versionRows(), state.versionRows(), current,
                "accept-checksum: " + row.checksum() + " -> " + current);
        logger.info("Resolved {}: accepted its new checksum {}", revisionId, current);
    }

    private HistoryEntry inDoubt(DatabaseState state, String revisionId) {
        return state.inDoubt().stream().filter((entry) -> revisionId.equals(entry.revision())).findFirst()
            .orElseThrow(() -> new RevGraphException(ErrorCode.NOT_FOUND, "Revision " + revisionId
                    + " has no failed or interrupted attempt to resolve"
                    + (state.inDoubt().isEmpty() ? "" : "; the attempts in doubt are of "
                            + state.inDoubt().stream().map(HistoryEntry::revision).toList())));
    }

    private long audit(String revisionId, List<String> before, List<String> after, String checksum, String note)
            throws SQLException {
        var now = BookkeepingStore.now();
        return this.store.insertHistory(this.connection, new HistoryEntry(0, revisionId, HistoryEntry.Direction.RESOLVE,
                before, after, checksum, now, now, Duration.ZERO, HistoryEntry.Status.SUCCESS, 0, 0, note,
                BookkeepingStore.user(this.connection), true));
    }
}
