package dev.revgraph.command;

import java.util.ArrayList;
import java.util.List;

import dev.revgraph.revision.Revision;
import dev.revgraph.runtime.HistoryEntry;
import dev.revgraph.runtime.MigrationStatus;

import org.jspecify.annotations.Nullable;

/**
 * {@code current}: the database's version rows, as Alembic's {@code current}: {@code ae1027a6acf (head)},
 * nothing at base; {@code --verbose} adds the (masked) URL and each revision's block. Rows this build
 * does not know are shown {@code (unknown to this build)}, a failed attempt as {@code (failed)}. Acts on
 * every tree unless {@code --tree} names one.
 *
 * <p>JSON: {@code {"trees": [{"tree", "url", "rows", "revisions": [revision, ...], "upToDate", "ahead",
 * "unknownRevisions", "pending", "inDoubt": {"revision", "direction", "status", "statementsDone",
 * "statementsTotal", "error"}}]}}.
 *
 * @param tree the tree, or {@code null} for every tree
 * @param verbose whether to print each revision's verbose block
 */
public record CurrentCommand(@Nullable String tree, boolean verbose) implements MigrationCommand {

    @Override
    public String name() {
        return "current";
    }

    @Override
    public CommandResult run(CommandContext context, CommandOutput output) {
        List<MigrationTree> trees = context.treesFor(this.tree);
        List<Json.JsonObject> results = new ArrayList<>();
        for (MigrationTree each : trees) {
            TreeRevisions revisions = OnlineTree.load(context, each);
            MigrationStatus status = OnlineTree.open(context, revisions).status();
            if (trees.size() > 1) {
                output.line("Tree " + each.name() + ":");
            }
            if (this.verbose) {
                output.line("Current revision(s) for " + ((each.url() != null) ? JdbcUrls.mask(each.url())
                        : "tree " + each.name()) + ":");
            }
            List<Json.JsonObject> current = new ArrayList<>();
            for (String row : status.versionRows()) {
                Revision revision = revisions.graph().find(row).orElse(null);
                if (revision == null) {
                    output.line(row + " (unknown to this build)");
                    continue;
                }
                if (this.verbose) {
                    RevisionText.block(revision, false).forEach(output::line);
                }
                else {
                    output.line(RevisionText.line(revision, RevisionText.Style.CURRENT, false));
                }
                current.add(RevisionJson.revision(revision, true));
            }
            HistoryEntry inDoubt = status.inDoubt();
            if (inDoubt != null) {
                output.line(inDoubt.revision() + " (failed: " + inDoubt.statementsDone() + " of "
                        + ((inDoubt.statementsTotal() != null) ? inDoubt.statementsTotal() : "?")
                        + " statements ran; settle it with 'resolve " + inDoubt.revision()
                        + " --retry' or '--mark-applied')");
            }
            results.add(Json.object()
                .put("tree", each.name())
                .put("url", (each.url() != null) ? JdbcUrls.mask(each.url()) : null)
                .put("rows", List.copyOf(status.versionRows()))
                .put("revisions", current)
                .put("upToDate", status.upToDate())
                .put("ahead", status.ahead())
                .put("unknownRevisions", List.copyOf(status.unknownRevisions()))
                .put("pending", status.pending().revisionIds())
                .put("inDoubt", (inDoubt != null) ? inDoubt(inDoubt) : null));
        }
        return CommandResult.success(Json.object().put("trees", results));
    }

    static Json.JsonObject inDoubt(HistoryEntry entry) {
        return Json.object()
            .put("revision", entry.revision())
            .put("direction", entry.direction().code())
            .put("status", entry.status().code())
            .put("statementsDone", entry.statementsDone())
            .put("statementsTotal", entry.statementsTotal())
            .put("error", entry.error());
    }
}
