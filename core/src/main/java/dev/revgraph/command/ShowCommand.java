package dev.revgraph.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.revgraph.revision.Revision;

import org.jspecify.annotations.Nullable;

/**
 * {@code show REV}: the verbose block of each revision {@code REV} stands for ({@code current} reads the
 * database's version rows), as Alembic's {@code show}.
 *
 * <p>JSON: {@code {"tree": "main", "revisions": [revision, ...]}}.
 *
 * @param tree the tree, or {@code null} for the only one
 * @param revision an id, a prefix, a label, {@code heads}, {@code current}...
 */
public record ShowCommand(@Nullable String tree, String revision) implements MigrationCommand {

    public ShowCommand {
        Objects.requireNonNull(revision, "revision");
    }

    @Override
    public String name() {
        return "show";
    }

    @Override
    public CommandResult run(CommandContext context, CommandOutput output) {
        MigrationTree selected = context.tree(this.tree);
        TreeRevisions revisions = TreeRevisions.load(context, selected, null);
        List<Revision> shown = new ArrayList<>();
        if (this.revision.equals("current")) {
            Set<String> rows = OnlineTree.open(context, revisions).status().versionRows();
            rows.forEach((row) -> revisions.graph().find(row).ifPresent(shown::add));
        }
        else {
            shown.addAll(revisions.graph().resolve(this.revision));
        }
        shown.forEach((shownRevision) -> RevisionText.block(shownRevision, false).forEach(output::line));
        return CommandResult.success(Json.object()
            .put("tree", selected.name())
            .put("revisions", RevisionJson.revisions(shown)));
    }
}
