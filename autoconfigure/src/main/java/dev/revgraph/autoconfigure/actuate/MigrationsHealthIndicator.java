package dev.revgraph.autoconfigure.actuate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.revgraph.RevGraphException;
import dev.revgraph.autoconfigure.actuate.MigrationsEndpoint.HistoryEntryDescriptor;
import dev.revgraph.command.CommandContext;
import dev.revgraph.command.MigrationTree;
import dev.revgraph.runtime.HistoryEntry;
import dev.revgraph.runtime.MigrationStatus;

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
 * cannot be read.</li>
 * </ul>
 * Details: {@code tree}, {@code current}, {@code heads}, {@code pending} (a count), {@code ahead}, and
 * where they apply {@code pendingRevisions}, {@code unknownRevisions}, {@code inDoubt} and {@code error}.
 */
public class MigrationsHealthIndicator implements HealthIndicator {

    private final CommandContext context;

    private final MigrationTree tree;

    private final TreeMigrators migrators;

    public MigrationsHealthIndicator(CommandContext context, MigrationTree tree) {
        this(context, tree, new TreeMigrators());
    }

    MigrationsHealthIndicator(CommandContext context, MigrationTree tree, TreeMigrators migrators) {
        this.context = context;
        this.tree = tree;
        this.migrators = migrators;
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
        HistoryEntry inDoubt = status.inDoubt();
        if (inDoubt != null) {
            HistoryEntryDescriptor entry = TreeDescriber.historyEntry(inDoubt);
            details.put("inDoubt", entry);
            details.put("error", "Revision " + inDoubt.revision() + " " + (inDoubt.leftPartialWork()
                    ? "was left partly applied (" + inDoubt.statementsDone() + " statements ran)" : "failed")
                    + "; settle it with `migrations resolve " + inDoubt.revision() + " --retry` or `--mark-applied`");
            return Health.down().withDetails(details).build();
        }
        if (!status.pending().isEmpty()) {
            details.put("pendingRevisions", status.pending().revisionIds());
            return Health.outOfService().withDetails(details).build();
        }
        return Health.up().withDetails(details).build();
    }
}
