package dev.revgraph.autoconfigure.actuate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.revgraph.RevGraphException;
import dev.revgraph.autoconfigure.DriftReport;
import dev.revgraph.autoconfigure.MigrationsDrift;
import dev.revgraph.autoconfigure.actuate.MigrationsEndpoint.HistoryEntryDescriptor;
import dev.revgraph.command.CommandContext;
import dev.revgraph.command.MigrationTree;
import dev.revgraph.runtime.HistoryEntry;
import dev.revgraph.runtime.MigrationStatus;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@link HealthIndicator} for one migration tree, meant for the readiness group
 * ({@code management.endpoint.health.group.readiness.include=readinessState,migrations}): an instance
 * should take traffic only once its database is at the revisions it was built for.
 *
 * <ul>
 * <li>{@code UP} when every head is applied — also when the database is <em>ahead</em> of this build
 * (a newer build migrated it; {@code unknown-revisions: allow-ahead}), with {@code ahead} and the
 * unknown revisions in the details;</li>
 * <li>{@code OUT_OF_SERVICE} while revisions are pending;</li>
 * <li>{@code DOWN} when an attempt failed or was interrupted and must be resolved, or when the status
 * cannot be read; and, with {@code migrations.drift.on-startup=fail}, when the last comparison of the
 * entity model with the database found differences (DESIGN §8).</li>
 * </ul>
 * Details: {@code tree}, {@code current}, {@code heads}, {@code pending} (a count), {@code ahead}, and
 * where they apply {@code pendingRevisions}, {@code unknownRevisions}, {@code inDoubt} and {@code error};
 * {@code drift} once the tree's model and database were compared (the status, {@code IN_SYNC},
 * {@code DRIFT}, {@code UNAVAILABLE} or {@code FAILED}; with the differences when they make it
 * {@code DOWN}). Health never compares by itself: it reads the comparison {@link MigrationsDrift} keeps
 * (from start-up, or the last {@code drift} view asked for).
 */
public class MigrationsHealthIndicator implements HealthIndicator {

    private final CommandContext context;

    private final MigrationTree tree;

    private final TreeMigrators migrators;

    private final @Nullable MigrationsDrift drift;

    private final boolean driftIsDown;

    public MigrationsHealthIndicator(CommandContext context, MigrationTree tree) {
        this(context, tree, null, false);
    }

    /**
     * An indicator that also reports {@code drift}'s last comparison when it is about this tree.
     * @param driftIsDown whether differences make the tree {@code DOWN}
     * ({@code migrations.drift.on-startup=fail}); otherwise they are only mentioned
     */
    public MigrationsHealthIndicator(CommandContext context, MigrationTree tree, @Nullable MigrationsDrift drift,
            boolean driftIsDown) {
        this(context, tree, new TreeMigrators(), drift, driftIsDown);
    }

    MigrationsHealthIndicator(CommandContext context, MigrationTree tree, TreeMigrators migrators,
            @Nullable MigrationsDrift drift, boolean driftIsDown) {
        this.context = context;
        this.tree = tree;
        this.migrators = migrators;
        this.drift = (drift != null && drift.tree().equals(tree.name())) ? drift : null;
        this.driftIsDown = driftIsDown;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("tree", this.tree.name());
        MigrationStatus status;
        try {
            status = this.migrators.get(this.context, this.tree).migrator().status();
        }
        catch (RuntimeException ex) {
            // not withException: a driver's message may name the host
            details.put("error", SafeText.describe(ex));
            if (ex instanceof RevGraphException revGraphException) {
                details.put("code", revGraphException.code());
            }
            return Health.down().withDetails(details).build();
        }
        details.put("current", List.copyOf(status.versionRows()));
        details.put("heads", status.heads());
        details.put("pending", status.pending().revisionIds().size());
        details.put("ahead", status.ahead());
        if (status.ahead()) {
            details.put("unknownRevisions", List.copyOf(status.unknownRevisions()));
        }
        if (status.migrating()) {
            // another instance is running a step: its running history row is not an attempt in doubt
            details.put("migrating", true);
        }
        HistoryEntry inDoubt = status.inDoubt();
        if (inDoubt != null) {
            HistoryEntryDescriptor entry = TreeDescriber.historyEntry(inDoubt);
            details.put("inDoubt", entry);
            details.put("error", "Revision " + inDoubt.revision() + " " + (inDoubt.leftPartialWork()
                    ? "was left partly applied (" + inDoubt.statementsDone() + " statements ran)" : "failed")
                    + "; settle it with `migrations resolve " + inDoubt.revision() + " --retry` or `--mark-applied`");
            return Health.down().withDetails(details).build();
        }
        DriftReport drift = (this.drift != null) ? this.drift.cached().orElse(null) : null;
        if (drift != null && drift.hasDrift() && this.driftIsDown) {
            details.put("drift", DriftDescriber.drift(drift));
            details.put("error", drift.summary() + "; write a revision that brings the database to the model: "
                    + "migrations revision --autogenerate -m \"<what changed>\"");
            return Health.down().withDetails(details).build();
        }
        if (drift != null) {
            details.put("drift", drift.status().name());
        }
        if (!status.pending().isEmpty()) {
            details.put("pendingRevisions", status.pending().revisionIds());
            return Health.outOfService().withDetails(details).build();
        }
        return Health.up().withDetails(details).build();
    }
}
