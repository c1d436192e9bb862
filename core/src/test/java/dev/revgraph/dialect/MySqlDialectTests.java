package dev.revgraph.dialect;

import java.util.List;

import dev.revgraph.operation.AlterColumn;
import dev.revgraph.operation.ColumnChange;
import dev.revgraph.operation.ColumnType;
import dev.revgraph.operation.ConstraintKind;
import dev.revgraph.operation.Operation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** MySQL shares most of its SQL with MariaDB (see {@link MariaDbDialectTests}); these pin where it differs. */
class MySqlDialectTests {

    private final Dialect dialect = new MySqlDialect(ServerVersion.of(8, 0, 36));

    private final Dialect mysql57 = new MySqlDialect(ServerVersion.of(5, 7, 44));

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
    void dropsAndRenamesTables() {
        assertThat(render(SampleOperations.dropTable())).containsExactly("DROP TABLE users");
        assertThat(render(SampleOperations.renameTable())).containsExactly("ALTER TABLE app.users RENAME TO app.people");
    }

    @Test
    void addsAndDropsColumns() {
        assertThat(render(SampleOperations.addColumn()))
            .containsExactly("ALTER TABLE users ADD COLUMN score INT DEFAULT 0 NOT NULL");
        assertThat(render(SampleOperations.dropColumn())).containsExactly("ALTER TABLE users DROP COLUMN score");
    }

    @Test
    void altersColumns() {
        assertThat(render(SampleOperations.alterTypeAndNullability()))
            .containsExactly("ALTER TABLE users MODIFY COLUMN email VARCHAR(255) NOT NULL");
        assertThat(render(SampleOperations.alterDefault()))
            .containsExactly("ALTER TABLE users ALTER COLUMN email SET DEFAULT 'none'");
        assertThat(render(SampleOperations.alterComment()))
            .containsExactly("ALTER TABLE users MODIFY COLUMN email VARCHAR(255) NOT NULL COMMENT 'Where we write to'");
    }

    @Test
    void renamesColumnWithRenameColumnFrom8_0AndChangeBefore() {
        assertThat(render(SampleOperations.renameColumn()))
            .containsExactly("ALTER TABLE users RENAME COLUMN email TO email_address");
        AlterColumn rename = AlterColumn.of(SampleOperations.USERS, "email", ColumnChange.rename("email_address"),
                ColumnChange.existingType(ColumnType.varchar(255)), ColumnChange.existingNullable(true));
        assertThat(mysql57.render(rename))
            .containsExactly("ALTER TABLE users CHANGE COLUMN email email_address VARCHAR(255) NULL");
    }

    @Test
    void createsExpressionIndexesFrom8_0_13() {
        assertThat(render(SampleOperations.createExpressionIndex()))
            .containsExactly("CREATE INDEX ix_users_lower_email ON users ((lower(email)))");
        assertThatExceptionOfType(UnsupportedByDialectException.class)
            .isThrownBy(() -> new MySqlDialect(ServerVersion.of(8, 0, 12)).render(SampleOperations.createExpressionIndex()));
    }

    @Test
    void createsAndDropsIndexes() {
        assertThat(render(SampleOperations.createIndex()))
            .containsExactly("CREATE UNIQUE INDEX ix_users_org_email ON users (org_id, email)");
        assertThat(render(SampleOperations.dropIndex())).containsExactly("DROP INDEX ix_users_org_email ON users");
        assertThatExceptionOfType(UnsupportedByDialectException.class)
            .isThrownBy(() -> render(SampleOperations.createPartialIndex()));
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
    void dropsCheckConstraintsWithDropCheckFrom8_0_16() {
        assertThat(render(SampleOperations.dropConstraint(ConstraintKind.CHECK)))
            .containsExactly("ALTER TABLE users DROP CHECK c_users");
        assertThat(render(SampleOperations.dropConstraint(ConstraintKind.FOREIGN_KEY)))
            .containsExactly("ALTER TABLE users DROP FOREIGN KEY c_users");
        assertThatExceptionOfType(UnsupportedByDialectException.class)
            .isThrownBy(() -> mysql57.render(SampleOperations.dropConstraint(ConstraintKind.CHECK)))
            .withMessageContaining("8.0.16");
    }

    @Test
    void refusesSequences() {
        assertThatExceptionOfType(UnsupportedByDialectException.class)
            .isThrownBy(() -> render(SampleOperations.createSequence()))
            .withMessage("MySQL 8.0.36 cannot create sequence seq_orders: it has no sequences");
        assertThatExceptionOfType(UnsupportedByDialectException.class)
            .isThrownBy(() -> render(SampleOperations.dropSequence()));
    }

    @Test
    void setsComments() {
        assertThat(render(SampleOperations.setTableComment()))
            .containsExactly("ALTER TABLE users COMMENT = 'People''s table'");
        assertThat(render(SampleOperations.setColumnComment()))
            .containsExactly("ALTER TABLE users MODIFY COLUMN email VARCHAR(255) NOT NULL COMMENT 'Primary address'");
    }

    @Test
    void executesSqlAndInsertsRows() {
        assertThat(render(SampleOperations.executePerDialect())).containsExactly("SELECT 'mysql'");
        assertThat(render(SampleOperations.bulkInsert())).singleElement().asString()
            .contains("'O''Brien \\\\ Co'", "TIMESTAMP '2024-01-31 10:30:00'", "X'CAFE'");
        assertThat(render(SampleOperations.irreversible())).isEmpty();
    }

    @Test
    void rendersEveryPortableType() {
        assertThat(DialectTypes.render(dialect)).containsExactly("INT", "BIGINT", "SMALLINT", "BOOLEAN", "VARCHAR(255)",
                "CHAR(2)", "LONGTEXT", "DECIMAL(12, 2)", "FLOAT", "DOUBLE", "DATE", "TIME", "DATETIME(3)", "TIMESTAMP(6)",
                "CHAR(36)", "VARBINARY(16)", "LONGBLOB", "LONGTEXT", "JSON", "INT4RANGE");
    }

    @Test
    void answersCapabilitiesByVersion() {
        assertThat(dialect.supportsTransactionalDdl()).isFalse();
        assertThat(dialect.supportsSequences()).isFalse();
        assertThat(dialect.supportsCheckConstraints()).isTrue();
        assertThat(dialect.supportsExpressionIndexes()).isTrue();
        assertThat(mysql57.supportsCheckConstraints()).isFalse();
        assertThat(mysql57.supportsExpressionIndexes()).isFalse();
        assertThat(new MySqlDialect(ServerVersion.of(8, 0, 15)).supportsCheckConstraints()).isFalse();
    }

    @Test
    void writesDescendingIndexElements() {
        assertThat(render(SampleOperations.createDescendingIndex())).containsExactly("CREATE INDEX ix_users_org_created ON users (org_id, created_at DESC)");
        assertThat(dialect.supportsDescendingIndexes()).isTrue();
        assertThat(mysql57.supportsDescendingIndexes()).as("parsed, built ascending").isFalse();
    }
}
