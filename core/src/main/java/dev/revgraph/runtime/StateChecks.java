package dev.revgraph.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.revgraph.ErrorCode;
import dev.revgraph.RevGraphException;
import dev.revgraph.revision.Revision;
import dev.revgraph.revision.RevisionGraph;
import dev.revgraph.script.LoadedRevisions;
import dev.revgraph.script.RevisionScript;
import dev.revgraph.script.SqlRevisionScript;

import org.jspecify.annotations.Nullable;

/**
 * The checks made on what the tables hold before anything runs: attempts in doubt, version rows this
 * build does not know, and checksums of applied revisions — all from rows already read, so the cost of a
 * start-up at heads does not grow with the number of revisions.
 */
final class StateChecks {

    private final RevisionGraph graph;

    private final LoadedRevisions revisions;

    private final MigrationSettings settings;

    StateChecks(RevisionGraph graph, LoadedRevisions revisions, MigrationSettings settings) {
        this.graph = graph;
        this.revisions = revisions;
        this.settings = settings;
    }

    // --- in doubt -----------------------------------------------------------------------------------

    /** Refuses when an attempt outside one transaction failed or was interrupted and is not resolved. */
    void refuseInDoubt(DatabaseState state) {
        if (state.inDoubt().isEmpty()) {
            return;
        }
        HistoryEntry record = state.inDoubt().get(0);
        throw new FailedRevisionException(describeInDoubt(record), record);
    }

    String describeInDoubt(HistoryEntry record) {
        String id = record.revision();
        RevisionScript script = (id != null) ? this.revisions.find(id).orElse(null) : null;
        String source = (script != null) ? script.info().source() : "not in this build";
        String direction = record.direction().code();
        int done = record.statementsDone();
        String total = (record.statementsTotal() != null) ? String.valueOf(record.statementsTotal()) : "?";
        StringBuilder message = new StringBuilder("Revision ").append(id).append(" (").append(source).append(") did not ")
            .append("finish its ").append(direction).append(", started ").append(record.started()).append(": ");
        message.append((record.status() == HistoryEntry.Status.RUNNING)
                ? "the process stopped while it ran (the history row is still 'running').\n"
                : "it failed.\n");
        if (done == 0) {
            message.append("  No statement of its ").append(total).append(" is recorded as done.\n");
        }
        else {
            message.append("  Statements 1 to ").append(done).append(" of ").append(total)
                .append(" ran and were committed.\n");
        }
        String next = statement(script, record.direction() == HistoryEntry.Direction.UPGRADE, done);
        message.append("  Statement ").append(done + 1).append((next != null) ? " (" + next + ")" : "")
            .append((record.status() == HistoryEntry.Status.RUNNING) ? " may or may not have run"
                    : " failed: " + firstLine(record.error()))
            .append(".\n");
        if (record.statementsTotal() == null || done + 1 < record.statementsTotal()) {
            message.append((String.valueOf(done + 2).equals(total)) ? "  Statement " + total
                    : "  Statements " + (done + 2) + " to " + total).append(" did not run.\n");
        }
        message.append("  The migrator refuses to go on until this is resolved: repair the database, then run ")
            .append("`migrations resolve ").append(id).append(" --retry` (after undoing what ran; ").append(id)
            .append(" runs again from its first statement) or `migrations resolve ").append(id)
            .append(" --mark-applied` (after finishing it by hand).");
        return message.toString();
    }

    private static @Nullable String statement(@Nullable RevisionScript script, boolean up, int done) {
        if (!(script instanceof SqlRevisionScript sql)) {
            return null;
        }
        var statements = up ? sql.upgrade() : sql.downgrade();
        if (done >= statements.size()) {
            return null;
        }
        var statement = statements.get(done);
        return "line " + statement.line() + ": " + Redaction.shorten(statement.sql());
    }

    private static String firstLine(@Nullable String error) {
        if (error == null) {
            return "no error recorded";
        }
        String line = error.lines().skip(1).findFirst().map(String::strip).orElse(error.strip());
        int sqlState = line.indexOf("[SQLSTATE");
        return (sqlState >= 0) ? line.substring(sqlState) : line;
    }

    // --- unknown revisions --------------------------------------------------------------------------

    /**
     * The version rows against this build.
     *
     * @param unknown rows this build does not know, in the table's order
     * @param traced whether the history shows every unknown row applied on top of known revisions
     * @param effectiveRows the rows as this build sees them: known rows plus the known revisions the
     *     unknown ones were applied on top of
     */
    record Rows(List<String> unknown, boolean traced, Set<String> effectiveRows) {

        boolean ahead() {
            return !this.unknown.isEmpty();
        }
    }

