package dev.revgraph.sample.audit.revisions;

import dev.revgraph.Migration;
import dev.revgraph.Revision;
import dev.revgraph.operation.Column;
import dev.revgraph.operation.ColumnType;
import dev.revgraph.operation.Operations;

/**
 * The base of the {@code audit} tree: a history of its own, in its own version table
 * ({@code revgraph_audit_version}), so the audit log migrates independently of the feedback tables.
 */
@Revision(id = "f1a2b3c4d5e6", message = "Create the audit log", created = "2024-07-01T09:00:00Z")
public class CreateAuditLog implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("audit_log", (table) -> table
            .column(Column.of("id", ColumnType.BIGINT).asIdentity())
            .column(Column.of("occurred_at", ColumnType.TIMESTAMP).notNull())
            .column(Column.of("action", ColumnType.varchar(40)).notNull())
            .column(Column.of("subject_type", ColumnType.varchar(40)).notNull())
            .column(Column.of("subject_id", ColumnType.BIGINT).notNull())
            .column(Column.of("detail", ColumnType.varchar(500)))
            .primaryKey("id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("audit_log");
    }
}
