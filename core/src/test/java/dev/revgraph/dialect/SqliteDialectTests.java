package dev.revgraph.dialect;

import java.util.List;

import dev.revgraph.operation.AddColumn;
import dev.revgraph.operation.Column;
import dev.revgraph.operation.ColumnType;
import dev.revgraph.operation.ConstraintKind;
import dev.revgraph.operation.CreateIndex;
import dev.revgraph.operation.CreateTable;
import dev.revgraph.operation.Operation;
import dev.revgraph.operation.QualifiedName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SqliteDialectTests {

    private final Dialect dialect = new SqliteDialect(ServerVersion.of(3, 45, 1));

    private List<String> render(Operation operation) {
        return dialect.render(operation);
    }

    @Test
    void createsTableWithTheIdentityColumnAsRowidAliasAndNoComments() {
        assertThat(render(SampleOperations.createTable())).containsExactly("""
                CREATE TABLE users (
                    id INTEGER NOT NULL CONSTRAINT pk_users PRIMARY KEY AUTOINCREMENT,
                    email VARCHAR(255) NOT NULL,
                    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
                    org_id INTEGER,
                    CONSTRAINT uq_users_email UNIQUE (email),
                    CONSTRAINT ck_users_email CHECK (email <> ''),
                    CONSTRAINT fk_users_org FOREIGN KEY (org_id) REFERENCES orgs (id) ON DELETE CASCADE
                )""");
    }

    @Test
    void refusesAnIdentityColumnThatIsNotTheWholePrimaryKey() {
        CreateTable table = CreateTable.builder(QualifiedName.of("t"))
            .column(Column.of("id", ColumnType.BIGINT).asIdentity())
            .column(Column.of("other", ColumnType.INTEGER).notNull())
            .primaryKey("id", "other")
            .build();
        assertThatExceptionOfType(UnsupportedByDialectException.class).isThrownBy(() -> render(table))
            .withMessageContaining("whole primary key");
    }

    @Test
    void dropsRenamesAndAddsColumns() {
        assertThat(render(SampleOperations.dropTable())).containsExactly("DROP TABLE users");
        assertThat(render(SampleOperations.renameTable())).containsExactly("ALTER TABLE app.users RENAME TO people");
        assertThat(render(SampleOperations.addColumn()))
            .containsExactly("ALTER TABLE users ADD COLUMN score INTEGER DEFAULT 0 NOT NULL");
        assertThat(render(SampleOperations.addCommentedColumn()))
            .containsExactly("ALTER TABLE users ADD COLUMN nickname VARCHAR(50)");
        assertThat(render(SampleOperations.dropColumn())).containsExactly("ALTER TABLE users DROP COLUMN score");
    }

    @Test
    void refusesWhatItsAlterTableCannotDo() {
        AddColumn notNullWithoutDefault = new AddColumn(SampleOperations.USERS, Column.of("x", ColumnType.INTEGER).notNull());
        assertThatExceptionOfType(UnsupportedByDialectException.class).isThrownBy(() -> render(notNullWithoutDefault));
        assertThatExceptionOfType(UnsupportedByDialectException.class)
            .isThrownBy(() -> new SqliteDialect(ServerVersion.of(3, 34)).render(SampleOperations.dropColumn()))
            .withMessageContaining("3.35");
        assertThatExceptionOfType(UnsupportedByDialectException.class)
            .isThrownBy(() -> render(SampleOperations.alterTypeAndNullability()))
            .withMessageContaining("the table must be rebuilt");
        assertThatExceptionOfType(UnsupportedByDialectException.class)
            .isThrownBy(() -> render(SampleOperations.alterDefault()));
    }

    @Test
    void renamesColumnsAndIgnoresComments() {
        assertThat(render(SampleOperations.renameColumn()))
            .containsExactly("ALTER TABLE users RENAME COLUMN email TO email_address");
        assertThat(render(SampleOperations.alterComment())).isEmpty();
        assertThat(render(SampleOperations.setTableComment())).isEmpty();
        assertThat(render(SampleOperations.setColumnComment())).isEmpty();
    }

    @Test
    void createsPartialAndExpressionIndexes() {
        assertThat(render(SampleOperations.createIndex()))
            .containsExactly("CREATE UNIQUE INDEX ix_users_org_email ON users (org_id, email)");
        assertThat(render(SampleOperations.createPartialIndex()))
            .containsExactly("CREATE INDEX ix_users_live ON users (email) WHERE deleted_at IS NULL");
        assertThat(render(SampleOperations.createExpressionIndex()))
            .containsExactly("CREATE INDEX ix_users_lower_email ON users (lower(email))");
        assertThat(render(SampleOperations.dropIndex())).containsExactly("DROP INDEX ix_users_org_email");
    }

    @Test
    void namesTheSchemaOnTheIndexNotTheTable() {
        assertThat(render(CreateIndex.builder("ix_events_at", QualifiedName.of("audit", "events")).columns("at").build()))
            .containsExactly("CREATE INDEX audit.ix_events_at ON events (at)");
    }

    @Test
    void refusesToAddOrDropConstraints() {
        assertThatExceptionOfType(UnsupportedByDialectException.class)
            .isThrownBy(() -> render(SampleOperations.createPrimaryKey()));
        assertThatExceptionOfType(UnsupportedByDialectException.class)
            .isThrownBy(() -> render(SampleOperations.createForeignKey()));
        assertThatExceptionOfType(UnsupportedByDialectException.class)
            .isThrownBy(() -> render(SampleOperations.createUniqueConstraint()));
        assertThatExceptionOfType(UnsupportedByDialectException.class)
            .isThrownBy(() -> render(SampleOperations.createCheckConstraint()));
        assertThatExceptionOfType(UnsupportedByDialectException.class)
            .isThrownBy(() -> render(SampleOperations.dropConstraint(ConstraintKind.CHECK)))
            .withMessage("SQLite 3.45.1 cannot drop constraint c_users of users: the table must be rebuilt")
            .satisfies((ex) -> assertThat(ex.code()).isNotBlank());
    }

    @Test
    void refusesSequences() {
        assertThatExceptionOfType(UnsupportedByDialectException.class)
            .isThrownBy(() -> render(SampleOperations.createSequence()));
        assertThatExceptionOfType(UnsupportedByDialectException.class)
            .isThrownBy(() -> render(SampleOperations.dropSequence()));
    }

    @Test
    void insertsRowsWithTextDatesAndNumericBooleans() {
        assertThat(render(SampleOperations.bulkInsert())).containsExactly(
                "INSERT INTO users (id, name, active, born, seen, zoned, token, data, ratio) VALUES "
                        + "(1, 'O''Brien \\ Co', 1, '2024-01-31', '2024-01-31 12:30:05.25', '2024-01-31 12:30:00+02:00', "
                        + "'123e4567-e89b-12d3-a456-426614174000', X'CAFE', 12.50), "
                        + "(2, NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL)");
        assertThat(render(SampleOperations.executeSql())).containsExactly("UPDATE users SET score = 0");
        assertThat(render(SampleOperations.irreversible())).isEmpty();
    }

    @Test
    void rendersEveryPortableTypeByAffinity() {
        assertThat(DialectTypes.render(dialect)).containsExactly("INTEGER", "INTEGER", "INTEGER", "BOOLEAN",
                "VARCHAR(255)", "CHAR(2)", "TEXT", "NUMERIC(12, 2)", "REAL", "REAL", "DATE", "TIME", "TIMESTAMP",
                "TIMESTAMP", "CHAR(36)", "BLOB", "BLOB", "TEXT", "TEXT", "INT4RANGE");
    }

    @Test
    void answersCapabilities() {
        assertThat(dialect.supportsTransactionalDdl()).isTrue();
        assertThat(dialect.supportsPartialIndexes()).isTrue();
        assertThat(dialect.supportsExpressionIndexes()).isTrue();
        assertThat(dialect.supportsSequences()).isFalse();
        assertThat(dialect.supportsComments()).isFalse();
        assertThat(dialect.validateIdentifier("x".repeat(10_000))).hasSize(10_000);
    }

    @Test
    void writesDescendingIndexElements() {
        assertThat(render(SampleOperations.createDescendingIndex())).containsExactly("CREATE INDEX ix_users_org_created ON users (org_id, created_at DESC)");
    }
}
