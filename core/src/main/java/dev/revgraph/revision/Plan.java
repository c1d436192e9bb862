package dev.revgraph.revision;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an upgrade, downgrade or stamp will do: the steps in the order they run and the version rows
 * before and after them. Planning never touches a database; running, printing as SQL, listing as
 * pending and showing in the Actuator endpoint all consume the same plan.
 *
 * @param steps the steps, in the order they run
 * @param rowsBefore the version rows the first step starts from (empty for a purging stamp)
 * @param rowsAfter the version rows once every step has run
 * @param purge whether every existing version row is deleted before the first step
 */
public record Plan(List<Step> steps, Set<String> rowsBefore, Set<String> rowsAfter, boolean purge) {

    public Plan {
        steps = List.copyOf(steps);
        rowsBefore = Collections.unmodifiableSet(new LinkedHashSet<>(rowsBefore));
        rowsAfter = Collections.unmodifiableSet(new LinkedHashSet<>(rowsAfter));
    }

    /** Whether there is nothing to do. */
    public boolean isEmpty() {
        return this.steps.isEmpty() && !this.purge;
    }

    /** The ids of the revisions run or stamped to, in step order ({@code null} entries are skipped). */
    public List<String> revisionIds() {
        return this.steps.stream().map(Step::revisionId).filter(Objects::nonNull).toList();
    }
}
