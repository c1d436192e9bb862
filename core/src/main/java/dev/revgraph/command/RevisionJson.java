package dev.revgraph.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import dev.revgraph.revision.Plan;
import dev.revgraph.revision.Revision;
import dev.revgraph.revision.Step;

import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes shared by the commands. A revision:
 *
 * <pre>
 * {"id": "ba229313341d", "down": ["2a8c621c22c8"], "dependsOn": [], "branchLabels": ["feedback"],
 *  "message": "Add some columns", "created": "2024-06-03T09:43:44Z", "source": "classpath:db/...",
 *  "children": [], "base": false, "head": true, "effectiveHead": false, "branchPoint": false,
 *  "mergePoint": false, "current": true}
 * </pre>
 *
 * ({@code created} and {@code current} only when known). A step:
 * {@code {"direction": "upgrade", "revision": "b", "from": ["a"], "to": ["b"], "message": "..."}}.
 */
public final class RevisionJson {

    private RevisionJson() {
    }

    /** A revision; {@code current} is left out when {@code null}. */
    public static Json.JsonObject revision(Revision revision, @Nullable Boolean current) {
        return Json.object()
            .put("id", revision.id())
            .put("down", revision.down())
            .put("dependsOn", revision.info().dependsOn())
            .put("branchLabels", List.copyOf(new TreeSet<>(revision.branchLabels())))
            .put("message", revision.message())
            .put("created", (revision.info().created() != null) ? revision.info().created().toString() : null)
            .put("source", revision.source())
            .put("children", revision.childIds())
            .put("base", revision.isBase())
            .put("head", revision.isRealHead())
            .put("effectiveHead", revision.isHead() && !revision.isRealHead())
            .put("branchPoint", revision.isBranchPoint())
            .put("mergePoint", revision.isMergePoint())
            .put("current", current);
    }

    /** Revisions, without a current marker. */
    public static List<Json.JsonObject> revisions(Collection<Revision> revisions) {
        List<Json.JsonObject> result = new ArrayList<>();
        revisions.forEach((revision) -> result.add(revision(revision, null)));
        return result;
    }

    /** A step of a plan. */
    public static Json.JsonObject step(Step step) {
        String direction = switch (step.direction()) {
            case UP -> "upgrade";
            case DOWN -> "downgrade";
            case STAMP -> "stamp";
        };
        return Json.object()
            .put("direction", direction)
            .put("revision", step.revisionId())
            .put("from", step.fromIds())
            .put("to", step.toIds())
            .put("message", (step.revision() != null && step.direction() != Step.Direction.STAMP)
                    ? step.revision().message() : null);
    }

    /** A plan: {@code rowsBefore}, {@code rowsAfter}, {@code purge}, {@code steps}. */
    public static Json.JsonObject plan(Plan plan) {
        return Json.object()
            .put("rowsBefore", List.copyOf(plan.rowsBefore()))
            .put("rowsAfter", List.copyOf(plan.rowsAfter()))
            .put("purge", plan.purge() ? Boolean.TRUE : null)
            .put("steps", plan.steps().stream().map(RevisionJson::step).toList());
    }
}
