package dev.revgraph.dialect;

import java.util.ArrayList;
import java.util.List;

import dev.revgraph.operation.BulkInsert;
import dev.revgraph.operation.ConstraintKind;
import dev.revgraph.operation.CreateForeignKey;
import dev.revgraph.operation.ForeignKey;
import dev.revgraph.operation.ForeignKeyAction;
import dev.revgraph.operation.Operation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SqlServerDialectTests {

    private static final String USERS_LEVELS = "@level0type = N'SCHEMA', @level0name = N'dbo', "
            + "@level1type = N'TABLE', @level1name = N'users'";

    private final Dialect dialect = new SqlServerDialect(ServerVersion.of(16, 0, 1000));

    private List<String> render(Operation operation) {
        return dialect.render(operation);
    }

    private static String dropDefault(String column) {
        return "DECLARE @sql NVARCHAR(MAX) = (SELECT N'ALTER TABLE users DROP CONSTRAINT ' + QUOTENAME(d.name) "
                + "FROM sys.default_constraints d JOIN sys.columns c ON c.object_id = d.parent_object_id "
                + "AND c.column_id = d.parent_column_id WHERE d.parent_object_id = OBJECT_ID(N'users') "
                + "AND c.name = N'" + column + "'); IF @sql IS NOT NULL EXEC sp_executesql @sql";
    }

    @Test
    void createsTableThenCommentsAsExtendedProperties() {
        assertThat(render(SampleOperations.createTable())).containsExactly("""
                CREATE TABLE users (
                    id BIGINT IDENTITY(1,1) NOT NULL,
                    email NVARCHAR(255) NOT NULL,
                    created_at DATETIMEOFFSET(6) DEFAULT CURRENT_TIMESTAMP NOT NULL,
                    org_id BIGINT NULL,
                    CONSTRAINT pk_users PRIMARY KEY (id),
                    CONSTRAINT uq_users_email UNIQUE (email),
                    CONSTRAINT ck_users_email CHECK (email <> ''),
                    CONSTRAINT fk_users_org FOREIGN KEY (org_id) REFERENCES orgs (id) ON DELETE CASCADE
                )""", "EXEC sp_addextendedproperty @name = N'MS_Description', @value = N'People', " + USERS_LEVELS,
                "EXEC sp_addextendedproperty @name = N'MS_Description', @value = N'Where we write', " + USERS_LEVELS
                        + ", @level2type = N'COLUMN', @level2name = N'email'");
    }

    @Test
    void quotesWithBracketsDoublingClosingOnes() {
        assertThat(render(SampleOperations.createTableWithAwkwardNames())).containsExactly("""
                CREATE TABLE [Order] (
                    [user] INT NULL,
                    [lineNo] SMALLINT NULL
                )""");
        assertThat(dialect.quote("a]b; DROP TABLE users --")).isEqualTo("[a]]b; DROP TABLE users --]");
    }

    @Test
    void dropsAndRenamesTables() {
        assertThat(render(SampleOperations.dropTable())).containsExactly("DROP TABLE users");
        assertThat(render(SampleOperations.renameTable())).containsExactly("EXEC sp_rename N'app.users', N'people'");
    }

    @Test
    void addsColumnsWithoutTheColumnKeyword() {
        assertThat(render(SampleOperations.addColumn()))
            .containsExactly("ALTER TABLE users ADD score INT DEFAULT 0 NOT NULL");
        assertThat(render(SampleOperations.addCommentedColumn())).containsExactly(
                "ALTER TABLE users ADD nickname NVARCHAR(50) NULL",
                "EXEC sp_addextendedproperty @name = N'MS_Description', @value = N'Shown to others', " + USERS_LEVELS
                        + ", @level2type = N'COLUMN', @level2name = N'nickname'");
    }

    @Test
    void dropsTheColumnsDefaultConstraintBeforeTheColumn() {
        assertThat(render(SampleOperations.dropColumn()))
            .containsExactly(dropDefault("score"), "ALTER TABLE users DROP COLUMN score");
    }

    @Test
    void altersTypeAndNullabilityTogether() {
        assertThat(render(SampleOperations.alterTypeAndNullability()))
            .containsExactly("ALTER TABLE users ALTER COLUMN email NVARCHAR(255) NOT NULL");
    }

    @Test
    void replacesDefaultConstraints() {
        assertThat(render(SampleOperations.alterDefault()))
            .containsExactly(dropDefault("email"), "ALTER TABLE users ADD DEFAULT 'none' FOR email");
        assertThat(render(SampleOperations.dropDefault())).containsExactly(dropDefault("email"));
    }

    @Test
    void renamesColumnWithSpRename() {
        assertThat(render(SampleOperations.renameColumn()))
            .containsExactly("EXEC sp_rename N'users.email', N'email_address', 'COLUMN'");
    }

    @Test
    void updatesAnExistingComment() {
        assertThat(render(SampleOperations.alterComment())).containsExactly(
                "EXEC sp_updateextendedproperty @name = N'MS_Description', @value = N'Where we write to', "
                        + USERS_LEVELS + ", @level2type = N'COLUMN', @level2name = N'email'");
    }

    @Test
    void createsFilteredIndexesButNotExpressionIndexes() {
        assertThat(render(SampleOperations.createIndex()))
            .containsExactly("CREATE UNIQUE INDEX ix_users_org_email ON users (org_id, email)");
        assertThat(render(SampleOperations.createPartialIndex()))
            .containsExactly("CREATE INDEX ix_users_live ON users (email) WHERE deleted_at IS NULL");
        assertThatExceptionOfType(UnsupportedByDialectException.class)
            .isThrownBy(() -> render(SampleOperations.createExpressionIndex()));
        assertThat(render(SampleOperations.dropIndex())).containsExactly("DROP INDEX ix_users_org_email ON users");
    }

    @Test
    void addsAndDropsConstraints() {
        assertThat(render(SampleOperations.createPrimaryKey()))
            .containsExactly("ALTER TABLE users ADD CONSTRAINT pk_users PRIMARY KEY (id)");
        assertThat(render(SampleOperations.createUniqueConstraint()))
            .containsExactly("ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE (email)");
        assertThat(render(SampleOperations.createForeignKey())).containsExactly(
                "ALTER TABLE users ADD CONSTRAINT fk_users_org FOREIGN KEY (org_id) REFERENCES orgs (id) ON DELETE SET NULL");
        assertThat(render(SampleOperations.createCheckConstraint()))
            .containsExactly("ALTER TABLE users ADD CONSTRAINT ck_users_email CHECK (email <> '')");
        assertThat(render(SampleOperations.dropConstraint(ConstraintKind.UNIQUE)))
            .containsExactly("ALTER TABLE users DROP CONSTRAINT c_users");
    }

    @Test
    void writesRestrictAsNoAction() {
        CreateForeignKey restrict = new CreateForeignKey(SampleOperations.USERS,
                ForeignKey.of("fk_users_org", "org_id", "orgs", "id").onDelete(ForeignKeyAction.RESTRICT));
        assertThat(render(restrict))
            .containsExactly("ALTER TABLE users ADD CONSTRAINT fk_users_org FOREIGN KEY (org_id) REFERENCES orgs (id)");
    }

    @Test
    void createsAndDropsSequences() {
        assertThat(render(SampleOperations.createSequence())).containsExactly(
                "CREATE SEQUENCE seq_orders START WITH 100 INCREMENT BY 10 MINVALUE 1 MAXVALUE 1000000 CYCLE");
        assertThat(render(SampleOperations.dropSequence())).containsExactly("DROP SEQUENCE seq_orders");
    }

    @Test
    void addsDropsAndUpdatesDescriptions() {
        assertThat(render(SampleOperations.setTableComment())).containsExactly(
                "EXEC sp_addextendedproperty @name = N'MS_Description', @value = N'People''s table', " + USERS_LEVELS);
        assertThat(render(SampleOperations.removeTableComment()))
            .containsExactly("EXEC sp_dropextendedproperty @name = N'MS_Description', " + USERS_LEVELS);
        assertThat(render(SampleOperations.setColumnCommentWithoutDefinition())).containsExactly(
                "EXEC sp_updateextendedproperty @name = N'MS_Description', @value = N'Primary address', "
                        + USERS_LEVELS + ", @level2type = N'COLUMN', @level2name = N'email'");
    }

    @Test
    void insertsRowsWithSqlServerLiterals() {
        assertThat(render(SampleOperations.bulkInsert())).containsExactly(
                "INSERT INTO users (id, name, active, born, seen, zoned, token, data, ratio) VALUES "
                        + "(1, N'O''Brien \\ Co', 1, '2024-01-31', '2024-01-31T12:30:05.25', '2024-01-31T12:30:00+02:00', "
                        + "N'123e4567-e89b-12d3-a456-426614174000', 0xCAFE, 12.50), "
                        + "(2, NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL)");
        assertThat(render(SampleOperations.executePerDialect())).containsExactly("SELECT N'sqlserver'");
        assertThat(render(SampleOperations.irreversible())).isEmpty();
    }

    @Test
    void insertsAtMostAThousandRowsPerStatement() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            rows.add(List.of(i));
        }
        List<String> statements = render(new BulkInsert(SampleOperations.USERS, List.of("id"), List.copyOf(rows)));
        assertThat(statements).hasSize(2);
        assertThat(statements.get(1)).isEqualTo("INSERT INTO users (id) VALUES (1000)");
    }

    @Test
    void rendersEveryPortableType() {
        assertThat(DialectTypes.render(dialect)).containsExactly("INT", "BIGINT", "SMALLINT", "BIT", "NVARCHAR(255)",
                "NCHAR(2)", "NVARCHAR(MAX)", "DECIMAL(12, 2)", "REAL", "FLOAT(53)", "DATE", "TIME", "DATETIME2(3)",
                "DATETIMEOFFSET(6)", "UNIQUEIDENTIFIER", "VARBINARY(16)", "VARBINARY(MAX)", "NVARCHAR(MAX)",
                "NVARCHAR(MAX)", "INT4RANGE");
        assertThat(dialect.typeSql(dev.revgraph.operation.ColumnType.varchar(4001))).isEqualTo("NVARCHAR(MAX)");
    }

    @Test
    void answersCapabilities() {
        assertThat(dialect.supportsTransactionalDdl()).isTrue();
        assertThat(dialect.supportsPartialIndexes()).isTrue();
        assertThat(dialect.supportsExpressionIndexes()).isFalse();
        assertThat(dialect.supportsSequences()).isTrue();
        assertThat(new SqlServerDialect(ServerVersion.of(10, 50)).supportsSequences()).isFalse();
        assertThat(dialect.maxIdentifierLength()).isEqualTo(128);
        assertThat(dialect.unquotedIdentifierCase()).isEqualTo(Dialect.IdentifierCase.PRESERVED);
    }

    @Test
    void writesDescendingIndexElements() {
        assertThat(render(SampleOperations.createDescendingIndex())).containsExactly("CREATE INDEX ix_users_org_created ON users (org_id, created_at DESC)");
    }
}
