package dev.revgraph.sample.revisions;

import dev.revgraph.Migration;
import dev.revgraph.Revision;
import dev.revgraph.operation.Column;
import dev.revgraph.operation.ColumnType;
import dev.revgraph.operation.ForeignKey;
import dev.revgraph.operation.ForeignKeyAction;
import dev.revgraph.operation.Operations;

/**
 * Utilizations: how a resource is used, each the subject of comments later on. The index on
 * {@code resource_id} is created before the foreign key, so that MariaDB and H2 use it for the key instead
 * of adding an implicit index of their own.
 */
@Revision(id = "c5e2a8f1d907", down = "8d41f0c2b6e7", message = "Create utilizations",
        created = "2024-06-03T09:00:00Z")
public class CreateUtilizations implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("utilizations", (table) -> table
            .column(Column.of("id", ColumnType.BIGINT).asIdentity())
            .column(Column.of("resource_id", ColumnType.BIGINT).notNull())
            .column(Column.of("title", ColumnType.varchar(200)).notNull())
            .column(Column.of("description", ColumnType.varchar(1000)))
            .column(Column.of("created_at", ColumnType.TIMESTAMP).notNull())
            .primaryKey("id"));
        op.createIndex("ix_utilizations_resource", "utilizations", "resource_id");
        op.createForeignKey("utilizations", ForeignKey.of("fk_utilizations_resource", "resource_id", "resources", "id")
            .onDelete(ForeignKeyAction.CASCADE));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("utilizations");
    }
}
