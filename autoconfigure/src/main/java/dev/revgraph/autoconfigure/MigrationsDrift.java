package dev.revgraph.autoconfigure;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import dev.revgraph.autogenerate.Autogenerator;
import dev.revgraph.autogenerate.ModelSource;
import dev.revgraph.command.CommandContext;
import dev.revgraph.command.MigrationTree;
import dev.revgraph.diff.Difference;
import dev.revgraph.schema.Schema;

import org.jspecify.annotations.Nullable;

/**
 * Whether the entity model and the database have drifted apart: the comparison {@code migrations check}
 * makes — the {@link CommandContext}'s {@link ModelSource} against the first tree's database, with the
 * context's compare options (the {@code migrations.autogenerate.*} tables, schemas, types and defaults,
 * the {@code AutogenerateFilter} beans) and without the trees' own version, applied and history tables —
 * computed on demand and kept until {@link #refresh()}.
 *
 * <pre>{@code
 * DriftReport report = drift.report();     // compares once, then answers from the cache
 * if (report.hasDrift()) {
 *     report.differences().forEach((difference) -> log.warn(difference.describe()));
 * }
 * DriftReport fresh = drift.refresh();     // compares again
 * }</pre>
 *
 * Unlike {@code check}, it does not require the database to be at its heads: it reports what differs
 * now. A model or database that cannot be read gives a {@link DriftReport.Status#FAILED} report rather
 * than an exception.
 */
public class MigrationsDrift {

    private final CommandContext context;

    private final Clock clock;

    private volatile @Nullable DriftReport cached;

    public MigrationsDrift(CommandContext context) {
        this(context, Clock.systemUTC());
    }

    MigrationsDrift(CommandContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
    }

    /** The last report, comparing first if there is none yet. */
    public DriftReport report() {
        DriftReport report = this.cached;
        return (report != null) ? report : refresh();
    }

    /** The last report, if a comparison was made. */
    public Optional<DriftReport> cached() {
        return Optional.ofNullable(this.cached);
    }

    /** Compares again, and keeps the new report. */
    public synchronized DriftReport refresh() {
        DriftReport report = compare();
        this.cached = report;
        return report;
    }

    /** The name of the tree whose database is compared: the context's first tree. */
    public String tree() {
        return this.context.trees().get(0).name();
    }

    /** Whether there is a model to compare with. */
    public boolean isAvailable() {
        return this.context.modelSource() != null;
    }

    private DriftReport compare() {
        MigrationTree tree = this.context.trees().get(0);
        ModelSource source = this.context.modelSource();
        if (source == null) {
            return report(tree, DriftReport.Status.UNAVAILABLE, null, List.of(), List.of(),
                    "there is no entity model (JPA with Hibernate on the class path, or a ModelSource bean)");
        }
        DataSource dataSource = tree.dataSource();
        if (dataSource == null) {
            return report(tree, DriftReport.Status.UNAVAILABLE, null, List.of(), List.of(), "the tree has no DataSource");
        }
        String database = null;
        try (Connection connection = dataSource.getConnection()) {
            Autogenerator autogenerator = Autogenerator.forConnection(connection);
            database = autogenerator.dialect().id().displayName() + " " + autogenerator.dialect().version();
            Schema model = source.model(autogenerator.dialect());
            List<Difference> differences = autogenerator.differences(connection, model,
                    this.context.compareOptions(tree));
            return report(tree, differences.isEmpty() ? DriftReport.Status.IN_SYNC : DriftReport.Status.DRIFT,
                    database, source.entities(), differences, null);
        }
        catch (SQLException | RuntimeException ex) {
            String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getName();
            return report(tree, DriftReport.Status.FAILED, database, List.of(), List.of(), message);
        }
    }

    private DriftReport report(MigrationTree tree, DriftReport.Status status, @Nullable String database,
            List<String> entities, List<Difference> differences, @Nullable String detail) {
        return new DriftReport(tree.name(), status, database, this.clock.instant(), entities, differences, detail);
    }

}
