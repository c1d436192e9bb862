package dev.revgraph.command;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import dev.revgraph.runtime.HistoryEntry;
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
        OnlineTree online = OnlineTree.open(context, revisions);
        // an attempt in doubt may be an upgrade's or a downgrade's: say what was settled, in its direction
        String direction = (this.action != ResolveAction.ACCEPT_CHECKSUM) ? lastAttempt(online.history(), id)
                : "upgrade";
        online.resolve(id, this.action);
        output.line(switch (this.action) {
            case RETRY -> "Resolved " + id + ": its failed attempt is forgotten; the next " + direction + " runs it "
                    + "from its first statement";
            case MARK_APPLIED -> "Resolved " + id + ": " + (direction.equals("downgrade")
                    ? "its downgrade is recorded as done, so it is no longer applied" : "recorded as applied");
            case ACCEPT_CHECKSUM -> "Resolved " + id + ": its current checksum is recorded";
        });
        return CommandResult.success(Json.object()
            .put("tree", selected.name())
            .put("revision", id)
            .put("action", this.action.name().toLowerCase(Locale.ROOT).replace('_', '-')));
    }

    /** The direction of the revision's latest upgrade or downgrade in the history: {@code upgrade} or {@code downgrade}. */
    private static String lastAttempt(List<HistoryEntry> history, String revision) {
        String direction = "upgrade";
        for (HistoryEntry entry : history) {
            if (revision.equals(entry.revision()) && (entry.direction() == HistoryEntry.Direction.UPGRADE
                    || entry.direction() == HistoryEntry.Direction.DOWNGRADE)) {
                direction = entry.direction().code();
            }
        }
        return direction;
    }
}
