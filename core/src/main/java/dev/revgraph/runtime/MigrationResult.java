package dev.revgraph.runtime;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.revgraph.revision.Plan;
import dev.revgraph.revision.Step;

/**
 * What an upgrade, downgrade or stamp did.
 *
 * @param plan the plan made under the lock (empty when another migrator had already done the work)
 * @param stepsRun the steps that ran and committed, in order
 * @param rowsBefore the version rows the run started from
 * @param rowsAfter the version rows it left
 * @param elapsed how long the whole run took, lock wait included
 */
public record MigrationResult(Plan plan, List<Step> stepsRun, Set<String> rowsBefore, Set<String> rowsAfter,
        Duration elapsed) {

    public MigrationResult {
        Objects.requireNonNull(plan, "plan");
        stepsRun = List.copyOf(stepsRun);
        rowsBefore = Collections.unmodifiableSet(new LinkedHashSet<>(rowsBefore));
        rowsAfter = Collections.unmodifiableSet(new LinkedHashSet<>(rowsAfter));
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** Whether nothing ran. */
    public boolean isEmpty() {
        return this.stepsRun.isEmpty() && this.rowsBefore.equals(this.rowsAfter);
    }
}
