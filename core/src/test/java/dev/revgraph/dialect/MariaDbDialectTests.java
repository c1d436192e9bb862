package dev.revgraph.dialect;

import java.util.List;

import dev.revgraph.operation.AlterColumn;
import dev.revgraph.operation.ColumnChange;
import dev.revgraph.operation.ColumnType;
import dev.revgraph.operation.ConstraintKind;
import dev.revgraph.operation.CreateForeignKey;
import dev.revgraph.operation.ForeignKey;
import dev.revgraph.operation.ForeignKeyAction;
import dev.revgraph.operation.Operation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MariaDbDialectTests {

    private final Dialect dialect = new MariaDbDialect(ServerVersion.of(10, 11, 6));

    private List<String> render(Operation operation) {
        return dialect.render(operation);
    }

    @Test
    void createsTableWithCommentsInline() {
        assertThat(render(SampleOperations.createTable())).containsExactly("""
                CREATE TABLE users (
                    id BIGINT AUTO_INCREMENT NOT NULL,
                    email VARCHAR(255) NOT NULL COMMENT 'Where we write',
                    created_at TIMESTAMP(6) DEFAULT CURRENT_TIMESTAMP NOT NULL,
                    org_id BIGINT NULL,
                    CONSTRAINT pk_users PRIMARY KEY (id),
                    CONSTRAINT uq_users_email UNIQUE (email),
                    CONSTRAINT ck_users_email CHECK (email <> ''),
                    CONSTRAINT fk_users_org FOREIGN KEY (org_id) REFERENCES orgs (id) ON DELETE CASCADE
                ) COMMENT = 'People'""");
    }

    @Test
    void quotesReservedAndMixedCaseNamesWithBackticks() {
        assertThat(render(SampleOperations.createTableWithAwkwardNames())).containsExactly("""
                CREATE TABLE `Order` (
                    `user` INT NULL,
                    `lineNo` SMALLINT NULL
                )""");
    }

    @Test
    void dropsTable() {
        assertThat(render(SampleOperations.dropTable())).containsExactly("DROP TABLE users");
    }

    @Test
    void renamesTableKeepingItInItsSchema() {
        assertThat(render(SampleOperations.renameTable())).containsExactly("ALTER TABLE app.users RENAME TO app.people");
    }

    @Test
    void addsColumns() {
        assertThat(render(SampleOperations.addColumn()))
            .containsExactly("ALTER TABLE users ADD COLUMN score INT DEFAULT 0 NOT NULL");
        assertThat(render(SampleOperations.addCommentedColumn()))
            .containsExactly("ALTER TABLE users ADD COLUMN nickname VARCHAR(50) NULL COMMENT 'Shown to others'");
    }

    @Test
    void dropsColumn() {
        assertThat(render(SampleOperations.dropColumn())).containsExactly("ALTER TABLE users DROP COLUMN score");
    }

    @Test
    void altersTypeAndNullabilityByRestatingTheColumn() {
        assertThat(render(SampleOperations.alterTypeAndNullability()))
            .containsExactly("ALTER TABLE users MODIFY COLUMN email VARCHAR(255) NOT NULL");
    }

    @Test
    void refusesToRestateAColumnWhoseTypeIsUnknown() {
        AlterColumn alter = AlterColumn.of(SampleOperations.USERS, "email", ColumnChange.notNull());
        assertThatExceptionOfType(UnsupportedByDialectException.class).isThrownBy(() -> render(alter))
            .withMessageContaining("existingType");
    }

    @Test
    void setsAndDropsDefaultInPlace() {
        assertThat(render(SampleOperations.alterDefault()))
            .containsExactly("ALTER TABLE users ALTER COLUMN email SET DEFAULT 'none'");
        assertThat(render(SampleOperations.dropDefault()))
            .containsExactly("ALTER TABLE users ALTER COLUMN email DROP DEFAULT");
    }

    @Test
    void renamesColumnWithRenameColumn() {
        assertThat(render(SampleOperations.renameColumn()))
            .containsExactly("ALTER TABLE users RENAME COLUMN email TO email_address");
    }

    @Test
    void renamesColumnWithChangeBefore10_5_2() {
        Dialect old = new MariaDbDialect(ServerVersion.of(10, 4, 30));
        AlterColumn rename = AlterColumn.of(SampleOperations.USERS, "email", ColumnChange.rename("email_address"),
                ColumnChange.existingType(ColumnType.varchar(255)), ColumnChange.existingNullable(false));
        assertThat(old.render(rename))
            .containsExactly("ALTER TABLE users CHANGE COLUMN email email_address VARCHAR(255) NOT NULL");
    }

    @Test
    void altersColumnCommentByRestatingTheColumn() {
        assertThat(render(SampleOperations.alterComment()))
            .containsExactly("ALTER TABLE users MODIFY COLUMN email VARCHAR(255) NOT NULL COMMENT 'Where we write to'");
    }

    @Test
    void createsIndexIgnoringConcurrently() {
        assertThat(render(SampleOperations.createIndex()))
            .containsExactly("CREATE UNIQUE INDEX ix_users_org_email ON users (org_id, email)");
        assertThat(render(SampleOperations.createIndexConcurrently()))
            .containsExactly("CREATE INDEX ix_users_email ON users (email)");
    }

    @Test
    void refusesPartialAndExpressionIndexes() {
        assertThatExceptionOfType(UnsupportedByDialectException.class)
            .isThrownBy(() -> render(SampleOperations.createPartialIndex()))
            .withMessageContaining("MariaDB 10.11.6 cannot create partial index ix_users_live");
        assertThatExceptionOfType(UnsupportedByDialectException.class)
            .isThrownBy(() -> render(SampleOperations.createExpressionIndex()))
            .withMessageContaining("lower(email)");
    }

    @Test
    void dropsIndexOnItsTable() {
        assertThat(render(SampleOperations.dropIndex())).containsExactly("DROP INDEX ix_users_org_email ON users");
        assertThat(render(SampleOperations.dropIndexConcurrently())).containsExactly("DROP INDEX ix_users_email ON users");
    }

    @Test
    void addsConstraints() {
        assertThat(render(SampleOperations.createPrimaryKey()))
            .containsExactly("ALTER TABLE users ADD CONSTRAINT pk_users PRIMARY KEY (id)");
        assertThat(render(SampleOperations.createUniqueConstraint()))
            .containsExactly("ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE (email)");
        assertThat(render(SampleOperations.createForeignKey())).containsExactly(
                "ALTER TABLE users ADD CONSTRAINT fk_users_org FOREIGN KEY (org_id) REFERENCES orgs (id) ON DELETE SET NULL");
        assertThat(render(SampleOperations.createCheckConstraint()))
            .containsExactly("ALTER TABLE users ADD CONSTRAINT ck_users_email CHECK (email <> '')");
    }

    @Test
    void refusesSetDefaultForeignKeyAction() {
        CreateForeignKey foreignKey = new CreateForeignKey(SampleOperations.USERS,
                ForeignKey.of("fk_users_org", "org_id", "orgs", "id").onUpdate(ForeignKeyAction.SET_DEFAULT));
        assertThatExceptionOfType(UnsupportedByDialectException.class).isThrownBy(() -> render(foreignKey))
            .withMessageContaining("ON UPDATE SET DEFAULT");
    }

    @Test
    void dropsEachKindOfConstraintWithItsOwnClause() {
        assertThat(render(SampleOperations.dropConstraint(ConstraintKind.PRIMARY_KEY)))
            .containsExactly("ALTER TABLE users DROP PRIMARY KEY");
        assertThat(render(SampleOperations.dropConstraint(ConstraintKind.UNIQUE)))
            .containsExactly("ALTER TABLE users DROP INDEX c_users");
        assertThat(render(SampleOperations.dropConstraint(ConstraintKind.FOREIGN_KEY)))
            .containsExactly("ALTER TABLE users DROP FOREIGN KEY c_users");
        assertThat(render(SampleOperations.dropConstraint(ConstraintKind.CHECK)))
            .containsExactly("ALTER TABLE users DROP CONSTRAINT c_users");
    }

    @Test
    void createsAndDropsSequenceFrom10_3() {
        assertThat(render(SampleOperations.createSequence())).containsExactly(
                "CREATE SEQUENCE seq_orders START WITH 100 INCREMENT BY 10 MINVALUE 1 MAXVALUE 1000000 CYCLE");
        assertThat(render(SampleOperations.dropSequence())).containsExactly("DROP SEQUENCE seq_orders");
        assertThatExceptionOfType(UnsupportedByDialectException.class)
            .isThrownBy(() -> new MariaDbDialect(ServerVersion.of(10, 2)).render(SampleOperations.createSequence()));
    }

    @Test
    void setsTableCommentAsTableOption() {
        assertThat(render(SampleOperations.setTableComment()))
            .containsExactly("ALTER TABLE users COMMENT = 'People''s table'");
        assertThat(render(SampleOperations.removeTableComment())).containsExactly("ALTER TABLE users COMMENT = ''");
    }

    @Test
    void setsColumnCommentByRestatingTheColumn() {
        assertThat(render(SampleOperations.setColumnComment()))
            .containsExactly("ALTER TABLE users MODIFY COLUMN email VARCHAR(255) NOT NULL COMMENT 'Primary address'");
        assertThatExceptionOfType(UnsupportedByDialectException.class)
            .isThrownBy(() -> render(SampleOperations.setColumnCommentWithoutDefinition()))
            .withMessageContaining("without its definition");
    }

    @Test
    void executesSql() {
        assertThat(render(SampleOperations.executeSql())).containsExactly("UPDATE users SET score = 0");
        assertThat(render(SampleOperations.executePerDialect())).containsExactly("SELECT 'mariadb'");
    }

    @Test
    void insertsRowsEscapingBackslashesAndWritingInstantsInUtc() {
        assertThat(render(SampleOperations.bulkInsert())).containsExactly(
                "INSERT INTO users (id, name, active, born, seen, zoned, token, data, ratio) VALUES "
                        + "(1, 'O''Brien \\\\ Co', TRUE, DATE '2024-01-31', TIMESTAMP '2024-01-31 12:30:05.25', "
                        + "TIMESTAMP '2024-01-31 10:30:00', '123e4567-e89b-12d3-a456-426614174000', X'CAFE', 12.50), "
                        + "(2, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, NULL)");
    }

    @Test
    void rendersNothingForIrreversible() {
        assertThat(render(SampleOperations.irreversible())).isEmpty();
    }

    @Test
    void rendersEveryPortableType() {
        assertThat(DialectTypes.render(dialect)).containsExactly("INT", "BIGINT", "SMALLINT", "BOOLEAN", "VARCHAR(255)",
                "CHAR(2)", "LONGTEXT", "DECIMAL(12, 2)", "FLOAT", "DOUBLE", "DATE", "TIME", "DATETIME(3)", "TIMESTAMP(6)",
                "UUID", "VARBINARY(16)", "LONGBLOB", "LONGTEXT", "JSON", "INT4RANGE");
    }

    @Test
    void writesUuidAsCharBefore10_7() {
        assertThat(new MariaDbDialect(ServerVersion.of(10, 6, 16)).typeSql(ColumnType.UUID)).isEqualTo("CHAR(36)");
    }

    @Test
    void quotesWithBackticksDoublingThem() {
        assertThat(dialect.quote("a`b; DROP TABLE users")).isEqualTo("`a``b; DROP TABLE users`");
        assertThat(dialect.identifier("a\"b")).isEqualTo("`a\"b`");
    }

    @Test
    void refusesNamesMariaDbCannotStore() {
        assertThat(dialect.validateIdentifier("é".repeat(64))).hasSize(64);
        assertThatIllegalArgumentException().isThrownBy(() -> dialect.quote("x".repeat(65)))
            .withMessageContaining("at most 64");
        assertThatIllegalArgumentException().isThrownBy(() -> dialect.quote("trailing "))
            .withMessageContaining("end with a space");
        assertThatIllegalArgumentException().isThrownBy(() -> dialect.quote("smile\uD83D\uDE00"))
            .withMessageContaining("Basic Multilingual Plane");
    }

    @Test
    void answersCapabilities() {
        assertThat(dialect.supportsTransactionalDdl()).isFalse();
        assertThat(dialect.supportsPartialIndexes()).isFalse();
        assertThat(dialect.supportsExpressionIndexes()).isFalse();
        assertThat(dialect.supportsConcurrentIndex()).isFalse();
        assertThat(dialect.supportsSequences()).isTrue();
        assertThat(dialect.supportsCheckConstraints()).isTrue();
        assertThat(dialect.supportsComments()).isTrue();
        assertThat(dialect.maxIdentifierLength()).isEqualTo(64);
        assertThat(dialect.unquotedIdentifierCase()).isEqualTo(Dialect.IdentifierCase.PRESERVED);
    }

    @Test
    void writesDescendingIndexElements() {
        assertThat(render(SampleOperations.createDescendingIndex())).containsExactly("CREATE INDEX ix_users_org_created ON users (org_id, created_at DESC)");
        Dialect old = new MariaDbDialect(ServerVersion.of(10, 4, 30));
        assertThat(dialect.supportsDescendingIndexes()).isTrue();
        assertThat(old.supportsDescendingIndexes()).as("parsed, built ascending").isFalse();
        assertThat(old.render(SampleOperations.createDescendingIndex())).containsExactly("CREATE INDEX ix_users_org_created ON users (org_id, created_at DESC)");
    }
}
