package dev.revgraph.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.revgraph.runtime.MigrationResult;

import org.jspecify.annotations.Nullable;

/**
 * {@code upgrade [TARGET]}: runs every revision up to {@code TARGET} ({@code heads} by default) on each
 * tree in declared order, or on the one {@code --tree} names. A target other than {@code heads} or
 * {@code head} names revisions of one tree, so it needs {@code --tree} when there are several.
 *
 * <p>With {@code --sql}, writes the SQL instead, with no connection; {@code TARGET} may then be a range
 * {@code start:end} whose start is the version rows to start from ({@code base} by default).
 *
 * <p>JSON: {@code {"trees": [{"tree", "rowsBefore", "rowsAfter", "steps": [step, ...], "elapsedMs"}]}};
 * with {@code --sql}: {@code {"trees": [{"tree", "dialect", "plan", "statements", "script"}]}}.
 *
 * @param tree the tree, or {@code null} for every tree
 * @param target what to upgrade to
 * @param sql how to write offline SQL, or {@code null} to run against the database
 */
public record UpgradeCommand(@Nullable String tree, String target, @Nullable SqlOptions sql)
        implements MigrationCommand {

    public UpgradeCommand {
        target = (target != null) ? target : "heads";
    }

    /** An online upgrade to {@code target}. */
    public UpgradeCommand(@Nullable String tree, String target) {
        this(tree, target, null);
    }

    @Override
    public String name() {
        return "upgrade";
    }

    @Override
    public CommandResult run(CommandContext context, CommandOutput output) {
        List<MigrationTree> trees = context.treesFor(this.tree);
        String end = this.target;
        String start = "base";
        if (this.target.contains(":")) {
            if (this.sql == null) {
                throw new CommandUsageException("Range revision not allowed; a range start:end is for --sql");
            }
            start = this.target.substring(0, this.target.indexOf(':'));
            end = this.target.substring(this.target.indexOf(':') + 1);
            end = end.isEmpty() ? "heads" : end;
        }
        if (trees.size() > 1 && !end.equals("heads") && !end.equals("head")) {
            throw new CommandUsageException("Target '" + end + "' names revisions of one tree; choose it with --tree "
                    + "NAME (without --tree, upgrade takes every tree to heads)");
        }
        List<Json.JsonObject> results = new ArrayList<>();
        for (MigrationTree each : trees) {
            if (trees.size() > 1) {
                output.line("Tree " + each.name() + ":");
            }
            if (this.sql != null) {
                results.add(OfflineSqlOutput.render(context, each, this.sql, start, end,
                        (graph, rows, to) -> graph.planUpgrade(rows, to), output));
            }
            else {
                TreeRevisions revisions = OnlineTree.load(context, each);
                MigrationResult result = OnlineTree.open(context, revisions, ProgressOutput.to(output)).upgrade(end);
                results.add(json(each, result));
            }
        }
        return CommandResult.success(Json.object().put("trees", results));
    }

    /** A run's JSON: rows before and after, the steps run, how long it took. */
    static Json.JsonObject json(MigrationTree tree, MigrationResult result) {
        return Json.object()
            .put("tree", tree.name())
            .put("rowsBefore", List.copyOf(result.rowsBefore()))
            .put("rowsAfter", List.copyOf(result.rowsAfter()))
            .put("steps", result.stepsRun().stream().map(RevisionJson::step).toList())
            .put("elapsedMs", result.elapsed().toMillis());
    }

    static String requireTarget(@Nullable String target, String command) {
        if (target == null || target.isBlank()) {
            throw new CommandUsageException(command + " needs a target revision");
        }
        return Objects.requireNonNull(target).strip();
    }
}
