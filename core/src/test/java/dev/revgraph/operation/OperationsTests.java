package dev.revgraph.operation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.revgraph.dialect.DatabaseId;
import dev.revgraph.dialect.Dialects;
import dev.revgraph.dialect.ServerVersion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The builder methods of {@link Operations} hand the right values to {@link Operations#apply}. */
class OperationsTests {

    private final RecordingOperations op = new RecordingOperations();

    @Test
    void createTableBuildsTheTableDefinition() {
        op.createTable("users", (t) -> t.column(Column.of("id", ColumnType.BIGINT).asIdentity())
            .column("email", ColumnType.varchar(255))
            .primaryKey("id")
            .check("ck_email", "email <> ''")
            .foreignKey(ForeignKey.of("fk_org", "org_id", "orgs", "id"))
            .comment("People"));
        CreateTable table = (CreateTable) op.operations().get(0);
        assertThat(table.table()).isEqualTo(QualifiedName.of("users"));
        assertThat(table.columns()).extracting(Column::name).containsExactly("id", "email");
        assertThat(table.primaryKey()).isEqualTo(PrimaryKey.of(null, "id"));
        assertThat(table.checks()).containsExactly(CheckConstraint.of("ck_email", "email <> ''"));
        assertThat(table.foreignKeys()).hasSize(1);
        assertThat(table.comment()).isEqualTo("People");
    }

    @Test
    void createTableFromColumnsAlone() {
        op.createTable("tags", Column.of("name", ColumnType.TEXT).notNull());
        assertThat(op.operations()).containsExactly(new CreateTable(QualifiedName.of("tags"),
                List.of(Column.of("name", ColumnType.TEXT).notNull()), null, List.of(), List.of(), List.of(), null));
    }

    @Test
    void inSchemaQualifiesEveryName() {
        Operations audit = op.inSchema("audit");
        audit.dropTable("events");
        audit.createIndex("ix_events_at", "events", "at");
        audit.createSequence("event_ids");
        assertThat(op.operations()).containsExactly(new DropTable(QualifiedName.of("audit", "events"), null),
                new CreateIndex("ix_events_at", QualifiedName.of("audit", "events"), List.of(IndexElement.column("at")),
                        false, null, false),
                CreateSequence.of(QualifiedName.of("audit", "event_ids"), 1, 1));
    }

    @Test
    void alterColumnFoldsChangesInOrder() {
        op.alterColumn("users", "email", ColumnChange.existing(Column.of("email", ColumnType.TEXT)),
                ColumnChange.notNull(), ColumnChange.rename("mail"));
        AlterColumn alter = (AlterColumn) op.operations().get(0);
        assertThat(alter.type()).isEqualTo(Change.unchanged(ColumnType.TEXT));
        assertThat(alter.nullable()).isEqualTo(Change.of(true, false));
        assertThat(alter.defaultExpression()).isEqualTo(Change.unchanged(null));
        assertThat(alter.finalName()).isEqualTo("mail");
    }

    @Test
    void createIndexTakesColumnsExpressionsAndOptions() {
        op.createIndex("ix_users_email", "users", (i) -> i.expression("lower(email)").columns("org_id").unique()
            .where("deleted_at IS NULL").concurrently());
        assertThat(op.operations()).containsExactly(new CreateIndex("ix_users_email", QualifiedName.of("users"),
                List.of(IndexElement.expression("lower(email)"), IndexElement.column("org_id")), true,
                "deleted_at IS NULL", true));
    }

    @Test
    void constraintMethodsTakeTheNameFirstAsAlembicDoes() {
        op.createPrimaryKey("pk_users", "users", "id");
        op.createUniqueConstraint("uq_users_email", "users", "email");
        op.createCheckConstraint("ck_users_email", "users", "email <> ''");
        op.dropConstraint("uq_users_email", "users", ConstraintKind.UNIQUE);
        op.dropConstraint("users", UniqueConstraint.of("uq_users_email", "email"));
        assertThat(op.operations()).extracting((operation) -> operation.reverse().isPresent())
            .containsExactly(true, true, true, false, true);
    }

    @Test
    void executeRendersPerDialectWhenGivenAFunction() {
        op.execute((dialect) -> "SELECT " + dialect.quote("x"));
        ExecuteSql execute = (ExecuteSql) op.operations().get(0);
        assertThat(execute.sqlFor(Dialects.of(DatabaseId.MARIADB, ServerVersion.of(10, 11)))).isEqualTo("SELECT `x`");
        assertThat(execute.sqlFor(Dialects.of(DatabaseId.POSTGRESQL, ServerVersion.of(15, 0)))).isEqualTo("SELECT \"x\"");
    }

    @Test
    void bulkInsertFromMapsWritesColumnsInAlphabeticalOrder() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("name", "a");
        first.put("id", 1);
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("id", 2);
        second.put("name", null);
        op.bulkInsert("tags", List.of(first, second));
        BulkInsert insert = (BulkInsert) op.operations().get(0);
        assertThat(insert.columns()).containsExactly("id", "name");
        assertThat(insert.rows()).containsExactly(List.of(1, "a"), java.util.Arrays.asList(2, null));
    }

    @Test
    void bulkInsertFromMapsRefusesRowsWithOtherColumns() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> op.bulkInsert("tags", List.of(Map.of("id", 1), Map.of("name", "x"))))
            .withMessageContaining("must all have the columns [id]");
    }

    @Test
    void irreversibleAndExecuteKeepTheirOriginalSignatures() {
        op.execute("UPDATE t SET a = 1");
        op.irreversible("data is gone");
        assertThat(op.operations()).containsExactly(ExecuteSql.of("UPDATE t SET a = 1"), new Irreversible("data is gone"));
    }
}
