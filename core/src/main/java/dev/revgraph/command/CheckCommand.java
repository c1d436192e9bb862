package dev.revgraph.command;

import java.util.List;
import java.util.Locale;

import dev.revgraph.diff.Difference;

import org.jspecify.annotations.Nullable;

/**
 * {@code check}: compares the entity model with the database (which must be at its heads, as for
 * Alembic's {@code check}) and exits 1 listing the differences when they differ, 0 saying
 * "No differences" when they do not. The model goes with the tree named, or the first tree.
 *
 * <pre>
 * main: 2 differences between the entity model and the database
 *   column orders.note is in the model but not in the database (varchar(255))
 *   column orders.status: type varchar(40) in the model, character varying(20) in the database [postgresql.type]
 * </pre>
 *
 * JSON: {@code {"tree": "main", "count": 2, "differences": [{"kind": "added", "object": "column",
 * "path": "orders.note", "property": null, "model": "varchar(255)", "database": null, "rule":
 * "structure.column", "description": "..."}]}}: the same list the Actuator {@code drift} view shows.
 *
 * @param tree the tree, or {@code null} for the first one
 */
public record CheckCommand(@Nullable String tree) implements MigrationCommand {

    @Override
    public String name() {
        return "check";
    }

    @Override
    public CommandResult run(CommandContext context, CommandOutput output) {
        MigrationTree selected = (this.tree != null) ? context.tree(this.tree) : context.trees().get(0);
        List<Difference> differences = ModelComparison.atHeads(context, selected, "check").differences();
        if (differences.isEmpty()) {
            output.line(selected.name() + ": No differences between the entity model and the database");
        }
        else {
            output.line(selected.name() + ": " + differences.size() + " difference" + ((differences.size() == 1) ? ""
                    : "s") + " between the entity model and the database");
            differences.forEach((difference) -> output.line("  " + difference.describe()));
        }
        return new CommandResult(differences.isEmpty() ? ExitStatus.SUCCESS : ExitStatus.FOUND, Json.object()
            .put("tree", selected.name())
            .put("count", differences.size())
            .put("differences", differences.stream().map(CheckCommand::json).toList()));
    }

    static Json.JsonObject json(Difference difference) {
        return Json.object()
            .put("kind", difference.kind().name().toLowerCase(Locale.ROOT))
            .put("object", difference.objectKind().words())
            .put("path", difference.path())
            .put("property", difference.property())
            .put("model", difference.modelValue())
            .put("database", difference.databaseValue())
            .put("rule", difference.rule())
            .put("description", difference.describe());
    }
}
