package dev.revgraph.dialect;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.revgraph.operation.AlterColumn;
import dev.revgraph.operation.BulkInsert;
import dev.revgraph.operation.Column;
import dev.revgraph.operation.ColumnChange;
import dev.revgraph.operation.ColumnType;
import dev.revgraph.operation.ConstraintKind;
import dev.revgraph.operation.CreateIndex;
import dev.revgraph.operation.CreateSequence;
import dev.revgraph.operation.CreateTable;
import dev.revgraph.operation.DropConstraint;
import dev.revgraph.operation.DropIndex;
import dev.revgraph.operation.ForeignKey;
import dev.revgraph.operation.ForeignKeyAction;
import dev.revgraph.operation.Operation;
import dev.revgraph.operation.PrimaryKey;
import dev.revgraph.operation.QualifiedName;
import dev.revgraph.operation.RecordingOperations;

/** The same operations, rendered by every dialect's tests. */
final class SampleOperations {

    static final QualifiedName USERS = QualifiedName.of("users");

    private SampleOperations() {
    }

    private static Operation only(RecordingOperations recorder) {
        List<Operation> operations = recorder.operations();
        if (operations.size() != 1) {
            throw new IllegalStateException("Expected one operation, got " + operations);
        }
        return operations.get(0);
    }

    /** users: identity id, commented email, defaulted timestamp, a foreign key, every kind of constraint. */
    static CreateTable createTable() {
        return CreateTable.builder(USERS)
            .column(Column.of("id", ColumnType.BIGINT).asIdentity())
            .column(Column.of("email", ColumnType.varchar(255)).notNull().comment("Where we write"))
            .column(Column.of("created_at", ColumnType.TIMESTAMP_TZ).notNull().defaultExpression("CURRENT_TIMESTAMP"))
            .column(Column.of("org_id", ColumnType.BIGINT))
            .constraint(PrimaryKey.of("pk_users", "id"))
            .unique("uq_users_email", "email")
            .check("ck_users_email", "email <> ''")
            .foreignKey(ForeignKey.of("fk_users_org", "org_id", "orgs", "id").onDelete(ForeignKeyAction.CASCADE))
            .comment("People")
            .build();
    }

    /** A table whose names need quoting: a reserved word, mixed case. */
    static Operation createTableWithAwkwardNames() {
        RecordingOperations op = new RecordingOperations();
        op.createTable("Order", t -> t.column("user", ColumnType.INTEGER).column("lineNo", ColumnType.SMALLINT));
        return only(op);
    }

    static Operation dropTable() {
        RecordingOperations op = new RecordingOperations();
        op.dropTable("users");
        return only(op);
    }

    /** Renames app.users to people, staying in schema app. */
    static Operation renameTable() {
        RecordingOperations op = new RecordingOperations();
        op.inSchema("app").renameTable("users", "people");
        return only(op);
    }

    static Operation addColumn() {
        RecordingOperations op = new RecordingOperations();
        op.addColumn("users", Column.of("score", ColumnType.INTEGER).notNull().defaultExpression("0"));
        return only(op);
    }

    static Operation addCommentedColumn() {
        RecordingOperations op = new RecordingOperations();
        op.addColumn("users", Column.of("nickname", ColumnType.varchar(50)).comment("Shown to others"));
        return only(op);
    }

    static Operation dropColumn() {
        RecordingOperations op = new RecordingOperations();
        op.dropColumn("users", "score");
        return only(op);
    }

    /** email: VARCHAR(100) NULL to VARCHAR(255) NOT NULL. */
    static AlterColumn alterTypeAndNullability() {
        return AlterColumn.of(USERS, "email", ColumnChange.type(ColumnType.varchar(100), ColumnType.varchar(255)),
                ColumnChange.notNull());
    }

    /** email: default from none to 'none', type and nullability stated. */
    static AlterColumn alterDefault() {
        return AlterColumn.of(USERS, "email", ColumnChange.existingType(ColumnType.varchar(255)),
                ColumnChange.existingNullable(false), ColumnChange.defaultExpression(null, "'none'"));
    }

    static AlterColumn dropDefault() {
        return alterDefault().reverse().map(AlterColumn.class::cast).orElseThrow();
    }

    static AlterColumn renameColumn() {
        return AlterColumn.of(USERS, "email", ColumnChange.rename("email_address"));
    }

    /** email's comment changed, its type and nullability stated. */
    static AlterColumn alterComment() {
        return AlterColumn.of(USERS, "email", ColumnChange.existingType(ColumnType.varchar(255)),
                ColumnChange.existingNullable(false), ColumnChange.comment("Where we write", "Where we write to"));
    }

