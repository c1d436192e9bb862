package dev.revgraph.command;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.revgraph.command.offline.OfflineSql;
import dev.revgraph.command.offline.OfflineSqlRenderer;
import dev.revgraph.dialect.Dialect;
import dev.revgraph.revision.Plan;
import dev.revgraph.revision.Revision;
import dev.revgraph.revision.RevisionGraph;

/**
 * The {@code --sql} side of {@code upgrade}, {@code downgrade} and {@code stamp}: parse the
 * {@code start:end} range, plan from {@code start}'s rows with the usual planner, and print the plan's
 * SQL. JSON per tree: {@code {"tree", "dialect", "plan", "statements", "script"}}.
 */
final class OfflineSqlOutput {

    /** Plans from the start rows to the end of the range. */
    @FunctionalInterface
    interface Planner {
        Plan plan(RevisionGraph graph, Set<String> startRows, String end);
    }

    private OfflineSqlOutput() {
    }

    /** {@code start} of {@code start:end} as version rows: {@code base} (or nothing) is none; ids comma separated. */
    static Set<String> startRows(RevisionGraph graph, String start) {
        Set<String> rows = new LinkedHashSet<>();
        for (String part : start.split(",")) {
            String identifier = part.strip();
            if (identifier.isEmpty() || identifier.equals("base")) {
                continue;
            }
            for (Revision revision : graph.resolve(identifier)) {
                rows.add(revision.id());
            }
        }
        return rows;
    }

    static Json.JsonObject render(CommandContext context, MigrationTree tree, SqlOptions options, String start,
            String end, Planner planner, CommandOutput output) {
        Dialect dialect = options.dialect(tree);
        TreeRevisions revisions = TreeRevisions.load(context, tree, dialect.id());
        Set<String> rows = startRows(revisions.graph(), start);
        Plan plan = planner.plan(revisions.graph(), rows, end);
        OfflineSql sql = new OfflineSqlRenderer(dialect, tree.settings()).render(revisions.graph(),
                revisions.scripts(), plan, rows.isEmpty());
        output.line("-- RevGraph offline SQL: tree " + tree.name() + ", " + dialect);
        output.line("");
        String script = sql.script();
        if (!script.isEmpty()) {
            output.line(script.stripTrailing());
        }
        List<String> statements = new ArrayList<>(sql.statements());
        return Json.object()
            .put("tree", tree.name())
            .put("dialect", Json.object().put("id", dialect.id().id()).put("version", dialect.version().toString()))
            .put("plan", RevisionJson.plan(plan))
            .put("statements", statements)
            .put("script", script);
    }
}
