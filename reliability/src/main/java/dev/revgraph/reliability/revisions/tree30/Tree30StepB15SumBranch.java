package dev.revgraph.reliability.revisions.tree30;

import java.util.List;

import dev.revgraph.Migration;
import dev.revgraph.Revision;
import dev.revgraph.operation.Operations;
import dev.revgraph.reliability.app.InstanceName;

/** On the beta branch: a data step that derives its row from the branch's earlier tables. */
@Revision(id = "c30_b15", down = "c30_b14", message = "Tree30 beta step 15", created = "2026-11-21T08:00:00Z")
public class Tree30StepB15SumBranch implements Migration {

    private final InstanceName instance;

    public Tree30StepB15SumBranch(InstanceName instance) {
        this.instance = instance;
    }

    @Override
    public void upgrade(Operations op) {
        op.execute("CREATE TABLE t_c30_b15 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50), n INTEGER)");
        op.execute("INSERT INTO t_c30_b15 (id, v, n) SELECT 15, 'sum of beta', "
                + "(SELECT n FROM t_c30_b11) + (SELECT n FROM t_c30_b12) + (SELECT n FROM t_c30_b13) + (SELECT n FROM t_c30_b14)");
        op.bulkInsert("rel_marks", List.of("revision_id", "applied_by"), List.of(List.of("c30_b15", this.instance.value())));
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DROP TABLE t_c30_b15");
        op.execute("DELETE FROM rel_marks WHERE revision_id = 'c30_b15'");
    }

}