    /** Splits the rows into known and unknown; {@code arrivals} is read only when some are unknown. */
    Rows rows(List<String> versionRows, java.util.function.Supplier<Map<String, List<String>>> arrivals) {
        List<String> unknown = versionRows.stream().filter((row) -> this.graph.find(row).isEmpty()).toList();
        Set<String> known = new LinkedHashSet<>(versionRows);
        known.removeAll(unknown);
        if (unknown.isEmpty()) {
            return new Rows(List.of(), true, known);
        }
        Map<String, List<String>> arrived = arrivals.get();
        Set<String> base = new LinkedHashSet<>(known);
        Deque<String> queue = new ArrayDeque<>(unknown);
        Set<String> seen = new HashSet<>(unknown);
        boolean traced = true;
        while (!queue.isEmpty()) {
            List<String> before = arrived.get(queue.poll());
            if (before == null) {
                traced = false;
                continue;
            }
            for (String row : before) {
                if (this.graph.find(row).isPresent()) {
                    base.add(row);
                }
                else if (seen.add(row)) {
                    queue.add(row);
                }
            }
        }
        return new Rows(unknown, traced, heads(base));
    }

    /** Refuses unknown rows when the policy says so, or when the history cannot place them. */
    void checkUnknown(Rows rows) {
        if (!rows.ahead()) {
            return;
        }
        if (this.settings.unknownRevisions() == UnknownRevisionsPolicy.FAIL) {
            throw unknown(rows, "unknownRevisions is FAIL. Deploy the build that has them, set unknownRevisions to "
                    + "ALLOW_AHEAD to start anyway, or, if they are gone for good, move the rows with "
                    + "`migrations stamp --purge REV`.");
        }
        if (!rows.traced()) {
            throw unknown(rows, "The history does not show them applied on top of revisions this build knows, so "
                    + "the database cannot be placed in this build's graph. Deploy the build that has them, or, if "
                    + "they are gone for good, move the rows with `migrations stamp --purge REV`.");
        }
    }

    /** Refuses a command that would change the rows while unknown rows are there. */
    RevGraphException refuseChange(Rows rows, String command) {
        return unknown(rows, "Refusing to " + command + ": that would change version rows this build does not "
                + "understand. Run the newer build that has them, or, if they are gone for good, "
                + "`migrations stamp --purge REV`.");
    }

    /**
     * Refuses to plan from base when the version table is empty although the applied table records
     * revisions: the rows were deleted by hand, and running from base would apply those revisions again.
     */
    RevGraphException refuseEmptiedVersionTable(Set<String> applied) {
        Set<String> known = new LinkedHashSet<>();
        for (String id : applied) {
            if (this.graph.find(id).isPresent()) {
                known.add(id);
            }
        }
        Set<String> heads = heads(known);
        String stamp = heads.isEmpty() ? "`migrations stamp REV`"
                : "`migrations stamp " + String.join(" ", heads) + "`";
        return new RevGraphException(ErrorCode.NOT_EMPTY_WITHOUT_VERSION_TABLE, "The version table "
                + this.settings.versionTable() + " is empty, but " + this.settings.appliedTable() + " records "
                + applied.size() + ((applied.size() == 1) ? " applied revision" : " applied revisions")
                + ": its rows were deleted outside RevGraph, and upgrading from base would run those revisions "
                + "again. Nothing was run. If the schema still holds them, put the rows back with " + stamp
                + "; if the schema was emptied too, start over with `migrations stamp base --purge`, then upgrade.");
    }

    private RevGraphException unknown(Rows rows, String advice) {
        return new RevGraphException(ErrorCode.UNKNOWN_APPLIED_REVISION, "The version table " + this.settings.versionTable()
                + " holds " + ((rows.unknown().size() == 1) ? "revision " : "revisions ")
                + String.join(", ", rows.unknown()) + " that this build does not know (a newer build migrated this "
                + "database, or the revisions were removed). " + advice);
    }

    private Set<String> heads(Set<String> rows) {
        Set<String> heads = new LinkedHashSet<>();
        for (String row : rows) {
            Set<String> others = new LinkedHashSet<>(rows);
            others.remove(row);
            boolean implied = this.graph.applied(others).stream().anyMatch((revision) -> revision.id().equals(row));
            if (!implied) {
                heads.add(row);
            }
        }
        return heads;
    }

    // --- checksums ----------------------------------------------------------------------------------

    /** Compares every applied revision's stored checksum with its script's, from the rows already read. */
    void checkChecksums(Map<String, AppliedRow> applied) {
        if (!this.settings.validateChecksums()) {
            return;
        }
        List<Revision> mismatched = new ArrayList<>();
        for (AppliedRow row : applied.values()) {
            Revision revision = this.graph.find(row.revision()).orElse(null);
            if (revision != null && row.checksum() != null && revision.info().checksum() != null
                    && !row.checksum().equals(revision.info().checksum())) {
                mismatched.add(revision);
            }
        }
        if (mismatched.isEmpty()) {
            return;
        }
        mismatched.sort(Comparator.comparingInt(Revision::loadIndex));
        StringBuilder message = new StringBuilder("The checksum of ")
            .append((mismatched.size() == 1) ? "an applied revision" : mismatched.size() + " applied revisions")
            .append(" no longer matches its script: it was edited after it ran.");
        for (Revision revision : mismatched) {
            message.append("\n  ").append(revision.id()).append(" (").append(revision.source()).append("): applied ")
                .append(applied.get(revision.id()).checksum()).append(", now ").append(revision.info().checksum());
        }
        message.append("\nRestore the scripts, or, if the edit was deliberate, record it with `migrations resolve REV ")
            .append("--accept-checksum`.");
        throw new RevGraphException(ErrorCode.CHECKSUM_MISMATCH, message.toString());
    }
}
