package dev.revgraph.reliability.revisions.tree30;

import dev.revgraph.Revision;
import dev.revgraph.reliability.app.InstanceName;
import dev.revgraph.reliability.revisions.CountMarksMigration;

/**
 * Counts the marks its 26 ancestors wrote and keeps the count: anything but 26 means a revision ran
 * twice, or was skipped, before this one.
 */
@Revision(id = "c30_27", down = "c30_26", message = "Tree30 step 27: count the marks", created = "2026-11-21T08:00:00Z")
public class Tree30Step27CountMarks extends CountMarksMigration {

    public Tree30Step27CountMarks(InstanceName instance) {
        super("c30_27", 27, instance);
    }

}
