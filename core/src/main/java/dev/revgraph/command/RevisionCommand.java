package dev.revgraph.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import dev.revgraph.autogenerate.AutogeneratePlan;
import dev.revgraph.autogenerate.OperationText;
import dev.revgraph.autogenerate.PlannedOperation;
import dev.revgraph.autogenerate.Risk;

import org.jspecify.annotations.Nullable;

/**
 * {@code revision -m MSG}: writes a new, empty revision on the current head (or {@code --head}), as
 * Alembic's {@code revision} does. With {@code --autogenerate}, the revision holds the operations that bring the
 * database (at its heads) to the entity model of the context's {@link dev.revgraph.autogenerate.ModelSource},
 * each under its risks; nothing is written when there is no difference.
 *
 * <p>JSON: {@code {"tree": "main", "revision": {...}, "path": "/abs/0a1b2c3d4e5f_add_x.sql",
 * "format": "sql", "className": null}}.
 *
 * @param tree the tree, or {@code null} for the only one
 * @param message the message
 * @param autogenerate whether {@code --autogenerate} was asked for
 * @param head what to build on: {@code head} (the default), an id, {@code label@head}, {@code base}
 * @param splice whether {@code head} may be a revision that is not a head
 * @param branchLabels labels for the new revision
 * @param dependsOn ids or labels the new revision depends on
 * @param revId the id to use instead of a generated one
 * @param format SQL or Java
 * @param versionPath the directory to write to instead of the tree's
 * @param javaPackage the package of a Java revision instead of the tree's
 */
public record RevisionCommand(@Nullable String tree, String message, boolean autogenerate, String head,
        boolean splice, List<String> branchLabels, List<String> dependsOn, @Nullable String revId,
        @Nullable RevisionFormat format, @Nullable Path versionPath, @Nullable String javaPackage) implements MigrationCommand {

    public RevisionCommand {
        Objects.requireNonNull(message, "message");
        head = (head != null) ? head : "head";
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
    }

    /** A plain SQL revision on {@code head}. */
    public static RevisionCommand of(@Nullable String tree, String message) {
        return new RevisionCommand(tree, message, false, "head", false, List.of(), List.of(), null, RevisionFormat.SQL,
                null, null);
    }

    @Override
    public String name() {
        return "revision";
    }

    /** The format asked for, else the tree's: SQL on the command line, the application's choice in it. */
    private RevisionFormat format(MigrationTree tree) {
        return (this.format != null) ? this.format : tree.revisionFormat();
    }

    @Override
    public CommandResult run(CommandContext context, CommandOutput output) {
        if (this.autogenerate) {
            return autogenerate(context, output);
        }
        MigrationTree selected = context.tree(this.tree);
        TreeRevisions revisions = TreeRevisions.load(context, selected, null);
        RevisionGenerator.Generated generated = new RevisionGenerator(context, revisions).generate(
                new RevisionGenerator.Request(this.message, List.of(this.head), this.splice, this.branchLabels,
                        this.dependsOn, this.revId, format(selected), this.versionPath, this.javaPackage, false),
                output);
        return CommandResult.success(Generation.json(selected, generated));
    }

    /**
     * Alembic's {@code revision --autogenerate}: on a database at its heads, the difference between the
     * entity model and the database as a revision; nothing written when there is none.
     */
    private CommandResult autogenerate(CommandContext context, CommandOutput output) {
        MigrationTree selected = context.tree(this.tree);
        ModelComparison comparison = ModelComparison.atHeads(context, selected, "autogenerate");
        ModelComparison.Planned planned = comparison.plan();
        AutogeneratePlan plan = planned.plan();
        plan.differences().forEach((difference) -> output.line("Detected " + difference.describe()));
        plan.warnings().forEach((warning) -> output.line("WARNING: " + warning));
        Json.JsonObject json;
        if (plan.isEmpty()) {
            output.line("No changes in schema detected.");
            json = Json.object().put("tree", selected.name()).put("revision", null).put("path", null);
        }
        else {
            for (PlannedOperation operation : plan.upgrade()) {
                output.line("  " + OperationText.describe(operation.operation()));
                operation.risks().forEach((risk) -> output.line("      " + risk.describe()));
            }
            RevisionGenerator.Generated generated = new RevisionGenerator(context, comparison.revisions()).generate(
                    new RevisionGenerator.Request(this.message, List.of(this.head), this.splice, this.branchLabels,
                            this.dependsOn, this.revId, format(selected), this.versionPath, this.javaPackage, false, plan,
                            planned.autogenerator().dialect()),
                    output);
            if (generated.format() == RevisionFormat.SQL) {
                output.line("Rebuild the application (or restart it, for a filesystem: location) before 'upgrade' sees "
                        + generated.path().getFileName());
            }
            json = Generation.json(selected, generated);
        }
        return CommandResult.success(json
            .put("differences", plan.differences().stream().map(CheckCommand::json).toList())
            .put("operations", plan.upgrade().stream().map((operation) -> Json.object()
                .put("operation", OperationText.describe(operation.operation()))
                .put("risks", operation.risks().stream().map(Risk::describe).toList())
                .put("warnings", operation.warnings()))
                .toList())
            .put("warnings", plan.warnings()));
    }
}
