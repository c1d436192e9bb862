package dev.revgraph.command;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import dev.revgraph.autogenerate.AutogeneratePlan;
import dev.revgraph.autogenerate.Autogenerator;
import dev.revgraph.autogenerate.ModelSource;
import dev.revgraph.diff.CompareOptions;
import dev.revgraph.diff.Difference;
import dev.revgraph.runtime.MigrationStatus;

/**
 * What {@code revision --autogenerate} and {@code check} share: the entity model, a database at its heads
 * (Alembic refuses to compare a database that is not, and so do they), and the comparison options with the
 * tree's own tables left out.
 */
final class ModelComparison {

    static final String NO_MODEL = "autogenerate needs the entity model: run it from the application "
            + "(migrations revision --autogenerate) or configure a model source";

    private final CommandContext context;

    private final TreeRevisions revisions;

    private final ModelSource source;

    private ModelComparison(CommandContext context, TreeRevisions revisions, ModelSource source) {
        this.context = context;
        this.revisions = revisions;
        this.source = source;
    }

    /** The comparison for {@code tree}, once its database is known to be at its heads. */
    static ModelComparison atHeads(CommandContext context, MigrationTree tree, String command) {
        ModelSource source = context.modelSource();
        if (source == null) {
            throw new CommandUsageException(NO_MODEL.replace("autogenerate needs", command + " needs"));
        }
        TreeRevisions revisions = OnlineTree.load(context, tree);
        MigrationStatus status = OnlineTree.open(context, revisions).status();
        if (!status.upToDate()) {
            throw new CommandUsageException("Target database is not up to date." + (status.pending().isEmpty() ? ""
                    : " Run 'upgrade' first (" + status.pending().steps().size() + " pending)"));
        }
        return new ModelComparison(context, revisions, source);
    }

    TreeRevisions revisions() {
        return this.revisions;
    }

    /** The context's options for the tree: see {@link CommandContext#compareOptions(MigrationTree)}. */
    CompareOptions options() {
        return this.context.compareOptions(this.revisions.tree());
    }

    List<Difference> differences() {
        return withConnection((connection) -> {
            Autogenerator autogenerator = Autogenerator.forConnection(connection);
            return autogenerator.differences(connection, this.source.model(autogenerator.dialect()), options());
        });
    }

    Planned plan() {
        return withConnection((connection) -> {
            Autogenerator autogenerator = Autogenerator.forConnection(connection);
            return new Planned(autogenerator.plan(connection, this.source, options()), autogenerator);
        });
    }

    /** A plan and the autogenerator (so the dialect) that made it. */
    record Planned(AutogeneratePlan plan, Autogenerator autogenerator) {
    }

    private <T> T withConnection(SqlWork<T> work) {
        DataSource dataSource = this.revisions.tree().dataSource();
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        }
        catch (SQLException ex) {
            throw new DatabaseAccessException("Could not compare the entity model with the database: "
                    + ex.getMessage(), ex);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {

        T run(Connection connection) throws SQLException;
    }
}
