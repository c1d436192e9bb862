package dev.revgraph.reliability.revisions.tree50;

import java.util.List;

import dev.revgraph.Migration;
import dev.revgraph.Revision;
import dev.revgraph.operation.Column;
import dev.revgraph.operation.ColumnType;
import dev.revgraph.operation.Operations;

/** Step 20 of the kill tree, in Java: a table, a mark and an index, as the SQL steps have. */
@Revision(id = "k50_20", down = "k50_19", message = "Tree50 step 20", created = "2026-11-21T08:00:00Z")
public class Tree50Step20 implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("t_k50_20", (t) -> t.column(Column.of("id", ColumnType.INTEGER).notNull())
            .column(Column.of("v", ColumnType.varchar(50)))
            .primaryKey("id"));
        op.bulkInsert("rel_marks", List.of("revision_id", "applied_by"), List.of(List.of("k50_20", "java")));
        op.createIndex("ix_k50_20", "t_k50_20", "v");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("t_k50_20");
        op.execute("DELETE FROM rel_marks WHERE revision_id = 'k50_20'");
    }

}
