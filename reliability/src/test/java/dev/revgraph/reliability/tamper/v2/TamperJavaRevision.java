package dev.revgraph.reliability.tamper.v2;

import java.util.List;

import dev.revgraph.Migration;
import dev.revgraph.Revision;
import dev.revgraph.operation.Operations;

/** The head of the tampering tree (v2). */
@Revision(id = "tm_java", down = "tm_03", message = "Java revision of the tampering trials, message edited", created = "2026-11-21T08:00:00Z")
public class TamperJavaRevision implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute("CREATE TABLE t_tm_java (id INTEGER NOT NULL PRIMARY KEY)");
        op.bulkInsert("rel_marks", List.of("revision_id", "applied_by"), List.of(List.of("tm_java", "java")));
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DROP TABLE t_tm_java");
        op.execute("DELETE FROM rel_marks WHERE revision_id = 'tm_java'");
    }

}