    static CreateIndex createIndex() {
        return CreateIndex.builder("ix_users_org_email", USERS).columns("org_id", "email").unique().build();
    }

    static CreateIndex createPartialIndex() {
        return CreateIndex.builder("ix_users_live", USERS).columns("email").where("deleted_at IS NULL").build();
    }

    static CreateIndex createExpressionIndex() {
        return CreateIndex.builder("ix_users_lower_email", USERS).expression("lower(email)").build();
    }

    static CreateIndex createDescendingIndex() {
        return CreateIndex.builder("ix_users_org_created", USERS).columns("org_id").descending("created_at").build();
    }

    static CreateIndex createIndexConcurrently() {
        return CreateIndex.builder("ix_users_email", USERS).columns("email").concurrently().build();
    }

    static Operation dropIndex() {
        RecordingOperations op = new RecordingOperations();
        op.dropIndex("ix_users_org_email", "users");
        return only(op);
    }

    static DropIndex dropIndexConcurrently() {
        return (DropIndex) createIndexConcurrently().reverse().orElseThrow();
    }

    static Operation createPrimaryKey() {
        RecordingOperations op = new RecordingOperations();
        op.createPrimaryKey("pk_users", "users", "id");
        return only(op);
    }

    static Operation createUniqueConstraint() {
        RecordingOperations op = new RecordingOperations();
        op.createUniqueConstraint("uq_users_email", "users", "email");
        return only(op);
    }

    static Operation createForeignKey() {
        RecordingOperations op = new RecordingOperations();
        op.createForeignKey("users", ForeignKey.of("fk_users_org", "org_id", "orgs", "id")
            .onDelete(ForeignKeyAction.SET_NULL));
        return only(op);
    }

    static Operation createCheckConstraint() {
        RecordingOperations op = new RecordingOperations();
        op.createCheckConstraint("ck_users_email", "users", "email <> ''");
        return only(op);
    }

    static DropConstraint dropConstraint(ConstraintKind kind) {
        return new DropConstraint(USERS, "c_users", kind, null);
    }

    static CreateSequence createSequence() {
        return new CreateSequence(QualifiedName.of("seq_orders"), 100, 10, 1L, 1_000_000L, true);
    }

    static Operation dropSequence() {
        RecordingOperations op = new RecordingOperations();
        op.dropSequence("seq_orders");
        return only(op);
    }

    static Operation setTableComment() {
        RecordingOperations op = new RecordingOperations();
        op.setTableComment("users", "People's table");
        return only(op);
    }

    static Operation removeTableComment() {
        RecordingOperations op = new RecordingOperations();
        op.setTableComment("users", null, "People");
        return only(op);
    }

    /** email's comment set, with the column's definition. */
    static Operation setColumnComment() {
        RecordingOperations op = new RecordingOperations();
        op.setColumnComment("users", Column.of("email", ColumnType.varchar(255)).notNull().comment("Primary address"),
                null);
        return only(op);
    }

    static Operation setColumnCommentWithoutDefinition() {
        RecordingOperations op = new RecordingOperations();
        op.setColumnComment("users", "email", "Primary address", "Where we write");
        return only(op);
    }

    static Operation executeSql() {
        RecordingOperations op = new RecordingOperations();
        op.execute("UPDATE users SET score = 0");
        return only(op);
    }

    static Operation executePerDialect() {
        RecordingOperations op = new RecordingOperations();
        op.execute((dialect) -> "SELECT " + dialect.stringLiteral(dialect.id().id()));
        return only(op);
    }

    /** One row of every literal kind but time, and a row of nulls. */
    static BulkInsert bulkInsert() {
        return new BulkInsert(USERS, List.of("id", "name", "active", "born", "seen", "zoned", "token", "data", "ratio"),
                List.of(Arrays.asList(1L, "O'Brien \\ Co", true, LocalDate.of(2024, 1, 31),
                        LocalDateTime.of(2024, 1, 31, 12, 30, 5, 250_000_000),
                        OffsetDateTime.of(2024, 1, 31, 12, 30, 0, 0, ZoneOffset.ofHours(2)),
                        UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), new byte[] { (byte) 0xCA, (byte) 0xFE },
                        new java.math.BigDecimal("12.50")),
                        Arrays.asList(2, null, false, null, null, null, null, null, null)));
    }

    static Operation irreversible() {
        RecordingOperations op = new RecordingOperations();
        op.irreversible("data is lost");
        return only(op);
    }
}
