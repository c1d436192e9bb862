package dev.revgraph.command;

import java.util.List;

import dev.revgraph.runtime.MigrationResult;

import org.jspecify.annotations.Nullable;

/**
 * {@code stamp TARGETS... [--purge]}: moves the version rows to {@code TARGETS} without running anything,
 * as Alembic's {@code stamp} (for a schema made by other means, or to undo a mistake). {@code --purge}
 * deletes every row first. With {@code --sql} one target may be a range {@code start:end}.
 *
 * <p>JSON: as {@link UpgradeCommand}'s, for the one tree.
 *
 * @param tree the tree, or {@code null} for the only one
 * @param targets the revisions to stamp ({@code base} removes the rows)
 * @param purge whether to delete every row first
 * @param sql how to write offline SQL, or {@code null} to run against the database
 */
public record StampCommand(@Nullable String tree, List<String> targets, boolean purge, @Nullable SqlOptions sql)
        implements MigrationCommand {

    public StampCommand {
        targets = List.copyOf(targets);
    }

    @Override
    public String name() {
        return "stamp";
    }

    @Override
    public CommandResult run(CommandContext context, CommandOutput output) {
        if (this.targets.isEmpty()) {
            throw new CommandUsageException("stamp needs at least one target revision");
        }
        MigrationTree selected = context.tree(this.tree);
        boolean range = this.targets.stream().anyMatch((target) -> target.contains(":"));
        Json.JsonObject result;
        if (this.sql != null) {
            String start = "base";
            List<String> ends = this.targets;
            if (range) {
                if (this.targets.size() > 1) {
                    throw new CommandUsageException("stamp --sql takes one range start:end, or targets without a range");
                }
                String only = this.targets.get(0);
                start = only.substring(0, only.indexOf(':'));
                ends = List.of(only.substring(only.indexOf(':') + 1));
            }
            List<String> to = ends;
            result = OfflineSqlOutput.render(context, selected, this.sql, start, String.join(",", to),
                    (graph, rows, end) -> graph.planStamp(rows, to, this.purge), output);
        }
        else {
            if (range) {
                throw new CommandUsageException("Range revision not allowed; a range start:end is for --sql");
            }
            TreeRevisions revisions = OnlineTree.load(context, selected);
            MigrationResult run = OnlineTree.open(context, revisions, ProgressOutput.to(output)).stamp(this.targets,
                    this.purge);
            result = UpgradeCommand.json(selected, run);
        }
        return CommandResult.success(Json.object().put("trees", List.of(result)));
    }
}
