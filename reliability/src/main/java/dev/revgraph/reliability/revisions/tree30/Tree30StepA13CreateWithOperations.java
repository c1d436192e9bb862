package dev.revgraph.reliability.revisions.tree30;

import java.util.List;

import dev.revgraph.Migration;
import dev.revgraph.Revision;
import dev.revgraph.operation.Column;
import dev.revgraph.operation.ColumnType;
import dev.revgraph.operation.Operations;
import dev.revgraph.reliability.app.InstanceName;

/** On the alpha branch: a table built with the portable operations, and a data row. */
@Revision(id = "c30_a13", down = "c30_a12", message = "Tree30 alpha step 13", created = "2026-11-21T08:00:00Z")
public class Tree30StepA13CreateWithOperations implements Migration {

    private final InstanceName instance;

    public Tree30StepA13CreateWithOperations(InstanceName instance) {
        this.instance = instance;
    }

    @Override
    public void upgrade(Operations op) {
        op.createTable("t_c30_a13", (t) -> t.column(Column.of("id", ColumnType.INTEGER).notNull())
            .column(Column.of("v", ColumnType.varchar(50)))
            .column(Column.of("n", ColumnType.INTEGER))
            .primaryKey("id"));
        op.bulkInsert("t_c30_a13", List.of("id", "v", "n"), List.of(List.of(13, "row of c30_a13", 13)));
        op.bulkInsert("rel_marks", List.of("revision_id", "applied_by"), List.of(List.of("c30_a13", this.instance.value())));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("t_c30_a13");
        op.execute("DELETE FROM rel_marks WHERE revision_id = 'c30_a13'");
    }

}
