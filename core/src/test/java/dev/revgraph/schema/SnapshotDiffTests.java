package dev.revgraph.schema;

import java.util.ArrayList;
import java.util.List;

import dev.revgraph.operation.ColumnType.Kind;
import dev.revgraph.operation.ForeignKeyAction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotDiffTests {

    private static final DataType INTEGER = DataType.of("integer", Kind.INTEGER);

    private static DataType varchar(int length) {
        return new DataType("character varying(" + length + ")", "character varying", Kind.VARCHAR, length, null, null,
                false);
    }

    private static Schema schema(DataType kindType, List<TableIndex> indexes, ForeignKeyAction onDelete,
            List<TableColumn> extraColumns) {
        List<TableColumn> columns = new ArrayList<>(List.of(TableColumn.of("id", INTEGER).nullable(false),
                TableColumn.of("resource_id", INTEGER), TableColumn.of("kind", kindType)));
        columns.addAll(extraColumns);
        Table utilizations = new Table("public", "utilizations", columns, TablePrimaryKey.of("pk_utilizations", "id"),
                List.of(), indexes,
                List.of(new TableForeignKey("fk_utilizations_resource", List.of("resource_id"), "public", "resources",
                        List.of("id"), onDelete, ForeignKeyAction.NO_ACTION)),
                List.of(), null);
        Table resources = Table.of("public", "resources", List.of(TableColumn.of("id", INTEGER).nullable(false)));
        return new Schema("public", List.of(utilizations, resources), List.of(Sequence.of("numbers", 1, 1)));
    }

    private static final TableIndex IX_KIND = TableIndex.of("ix_utilizations_kind", false, IndexColumn.column("kind"));

    @Test
    void findsNothingBetweenEqualSchemas() {
        Schema schema = schema(varchar(20), List.of(IX_KIND), ForeignKeyAction.CASCADE, List.of());
        SnapshotDiff diff = SnapshotDiff.between(schema, schema(varchar(20), List.of(IX_KIND), ForeignKeyAction.CASCADE,
                List.of()));
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff).hasToString("no differences");
    }

    @Test
    void describesAColumnTypeAMissingIndexAndAChangedForeignKeyActionInWords() {
        Schema expected = schema(varchar(20), List.of(IX_KIND), ForeignKeyAction.CASCADE, List.of());
        Schema actual = schema(varchar(40), List.of(), ForeignKeyAction.SET_NULL, List.of());
        assertThat(SnapshotDiff.between(expected, actual).differences()).containsExactly(
                "table utilizations: column kind: type character varying(20) vs character varying(40)",
                "table utilizations: index ix_utilizations_kind missing",
                "table utilizations: foreign key fk_utilizations_resource: on delete CASCADE vs SET NULL");
    }

    @Test
    void describesMissingAndUnexpectedColumnsTablesAndSequences() {
        Schema expected = schema(varchar(20), List.of(), ForeignKeyAction.CASCADE,
                List.of(TableColumn.of("score", INTEGER)));
        Schema actual = new Schema("public", List.of(schema(varchar(20), List.of(), ForeignKeyAction.CASCADE,
                List.of()).table("resources").orElseThrow()), List.of());
        assertThat(SnapshotDiff.between(expected, actual).differences())
            .containsExactly("table utilizations missing", "sequence numbers missing");
        Schema withNote = schema(varchar(20), List.of(), ForeignKeyAction.CASCADE,
                List.of(TableColumn.of("note", varchar(10))));
        assertThat(SnapshotDiff.between(expected, withNote).differences()).containsExactly(
                "table utilizations: column note unexpected", "table utilizations: column score missing");
    }

    @Test
    void describesChangedIndexColumnsNullabilityDefaultsAndComments() {
        TableIndex wider = TableIndex.of("ix_utilizations_kind", false, IndexColumn.column("kind"),
                IndexColumn.column("id").desc());
        Schema expected = schema(varchar(20), List.of(IX_KIND), ForeignKeyAction.CASCADE, List.of());
        Schema changed = new Schema("public", List.of(new Table("public", "utilizations",
                List.of(TableColumn.of("id", INTEGER).nullable(false), TableColumn.of("resource_id", INTEGER),
                        TableColumn.of("kind", varchar(20)).nullable(false).defaultExpression("'a'").comment("Kind")),
                TablePrimaryKey.of("pk_utilizations", "id"), List.of(), List.of(wider),
                expected.table("utilizations").orElseThrow().foreignKeys(), List.of(), "Uses"),
                expected.table("resources").orElseThrow()), expected.sequences());
        assertThat(SnapshotDiff.between(expected, changed).differences()).containsExactly(
                "table utilizations: column kind: nullable true vs false",
                "table utilizations: column kind: default expression none vs 'a'",
                "table utilizations: column kind: comment none vs Kind",
                "table utilizations: index ix_utilizations_kind: columns [kind] vs [kind, id DESC]",
                "table utilizations: comment none vs Uses");
    }

    @Test
    void describesAChangedColumnOrder() {
        Schema expected = schema(varchar(20), List.of(), ForeignKeyAction.CASCADE, List.of());
        Table table = expected.table("utilizations").orElseThrow();
        List<TableColumn> reordered = List.of(table.columns().get(0), table.columns().get(2), table.columns().get(1));
        Schema actual = new Schema("public", List.of(new Table("public", "utilizations", reordered, table.primaryKey(),
                List.of(), List.of(), table.foreignKeys(), List.of(), null), expected.table("resources").orElseThrow()),
                expected.sequences());
        assertThat(SnapshotDiff.between(expected, actual).differences())
            .containsExactly("table utilizations: column order [id, resource_id, kind] vs [id, kind, resource_id]");
    }

    @Test
    void describesAChangedPrimaryKeyAndTypeDetailsBehindTheSameNativeType() {
        Schema expected = schema(varchar(20), List.of(), ForeignKeyAction.CASCADE, List.of());
        Table table = expected.table("utilizations").orElseThrow();
        Schema actual = new Schema("public", List.of(new Table("public", "utilizations",
                List.of(table.columns().get(0), table.columns().get(1),
                        table.columns().get(2).type(varchar(20).withFamily(Kind.TEXT))),
                TablePrimaryKey.of("pk_utilizations", "id", "kind"), List.of(), List.of(), table.foreignKeys(),
                List.of(), null), expected.table("resources").orElseThrow()), expected.sequences());
        assertThat(SnapshotDiff.between(expected, actual).differences()).containsExactly(
                "table utilizations: column kind: type: family VARCHAR vs TEXT",
                "table utilizations: primary key: columns [id] vs [id, kind]");
    }

    @Test
    void comparesSchemasOfDifferentNamesByTheirContent() {
        Schema expected = schema(varchar(20), List.of(), ForeignKeyAction.CASCADE, List.of());
        Schema renamed = new Schema("copy", expected.tables().stream()
            .map((table) -> new Table("copy", table.name(), table.columns(), table.primaryKey(),
                    table.uniqueConstraints(), table.indexes(), table.foreignKeys().stream()
                        .map((key) -> new TableForeignKey(key.name(), key.columns(), "copy", key.referencedTable(),
                                key.referencedColumns(), key.onDelete(), key.onUpdate()))
                        .toList(), table.checkConstraints(), table.comment()))
            .toList(), expected.sequences());
        assertThat(SnapshotDiff.between(expected, renamed).differences()).isEmpty();
        assertThat(renamed.describe()).isEqualTo(expected.describe());
        assertThat(renamed).isNotEqualTo(expected);
    }
}
