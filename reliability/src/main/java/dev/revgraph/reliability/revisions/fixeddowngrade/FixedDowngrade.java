package dev.revgraph.reliability.revisions.fixeddowngrade;

import java.util.List;

import dev.revgraph.Migration;
import dev.revgraph.Revision;
import dev.revgraph.operation.Operations;

/**
 * {@code FailingDowngrade} as the next build fixes it: the same revision (same metadata, so the same
 * checksum) with a downgrade that does not throw.
 */
@Revision(id = "fd_java", down = "fd_before_java", message = "A Java revision whose downgrade throws", created = "2026-11-22T08:00:00Z")
public class FixedDowngrade implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute("CREATE TABLE t_fd_java (id INTEGER NOT NULL PRIMARY KEY, n INTEGER)");
        op.execute("CREATE TABLE s_fd_java (id INTEGER NOT NULL PRIMARY KEY)");
        op.bulkInsert("rel_marks", List.of("revision_id", "applied_by"), List.of(List.of("fd_java", "java")));
        op.execute("INSERT INTO t_fd_java (id, n) VALUES (1, 10)");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DELETE FROM rel_marks WHERE revision_id = 'fd_java'");
        op.execute("DROP TABLE s_fd_java");
        op.execute("UPDATE t_fd_java SET n = n + 1");
        op.execute("DROP TABLE t_fd_java");
    }

}
