package dev.revgraph.command;

import dev.revgraph.revision.Revision;

import org.jspecify.annotations.Nullable;

/**
 * {@code heads}: every head of the tree, effective heads included, as Alembic's {@code heads}:
 * {@code 27c6a30d7c24 (feedback) (head)}; {@code --verbose} gives each one's block.
 *
 * <p>JSON: {@code {"tree": "main", "heads": [revision, ...]}}.
 *
 * @param tree the tree, or {@code null} for the only one
 * @param verbose whether to print the verbose block
 */
public record HeadsCommand(@Nullable String tree, boolean verbose) implements MigrationCommand {

    @Override
    public String name() {
        return "heads";
    }

    @Override
    public CommandResult run(CommandContext context, CommandOutput output) {
        TreeRevisions revisions = TreeRevisions.load(context, context.tree(this.tree), null);
        for (Revision head : revisions.graph().heads()) {
            if (this.verbose) {
                RevisionText.block(head, false).forEach(output::line);
            }
            else {
                output.line(RevisionText.line(head, RevisionText.Style.HEADS, false));
            }
        }
        return CommandResult.success(Json.object()
            .put("tree", revisions.tree().name())
            .put("heads", RevisionJson.revisions(revisions.graph().heads())));
    }
}
