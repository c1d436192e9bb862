package dev.revgraph.autoconfigure.actuate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.revgraph.autoconfigure.actuate.MigrationsEndpoint.CurrentDescriptor;
import dev.revgraph.autoconfigure.actuate.MigrationsEndpoint.HeadsDescriptor;
import dev.revgraph.autoconfigure.actuate.MigrationsEndpoint.HistoryEntryDescriptor;
import dev.revgraph.autoconfigure.actuate.MigrationsEndpoint.PendingDescriptor;
import dev.revgraph.autoconfigure.actuate.MigrationsEndpoint.RevisionDescriptor;
import dev.revgraph.autoconfigure.actuate.MigrationsEndpoint.TreeDescriptor;
import dev.revgraph.autoconfigure.actuate.TreeMigrators.LoadedTree;
import dev.revgraph.dialect.Dialect;
import dev.revgraph.revision.Revision;
import dev.revgraph.revision.RevisionGraph;
import dev.revgraph.runtime.HistoryEntry;
import dev.revgraph.runtime.MigrationStatus;
import dev.revgraph.script.JavaRevisionScript;
import dev.revgraph.script.RevisionScript;

import org.jspecify.annotations.Nullable;

/** Turns one tree's revisions, status and history into the endpoint's descriptors. */
final class TreeDescriber {

    private final LoadedTree loaded;

    private final MigrationStatus status;

    private final List<String> pending;

    TreeDescriber(LoadedTree loaded, MigrationStatus status) {
        this.loaded = loaded;
        this.status = status;
        this.pending = status.pending().revisionIds();
    }

    TreeDescriptor tree() {
        List<RevisionDescriptor> revisions = new ArrayList<>();
        for (Revision revision : inUpgradeOrder()) {
            revisions.add(revision(revision));
        }
        return new TreeDescriptor(database(this.loaded.migrator().dialect()), List.copyOf(this.status.versionRows()),
                this.status.heads(), this.pending, this.status.upToDate(), this.status.ahead(),
                this.status.ahead() ? List.copyOf(this.status.unknownRevisions()) : null, inDoubt(), revisions,
                history());
    }

    CurrentDescriptor current() {
        List<RevisionDescriptor> current = new ArrayList<>();
        for (String row : this.status.versionRows()) {
            current.add(graph().find(row).map(this::revision)
                .orElseGet(() -> new RevisionDescriptor(row, null, null, null, null, null, null, null, null, null,
                        "unknown")));
        }
        return new CurrentDescriptor(this.loaded.tree().name(), current, this.status.upToDate(), this.status.ahead(),
                inDoubt());
    }

    HeadsDescriptor heads() {
        return new HeadsDescriptor(this.loaded.tree().name(),
                this.status.heads().stream().map((id) -> revision(graph().get(id))).toList());
    }

    PendingDescriptor pending() {
        return new PendingDescriptor(this.loaded.tree().name(),
                this.pending.stream().map((id) -> revision(graph().get(id))).toList());
    }

    List<HistoryEntryDescriptor> history() {
        return this.loaded.migrator().history().stream().map(TreeDescriber::historyEntry).toList();
    }

    private @Nullable HistoryEntryDescriptor inDoubt() {
        HistoryEntry inDoubt = this.status.inDoubt();
        return (inDoubt != null) ? historyEntry(inDoubt) : null;
    }

    private RevisionDescriptor revision(Revision revision) {
        RevisionScript script = this.loaded.revisions().scripts().find(revision.id()).orElse(null);
        return new RevisionDescriptor(revision.id(), revision.down(), revision.dependsOn(),
                List.copyOf(revision.branchLabels()), revision.message(), revision.source(),
                (script instanceof JavaRevisionScript) ? "java" : "sql", revision.info().checksum(),
                revision.info().created(), revision.isRealHead(), state(revision.id()));
    }

    private String state(String id) {
        if (this.status.versionRows().contains(id)) {
            return "current";
        }
        if (this.status.applied().contains(id)) {
            return "applied";
        }
        HistoryEntry inDoubt = this.status.inDoubt();
        if (inDoubt != null && id.equals(inDoubt.revision())) {
            return "failed";
        }
        return this.pending.contains(id) ? "pending" : "unapplied";
    }

    /** Base first, in the order an upgrade from nothing runs them (load order only breaks ties). */
    private List<Revision> inUpgradeOrder() {
        if (graph().revisions().isEmpty()) {
            return List.of();
        }
        List<Revision> newestFirst = new ArrayList<>(graph().history(null));
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    private RevisionGraph graph() {
        return this.loaded.revisions().graph();
    }

    static HistoryEntryDescriptor historyEntry(HistoryEntry entry) {
        return new HistoryEntryDescriptor(entry.id(), entry.revision(), entry.direction().code(), entry.rowsBefore(),
                entry.rowsAfter(), entry.started(), entry.finished(),
                (entry.duration() != null) ? Objects.requireNonNull(entry.duration()).toMillis() : null,
                entry.status().code(), entry.statementsDone(), entry.statementsTotal(),
                (entry.error() != null) ? SafeText.scrub(entry.error()) : null);
    }

    /** The product and version only: a database's address is nobody's business here. */
    static String database(Dialect dialect) {
        return dialect.id().displayName() + " " + dialect.version();
    }

    static List<String> rows(Set<String> rows) {
        return List.copyOf(rows);
    }
}
