package dev.revgraph.command;

import java.util.ArrayList;
import java.util.List;

import dev.revgraph.revision.Revision;

import org.jspecify.annotations.Nullable;

/**
 * {@code branches}: every branch point, newest first, with the revisions it branches into, as Alembic's
 * {@code branches}:
 *
 * <pre>
 * 1975ea83b712 (branchpoint)
 *              -> 27c6a30d7c24 (feedback) (head)
 *              -> ae1027a6acf (head)
 * </pre>
 *
 * JSON: {@code {"tree": "main", "branchPoints": [revision + "branches": [revision, ...], ...]}}.
 *
 * @param tree the tree, or {@code null} for the only one
 * @param verbose whether to print the branch point's verbose block and the branches' messages
 */
public record BranchesCommand(@Nullable String tree, boolean verbose) implements MigrationCommand {

    @Override
    public String name() {
        return "branches";
    }

    @Override
    public CommandResult run(CommandContext context, CommandOutput output) {
        TreeRevisions revisions = TreeRevisions.load(context, context.tree(this.tree), null);
        List<Json.JsonObject> branchPoints = new ArrayList<>();
        for (Revision revision : revisions.graph().history(null)) {
            if (!revision.isBranchPoint()) {
                continue;
            }
            if (this.verbose) {
                RevisionText.block(revision, false).forEach(output::line);
            }
            else {
                output.line(RevisionText.line(revision, RevisionText.Style.BRANCH_POINT, false));
            }
            String indent = " ".repeat(revision.id().length());
            for (Revision child : revision.children()) {
                output.line(indent + " -> " + RevisionText.line(child,
                        RevisionText.Style.BRANCH_POINT.withMessage(this.verbose), false));
            }
            output.line("");
            branchPoints.add(RevisionJson.revision(revision, null)
                .put("branches", RevisionJson.revisions(revision.children())));
        }
        return CommandResult.success(Json.object()
            .put("tree", revisions.tree().name())
            .put("branchPoints", branchPoints));
    }
}
