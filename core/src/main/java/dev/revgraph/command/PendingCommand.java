package dev.revgraph.command;

import java.util.ArrayList;
import java.util.List;

import dev.revgraph.revision.Step;
import dev.revgraph.runtime.MigrationStatus;

import org.jspecify.annotations.Nullable;

/**
 * {@code pending}: what {@code upgrade heads} would run on each tree (CKAN's
 * {@code db pending-migrations}), planned by the same planner, without writing anything. Exit status 1
 * when anything is pending, so that a deployment script can ask.
 *
 * <pre>
 * main: 2 pending
 *   upgrade 1975ea83b712 -> ae1027a6acf, add a column
 *   upgrade ae1027a6acf -> 27c6a30d7c24, add likes
 * audit: up to date (4f0c2a1b9d3e)
 * </pre>
 *
 * JSON: {@code {"pending": 2, "trees": [{"tree", "rows", "upToDate", "ahead", "unknownRevisions",
 * "steps": [step, ...]}]}}.
 *
 * @param tree the tree, or {@code null} for every tree
 */
public record PendingCommand(@Nullable String tree) implements MigrationCommand {

    @Override
    public String name() {
        return "pending";
    }

    @Override
    public CommandResult run(CommandContext context, CommandOutput output) {
        int pending = 0;
        List<Json.JsonObject> results = new ArrayList<>();
        for (MigrationTree each : context.treesFor(this.tree)) {
            TreeRevisions revisions = OnlineTree.load(context, each);
            MigrationStatus status = OnlineTree.open(context, revisions).status();
            List<Step> steps = status.pending().steps();
            pending += steps.size();
            if (status.ahead()) {
                output.line(each.name() + ": the database is ahead of this build (unknown revisions: "
                        + String.join(", ", status.unknownRevisions()) + ")");
            }
            else if (steps.isEmpty()) {
                output.line(each.name() + ": up to date (" + RevisionText.rows(status.versionRows()) + ")");
            }
            else {
                output.line(each.name() + ": " + steps.size() + " pending");
                steps.forEach((step) -> output.line("  " + step.describe()));
            }
            results.add(Json.object()
                .put("tree", each.name())
                .put("rows", List.copyOf(status.versionRows()))
                .put("upToDate", status.upToDate())
                .put("ahead", status.ahead())
                .put("unknownRevisions", List.copyOf(status.unknownRevisions()))
                .put("steps", steps.stream().map(RevisionJson::step).toList()));
        }
        return new CommandResult((pending > 0) ? ExitStatus.FOUND : ExitStatus.SUCCESS,
                Json.object().put("pending", pending).put("trees", results));
    }
}
