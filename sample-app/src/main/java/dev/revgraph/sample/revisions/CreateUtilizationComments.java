package dev.revgraph.sample.revisions;

import dev.revgraph.Migration;
import dev.revgraph.Revision;
import dev.revgraph.operation.Column;
import dev.revgraph.operation.ColumnType;
import dev.revgraph.operation.ForeignKey;
import dev.revgraph.operation.ForeignKeyAction;
import dev.revgraph.operation.Operations;

/**
 * The {@code comments} branch: users comment on utilizations. It forks from {@code e1f3b5a7c9d2} alongside
 * the {@code likes} branch; {@code 5c3e7f9a1d26} merges the two.
 */
@Revision(id = "2f6a9c3e1b84", down = "e1f3b5a7c9d2", branchLabels = "comments",
        message = "Create utilization comments", created = "2024-06-05T09:00:00Z")
public class CreateUtilizationComments implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("utilization_comments", (table) -> table
            .column(Column.of("id", ColumnType.BIGINT).asIdentity())
            .column(Column.of("utilization_id", ColumnType.BIGINT).notNull())
            .column(Column.of("author", ColumnType.varchar(100)))
            .column(Column.of("body", ColumnType.varchar(2000)).notNull())
            .column(Column.of("created_at", ColumnType.TIMESTAMP).notNull())
            .primaryKey("id")
            .foreignKey(ForeignKey.of("fk_utilization_comments_utilization", "utilization_id", "utilizations", "id")
                .onDelete(ForeignKeyAction.CASCADE)));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("utilization_comments");
    }
}
