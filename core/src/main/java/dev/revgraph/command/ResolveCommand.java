package dev.revgraph.command;

import java.util.Locale;
import java.util.Objects;

import dev.revgraph.runtime.ResolveAction;

import org.jspecify.annotations.Nullable;

/**
 * {@code resolve REV --retry|--mark-applied|--accept-checksum}: settles a revision the migrator refuses
 * to pass — a failed or interrupted attempt (retry it from its first statement, or record it as done by
 * hand) or a deliberately edited script (record its new checksum).
 *
 * <p>JSON: {@code {"tree": "main", "revision": "ae1027a6acf", "action": "retry"}}.
 *
 * @param tree the tree, or {@code null} for the only one
 * @param revision the revision
 * @param action how to settle it
 */
public record ResolveCommand(@Nullable String tree, String revision, ResolveAction action) implements MigrationCommand {

    public ResolveCommand {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(action, "action");
    }

    @Override
    public String name() {
        return "resolve";
    }

    @Override
    public CommandResult run(CommandContext context, CommandOutput output) {
        MigrationTree selected = context.tree(this.tree);
        TreeRevisions revisions = OnlineTree.load(context, selected);
        String id = revisions.graph().resolveOne(this.revision).map((found) -> found.id()).orElse(this.revision);
        OnlineTree.open(context, revisions).resolve(id, this.action);
        output.line(switch (this.action) {
            case RETRY -> "Resolved " + id + ": its failed attempt is forgotten; the next upgrade runs it from its "
                    + "first statement";
            case MARK_APPLIED -> "Resolved " + id + ": recorded as applied";
            case ACCEPT_CHECKSUM -> "Resolved " + id + ": its current checksum is recorded";
        });
        return CommandResult.success(Json.object()
            .put("tree", selected.name())
            .put("revision", id)
            .put("action", this.action.name().toLowerCase(Locale.ROOT).replace('_', '-')));
    }
}
