package dev.revgraph.reliability.revisions.fixeddowngrade;

import dev.revgraph.Revision;
import dev.revgraph.operation.Operations;
import dev.revgraph.reliability.revisions.failingdowngrade.FailingDowngrade;

/**
 * {@link FailingDowngrade} as the next build fixes it: the same revision (same metadata, so the same
 * checksum) and upgrade, with a downgrade that does not throw.
 */
@Revision(id = "fd_java", down = "fd_before_java", message = "A Java revision whose downgrade throws", created = "2026-11-22T08:00:00Z")
public class FixedDowngrade extends FailingDowngrade {

    @Override
    public void downgrade(Operations op) {
        op.execute("DELETE FROM rel_marks WHERE revision_id = 'fd_java'");
        op.execute("DROP TABLE s_fd_java");
        op.execute("UPDATE t_fd_java SET n = n + 1");
        op.execute("DROP TABLE t_fd_java");
    }

}
