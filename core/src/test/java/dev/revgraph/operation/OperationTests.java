package dev.revgraph.operation;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Every operation's reverse: known where the value carries enough, empty where it does not. */
class OperationTests {

    private static final QualifiedName USERS = QualifiedName.of("users");

    private static final Column EMAIL = Column.of("email", ColumnType.varchar(255)).notNull();

    private static CreateTable usersTable() {
        return CreateTable.builder(USERS)
            .column(Column.of("id", ColumnType.BIGINT).asIdentity())
            .column(EMAIL)
            .primaryKey("id")
            .unique("uq_users_email", "email")
            .build();
    }

    private static void assertReversesBothWays(Operation operation) {
        Operation reverse = operation.reverse().orElseThrow();
        assertThat(reverse).isNotEqualTo(operation);
        assertThat(reverse.reverse()).contains(operation);
    }

    @Test
    void createTableIsUndoneByADropThatCanRecreateIt() {
        CreateTable create = usersTable();
        assertThat(create.reverse()).contains(new DropTable(USERS, create));
        assertReversesBothWays(create);
    }

    @Test
    void dropTableWithoutItsDefinitionCannotBeReversed() {
        assertThat(new DropTable(USERS, null).reverse()).isEmpty();
    }

    @Test
    void renameTableIsUndoneByRenamingBackInTheSameSchema() {
        RenameTable rename = new RenameTable(QualifiedName.of("app", "users"), "people");
        assertThat(rename.reverse()).contains(new RenameTable(QualifiedName.of("app", "people"), "users"));
        assertReversesBothWays(rename);
    }

    @Test
    void addColumnIsUndoneByADropCarryingTheColumn() {
        AddColumn add = new AddColumn(USERS, EMAIL);
        assertThat(add.reverse()).contains(new DropColumn(USERS, "email", EMAIL));
        assertReversesBothWays(add);
        assertThat(new DropColumn(USERS, "email", null).reverse()).isEmpty();
    }

    @Test
    void alterColumnSwapsEveryChangeAndTheName() {
        AlterColumn alter = AlterColumn.of(USERS, "email", ColumnChange.type(ColumnType.varchar(100), ColumnType.varchar(255)),
                ColumnChange.notNull(), ColumnChange.defaultExpression(null, "'x'"), ColumnChange.comment("a", "b"),
                ColumnChange.rename("mail"));
        AlterColumn reverse = (AlterColumn) alter.reverse().orElseThrow();
        assertThat(reverse.column()).isEqualTo("mail");
        assertThat(reverse.newName()).isEqualTo("email");
        assertThat(reverse.type()).isEqualTo(Change.of(ColumnType.varchar(255), ColumnType.varchar(100)));
        assertThat(reverse.nullable()).isEqualTo(Change.of(false, true));
        assertThat(reverse.defaultExpression()).isEqualTo(Change.of("'x'", null));
        assertThat(reverse.comment()).isEqualTo(Change.of("b", "a"));
        assertReversesBothWays(alter);
    }

    @Test
    void alterColumnKeepsUnchangedValuesInItsReverse() {
        AlterColumn alter = AlterColumn.of(USERS, "email", ColumnChange.existingType(ColumnType.TEXT),
                ColumnChange.allowNull());
        AlterColumn reverse = (AlterColumn) alter.reverse().orElseThrow();
        assertThat(reverse.type()).isEqualTo(Change.unchanged(ColumnType.TEXT));
        assertThat(reverse.changesType()).isFalse();
        assertThat(reverse.changesNullable()).isTrue();
        assertThat(reverse.defaultExpression()).isNull();
    }

    @Test
    void createIndexIsUndoneByADropCarryingIt() {
        CreateIndex index = CreateIndex.builder("ix_users_email", USERS).columns("email").unique().where("email <> ''")
            .concurrently().build();
        assertThat(index.reverse()).contains(new DropIndex("ix_users_email", USERS, true, index));
        assertReversesBothWays(index);
        assertThat(new DropIndex("ix_users_email", USERS, false, null).reverse()).isEmpty();
    }

