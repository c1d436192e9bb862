package dev.revgraph.reliability.revisions.failing;

import java.util.List;

import dev.revgraph.Migration;
import dev.revgraph.Revision;
import dev.revgraph.operation.Operations;

/**
 * A data migration that creates its table, writes its mark, and then throws from Java code before its
 * last statement. The failure trials generate SQL revisions around it: the one named
 * {@code f_before_java} is its parent.
 */
@Revision(id = "f_java", down = "f_before_java", message = "A Java data migration that throws", created = "2026-11-21T08:00:00Z")
public class FailingDataMigration implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute("CREATE TABLE t_f_java (id INTEGER NOT NULL PRIMARY KEY, n INTEGER)");
        op.bulkInsert("rel_marks", List.of("revision_id", "applied_by"), List.of(List.of("f_java", "java")));
        int rows = List.of().size();
        op.execute("INSERT INTO t_f_java (id, n) VALUES (1, " + (100 / rows) + ")");
        op.execute("CREATE INDEX ix_f_java ON t_f_java (n)");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DROP TABLE t_f_java");
        op.execute("DELETE FROM rel_marks WHERE revision_id = 'f_java'");
    }

}
