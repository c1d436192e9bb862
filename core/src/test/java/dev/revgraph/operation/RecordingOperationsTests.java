package dev.revgraph.operation;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecordingOperationsTests {

    @Test
    void collectsOperationsInOrder() {
        RecordingOperations recorder = new RecordingOperations();
        recorder.createSequence("a");
        recorder.renameTable("t", "u");
        assertThat(recorder.operations()).containsExactly(CreateSequence.of(QualifiedName.of("a"), 1, 1),
                new RenameTable(QualifiedName.of("t"), "u"));
    }

    @Test
    void reversesEverythingLastFirst() {
        RecordingOperations recorder = new RecordingOperations();
        recorder.createTable("tags", Column.of("name", ColumnType.TEXT));
        recorder.addColumn("tags", Column.of("slug", ColumnType.TEXT));
        List<Operation> reversed = recorder.reversed().orElseThrow();
        assertThat(reversed).hasSize(2);
        assertThat(reversed.get(0)).isEqualTo(new DropColumn(QualifiedName.of("tags"), "slug", Column.of("slug", ColumnType.TEXT)));
        assertThat(reversed.get(1)).isInstanceOf(DropTable.class);
    }

    @Test
    void hasNoReverseWhenAnyOperationHasNone() {
        RecordingOperations recorder = new RecordingOperations();
        recorder.createSequence("a");
        recorder.execute("UPDATE t SET a = 1");
        assertThat(recorder.reversed()).isEmpty();
    }

    @Test
    void runsAMigrationWrittenByHand() {
        RecordingOperations recorder = new RecordingOperations();
        new AddComments().upgrade(recorder);
        assertThat(recorder.operations()).hasSize(2);
        RecordingOperations undo = new RecordingOperations();
        new AddComments().downgrade(undo);
        assertThat(undo.operations()).isEqualTo(recorder.reversed().orElseThrow());
    }

    static class AddComments implements dev.revgraph.Migration {

        @Override
        public void upgrade(Operations op) {
            op.createTable("comments", (t) -> t
                .column(Column.of("id", ColumnType.BIGINT).asIdentity())
                .column(Column.of("resource_id", ColumnType.BIGINT).notNull())
                .column(Column.of("body", ColumnType.TEXT).notNull())
                .primaryKey("id")
                .foreignKey(ForeignKey.of("fk_comments_resource", "resource_id", "resources", "id")
                    .onDelete(ForeignKeyAction.CASCADE)));
            op.createIndex("ix_comments_resource", "comments", "resource_id");
        }

        @Override
        public void downgrade(Operations op) {
            RecordingOperations upgrade = new RecordingOperations();
            upgrade(upgrade);
            op.apply(new DropIndex("ix_comments_resource", QualifiedName.of("comments"), false,
                    (CreateIndex) upgrade.operations().get(1)));
            op.dropTable((CreateTable) upgrade.operations().get(0));
        }
    }
}
