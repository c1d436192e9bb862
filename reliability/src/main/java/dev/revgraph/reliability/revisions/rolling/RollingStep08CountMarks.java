package dev.revgraph.reliability.revisions.rolling;

import dev.revgraph.Revision;
import dev.revgraph.reliability.app.InstanceName;
import dev.revgraph.reliability.revisions.CountMarksMigration;

/**
 * A new-build data step in the rolling-upgrade trials: counts the marks its 7 ancestors wrote (the 6 of the
 * old build and r_07) and keeps the count, with the instance that ran it. Anything but 7 means a revision
 * ran twice, or was skipped, while old and new builds started together.
 */
@Revision(id = "r_08", down = "r_07", message = "Rolling new build, step 8: count the marks", created = "2026-11-22T09:00:00Z")
public class RollingStep08CountMarks extends CountMarksMigration {

    public RollingStep08CountMarks(InstanceName instance) {
        super("r_08", 8, instance);
    }

}