    @Test
    void eachAddedConstraintIsUndoneByADropOfItsKind() {
        List<Operation> additions = List.of(new CreatePrimaryKey(USERS, PrimaryKey.of("pk_users", "id")),
                new CreateUniqueConstraint(USERS, UniqueConstraint.of("uq_users_email", "email")),
                new CreateForeignKey(USERS, ForeignKey.of("fk_users_org", "org_id", "orgs", "id")
                    .onDelete(ForeignKeyAction.CASCADE)),
                new CreateCheckConstraint(USERS, CheckConstraint.of("ck_users_email", "email <> ''")));
        List<ConstraintKind> kinds = List.of(ConstraintKind.PRIMARY_KEY, ConstraintKind.UNIQUE,
                ConstraintKind.FOREIGN_KEY, ConstraintKind.CHECK);
        for (int i = 0; i < additions.size(); i++) {
            DropConstraint drop = (DropConstraint) additions.get(i).reverse().orElseThrow();
            assertThat(drop.kind()).isEqualTo(kinds.get(i));
            assertReversesBothWays(additions.get(i));
        }
    }

    @Test
    void dropConstraintWithoutItsDefinitionCannotBeReversed() {
        assertThat(new DropConstraint(USERS, "uq_users_email", ConstraintKind.UNIQUE, null).reverse()).isEmpty();
    }

    @Test
    void addedConstraintsNeedANameSoTheyCanBeDropped() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new CreateUniqueConstraint(USERS, UniqueConstraint.of(null, "email")))
            .withMessageContaining("needs a name");
    }

    @Test
    void sequencesReverseLikeTables() {
        CreateSequence sequence = new CreateSequence(QualifiedName.of("seq"), 1, 1, null, null, false);
        assertReversesBothWays(sequence);
        assertThat(new DropSequence(QualifiedName.of("seq"), null).reverse()).isEmpty();
    }

    @Test
    void commentsReverseToTheCommentTheyReplaced() {
        SetTableComment table = new SetTableComment(USERS, "People", null);
        assertThat(table.reverse()).contains(new SetTableComment(USERS, null, "People"));
        assertReversesBothWays(table);
        SetColumnComment column = new SetColumnComment(USERS, "email", "new", "old", EMAIL);
        assertThat(column.reverse()).contains(new SetColumnComment(USERS, "email", "old", "new", EMAIL));
        assertReversesBothWays(column);
    }

    @Test
    void executeIsReversibleOnlyWithAReverseStatement() {
        assertThat(ExecuteSql.of("UPDATE t SET a = 1").reverse()).isEmpty();
        assertThat(ExecuteSql.of((dialect) -> "SELECT 1").reverse()).isEmpty();
        ExecuteSql withReverse = ExecuteSql.of("INSERT INTO t VALUES (1)", "DELETE FROM t WHERE a = 1");
        assertThat(withReverse.reverse()).contains(ExecuteSql.of("DELETE FROM t WHERE a = 1", "INSERT INTO t VALUES (1)"));
        assertReversesBothWays(withReverse);
    }

    @Test
    void bulkInsertAndIrreversibleHaveNoReverse() {
        assertThat(new BulkInsert(USERS, List.of("id"), List.of(List.of(1))).reverse()).isEmpty();
        assertThat(new Irreversible("lossy").reverse()).isEqualTo(Optional.empty());
    }

    @Test
    void bulkInsertRefusesRowsOfTheWrongWidthAndValuesItCannotWrite() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new BulkInsert(USERS, List.of("a", "b"), List.of(List.of(1))))
            .withMessageContaining("1 values for 2 columns");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new BulkInsert(USERS, List.of("a"), List.of(List.of(new Object()))));
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new BulkInsert(USERS, List.of("a"), List.of(List.of(Double.NaN))));
    }

    @Test
    void dropsMustCarryTheDefinitionOfWhatTheyDrop() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DropTable(QualifiedName.of("other"), usersTable()));
        assertThatIllegalArgumentException().isThrownBy(() -> new DropColumn(USERS, "other", EMAIL));
        assertThatIllegalArgumentException().isThrownBy(() -> new DropConstraint(USERS, "uq", ConstraintKind.CHECK,
                UniqueConstraint.of("uq", "email")));
    }

    @Test
    void tablesRefuseDuplicateColumnsAndASecondPrimaryKey() {
        assertThatIllegalArgumentException().isThrownBy(() -> CreateTable.builder(USERS).column(EMAIL).column(EMAIL).build())
            .withMessageContaining("email twice");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> CreateTable.builder(USERS).column(EMAIL).primaryKey("email").primaryKey("email"));
    }
}
