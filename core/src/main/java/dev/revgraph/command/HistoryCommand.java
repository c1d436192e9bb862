package dev.revgraph.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.revgraph.revision.Revision;

import org.jspecify.annotations.Nullable;

/**
 * {@code history [-r RANGE]}: the revisions, newest first, as Alembic's {@code history}:
 *
 * <pre>
 * 1975ea83b712 -> 27c6a30d7c24 (feedback) (head), add likes
 * 1975ea83b712 -> ae1027a6acf (head), add a column
 * &lt;base&gt; -> 1975ea83b712 (branchpoint), create account
 * </pre>
 *
 * {@code RANGE} is {@code start:end}, either side optional ({@code base} and {@code heads}), and either
 * side may be {@code current} (the database's version row). {@code --indicate-current} marks the version
 * rows {@code (current)}; both read the database.
 *
 * <p>JSON: {@code {"tree": "main", "range": "a:b", "current": [...], "revisions": [revision, ...]}}.
 *
 * @param tree the tree, or {@code null} for the only one
 * @param range the range, or {@code null} for everything
 * @param verbose whether to print each revision's verbose block
 * @param indicateCurrent whether to mark the current revisions
 */
public record HistoryCommand(@Nullable String tree, @Nullable String range, boolean verbose, boolean indicateCurrent)
        implements MigrationCommand {

    @Override
    public String name() {
        return "history";
    }

    @Override
    public CommandResult run(CommandContext context, CommandOutput output) {
        MigrationTree selected = context.tree(this.tree);
        if (this.range != null && !this.range.contains(":")) {
            throw new CommandUsageException("History range requires [start]:[end], [start]:, or :[end]");
        }
        boolean needsCurrent = this.indicateCurrent || (this.range != null && this.range.contains("current"));
        TreeRevisions revisions = TreeRevisions.load(context, selected, null);
        Set<String> current = needsCurrent ? OnlineTree.open(context, revisions).status().versionRows() : Set.of();
        String effectiveRange = (this.range != null) ? replaceCurrent(this.range.strip(), current) : null;
        List<Revision> listed = revisions.graph().history(effectiveRange);
        List<Json.JsonObject> json = new ArrayList<>();
        for (Revision revision : listed) {
            boolean isCurrent = this.indicateCurrent && current.contains(revision.id());
            if (this.verbose) {
                RevisionText.block(revision, isCurrent).forEach(output::line);
            }
            else {
                output.line(RevisionText.line(revision, RevisionText.Style.HISTORY, isCurrent));
            }
            json.add(RevisionJson.revision(revision, this.indicateCurrent ? isCurrent : null));
        }
        return CommandResult.success(Json.object()
            .put("tree", selected.name())
            .put("range", effectiveRange)
            .put("current", needsCurrent ? List.copyOf(current) : null)
            .put("revisions", json));
    }

    private static String replaceCurrent(String range, Set<String> current) {
        int colon = range.indexOf(':');
        return side(range.substring(0, colon), current, "base") + ":" + side(range.substring(colon + 1), current,
                "heads");
    }

    private static String side(String side, Set<String> current, String whenEmpty) {
        if (!side.equals("current")) {
            return side;
        }
        if (current.isEmpty()) {
            return "base";
        }
        if (current.size() > 1) {
            throw new CommandUsageException("'current' stands for several version rows (" + String.join(", ", current)
                    + "); give one of them instead");
        }
        return current.iterator().next();
    }
}
