package dev.revgraph.command;

import java.util.List;

import dev.revgraph.runtime.MigrationResult;

import org.jspecify.annotations.Nullable;

/**
 * {@code downgrade TARGET}: runs the downgrades of every applied revision above {@code TARGET}, newest
 * first: an id, {@code -1}, {@code label@base}, {@code base}. With {@code --sql}, {@code TARGET} must be
 * a range {@code start:end} (there is no database to read the start from), as in Alembic.
 *
 * <p>JSON: as {@link UpgradeCommand}'s, for the one tree.
 *
 * @param tree the tree, or {@code null} for the only one
 * @param target what to downgrade to
 * @param sql how to write offline SQL, or {@code null} to run against the database
 */
public record DowngradeCommand(@Nullable String tree, String target, @Nullable SqlOptions sql)
        implements MigrationCommand {

    @Override
    public String name() {
        return "downgrade";
    }

    @Override
    public CommandResult run(CommandContext context, CommandOutput output) {
        String required = UpgradeCommand.requireTarget(this.target, "downgrade");
        MigrationTree selected = context.tree(this.tree);
        Json.JsonObject result;
        if (this.sql != null) {
            if (!required.contains(":")) {
                throw new CommandUsageException("downgrade with --sql requires <fromrev>:<torev>");
            }
            String start = required.substring(0, required.indexOf(':'));
            String end = required.substring(required.indexOf(':') + 1);
            if (start.isBlank() || end.isBlank()) {
                throw new CommandUsageException("downgrade with --sql requires <fromrev>:<torev>");
            }
            result = OfflineSqlOutput.render(context, selected, this.sql, start, end,
                    (graph, rows, to) -> graph.planDowngrade(rows, to), output);
        }
        else {
            if (required.contains(":")) {
                throw new CommandUsageException("Range revision not allowed; a range start:end is for --sql");
            }
            TreeRevisions revisions = OnlineTree.load(context, selected);
            MigrationResult run = OnlineTree.open(context, revisions, ProgressOutput.to(output)).downgrade(required);
            result = UpgradeCommand.json(selected, run);
        }
        return CommandResult.success(Json.object().put("trees", List.of(result)));
    }
}
