package dev.revgraph.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import dev.revgraph.operation.ColumnType.Kind;
import dev.revgraph.operation.ForeignKeyAction;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabaseExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class MariaDbCatalogReaderTests {

    @RegisterExtension
    static final TestDatabaseExtension mariaDb = TestDatabaseExtension.of(DatabaseKind.MARIADB);

    private static Schema schema;

    @BeforeAll
    static void createAndReadSchema(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            Sql.run(connection, """
                    CREATE TABLE resources (
                        id BIGINT AUTO_INCREMENT PRIMARY KEY,
                        name VARCHAR(100) NOT NULL COMMENT 'What people call it',
                        body TEXT,
                        long_body LONGTEXT,
                        code CHAR(3),
                        price DECIMAL(10, 2) DEFAULT 0.00,
                        weight FLOAT,
                        score DOUBLE,
                        active BOOLEAN DEFAULT TRUE NOT NULL,
                        created DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
                        changed TIMESTAMP(3) NULL DEFAULT NULL,
                        day DATE,
                        at TIME,
                        uid UUID,
                        doc JSON,
                        data VARBINARY(16),
                        content LONGBLOB,
                        status VARCHAR(20) DEFAULT 'draft',
                        quoted VARCHAR(20) DEFAULT 'it''s',
                        word_null VARCHAR(20) DEFAULT 'NULL',
                        no_default VARCHAR(20),
                        required VARCHAR(20) NOT NULL,
                        small SMALLINT,
                        number INT,
                        positive INT UNSIGNED,
                        twice INT AS (small * 2) STORED,
                        CONSTRAINT uq_resources_name UNIQUE (name)
                    ) COMMENT 'Things people use';
                    CREATE TABLE utilizations (
                        resource_id BIGINT NOT NULL,
                        seq INT NOT NULL,
                        other_id BIGINT,
                        score INT CHECK (score >= 0),
                        CONSTRAINT pk_utilizations PRIMARY KEY (resource_id, seq),
                        CONSTRAINT fk_utilizations_resource FOREIGN KEY (resource_id) REFERENCES resources (id)
                            ON DELETE CASCADE,
                        CONSTRAINT fk_utilizations_other FOREIGN KEY (other_id) REFERENCES resources (id)
                            ON DELETE SET NULL ON UPDATE CASCADE,
                        CONSTRAINT ck_utilizations_seq CHECK (seq > 0)
                    );
                    CREATE INDEX ix_resources_name_price ON resources (name, price DESC);
                    CREATE UNIQUE INDEX ux_resources_code_status ON resources (code, status);
                    CREATE INDEX ix_resources_body ON resources (body(10));
                    CREATE SEQUENCE invoice_numbers START WITH 1000 INCREMENT BY 10 MAXVALUE 999999 CYCLE;
                    CREATE TABLE databasechangelog (id VARCHAR(255));
                    CREATE TABLE databasechangeloglock (id INT PRIMARY KEY);
                    CREATE VIEW active_resources AS SELECT id FROM resources WHERE active
                    """);
            schema = MariaDbCatalogReader.forMariaDb().read(connection, database.name());
        }
    }

    private static Table table(String name) {
        return schema.table(name).orElseThrow();
    }

    private static TableColumn column(String table, String name) {
        return table(table).column(name).orElseThrow();
    }

    @Test
    void readsBaseTablesSortedByNameWithCommentsAndNeitherViewsNorOtherToolsTables(TestDatabase database) {
        assertThat(schema.name()).isEqualTo(database.name());
        assertThat(schema.tableNames()).containsExactly("resources", "utilizations");
        assertThat(table("resources").comment()).isEqualTo("Things people use");
        // an absent comment is reported as ''
        assertThat(table("utilizations").comment()).isNull();
    }

    @Test
    void readsColumnsInOrdinalOrder() {
        assertThat(table("utilizations").columnNames()).containsExactly("resource_id", "seq", "other_id", "score");
    }

    @Test
    void readsColumnTypeWithDisplayWidthAndParsesIt() {
        // MariaDB writes integer types with their display width
        assertThat(column("resources", "id").type())
            .isEqualTo(new DataType("bigint(20)", "bigint", Kind.BIGINT, null, null, null, false));
        assertThat(column("resources", "number").type())
            .isEqualTo(new DataType("int(11)", "int", Kind.INTEGER, null, null, null, false));
        assertThat(column("resources", "small").type().family()).isEqualTo(Kind.SMALLINT);
        assertThat(column("resources", "positive").type())
            .isEqualTo(new DataType("int(10) unsigned", "int unsigned", Kind.RAW, null, null, null, false));
        // BOOLEAN is an alias of TINYINT(1)
        assertThat(column("resources", "active").type())
            .isEqualTo(new DataType("tinyint(1)", "tinyint", Kind.BOOLEAN, null, null, null, false));
        assertThat(column("resources", "name").type())
            .isEqualTo(new DataType("varchar(100)", "varchar", Kind.VARCHAR, 100, null, null, false));
        assertThat(column("resources", "code").type())
            .isEqualTo(new DataType("char(3)", "char", Kind.CHAR, 3, null, null, false));
        assertThat(column("resources", "body").type())
            .isEqualTo(new DataType("text", "text", Kind.TEXT, 65535, null, null, false));
        assertThat(column("resources", "long_body").type())
            .isEqualTo(new DataType("longtext", "longtext", Kind.TEXT, null, null, null, true));
        assertThat(column("resources", "price").type())
            .isEqualTo(new DataType("decimal(10,2)", "decimal", Kind.DECIMAL, null, 10, 2, false));
        assertThat(column("resources", "weight").type()).isEqualTo(DataType.of("float", Kind.REAL));
        assertThat(column("resources", "score").type()).isEqualTo(DataType.of("double", Kind.DOUBLE));
        assertThat(column("resources", "created").type())
            .isEqualTo(new DataType("datetime(6)", "datetime", Kind.TIMESTAMP, null, 6, null, false));
        // TIMESTAMP converts to and from the session's time zone: what TIMESTAMP_TZ means here
        assertThat(column("resources", "changed").type())
            .isEqualTo(new DataType("timestamp(3)", "timestamp", Kind.TIMESTAMP_TZ, null, 3, null, false));
        assertThat(column("resources", "day").type()).isEqualTo(DataType.of("date", Kind.DATE));
        assertThat(column("resources", "at").type()).isEqualTo(DataType.of("time", Kind.TIME));
        assertThat(column("resources", "uid").type()).isEqualTo(DataType.of("uuid", Kind.UUID));
        assertThat(column("resources", "data").type())
            .isEqualTo(new DataType("varbinary(16)", "varbinary", Kind.BINARY, 16, null, null, false));
        assertThat(column("resources", "content").type())
            .isEqualTo(new DataType("longblob", "longblob", Kind.BLOB, null, null, null, true));
    }

    @Test
    void readsJsonAsLongtextWithAnImplicitJsonValidCheck() {
        assertThat(column("resources", "doc").type())
            .isEqualTo(new DataType("longtext", "longtext", Kind.JSON, null, null, null, true));
        assertThat(table("resources").checkConstraints())
            .containsExactly(new TableCheckConstraint("doc", "json_valid(`doc`)", true));
    }

    @Test
    void readsDefaultsExactlyAsTheCatalogReportsThem() {
        assertThat(column("resources", "status").defaultExpression()).isEqualTo("'draft'");
        assertThat(column("resources", "quoted").defaultExpression()).isEqualTo("'it''s'");
        assertThat(column("resources", "word_null").defaultExpression()).isEqualTo("'NULL'");
        assertThat(column("resources", "price").defaultExpression()).isEqualTo("0.00");
        assertThat(column("resources", "active").defaultExpression()).isEqualTo("1");
        assertThat(column("resources", "created").defaultExpression()).isEqualTo("current_timestamp(6)");
        // a nullable column without default, or with DEFAULT NULL: the word NULL
        assertThat(column("resources", "no_default").defaultExpression()).isEqualTo("NULL");
        assertThat(column("resources", "changed").defaultExpression()).isEqualTo("NULL");
        // a NOT NULL column without default: SQL NULL
        assertThat(column("resources", "required").defaultExpression()).isNull();
        assertThat(column("resources", "id").defaultExpression()).isNull();
    }

    @Test
    void readsAutoIncrementColumns() {
        assertThat(column("resources", "id")).isEqualTo(new TableColumn("id",
                new DataType("bigint(20)", "bigint", Kind.BIGINT, null, null, null, false), false, null,
                Identity.AUTO_INCREMENT, null, null, null));
        assertThat(column("resources", "number").identity()).isEqualTo(Identity.NONE);
    }

    @Test
    void readsGeneratedColumnsWithTheirExpression() {
        assertThat(column("resources", "twice").generatedAs()).isEqualTo("`small` * 2");
    }

    @Test
    void readsColumnComments() {
        assertThat(column("resources", "name").comment()).isEqualTo("What people call it");
        assertThat(column("resources", "body").comment()).isNull();
    }

    @Test
    void readsPrimaryKeysAlwaysNamedPrimary() {
        assertThat(table("resources").primaryKey()).isEqualTo(TablePrimaryKey.of("PRIMARY", "id"));
        assertThat(table("utilizations").primaryKey()).isEqualTo(TablePrimaryKey.of("PRIMARY", "resource_id", "seq"));
    }

    @Test
    void readsEveryUniqueIndexAsAUniqueConstraint() {
        assertThat(table("resources").uniqueConstraints()).containsExactly(
                TableUniqueConstraint.of("uq_resources_name", "name"),
                TableUniqueConstraint.of("ux_resources_code_status", "code", "status"));
    }

    @Test
    void readsIndexesMarkingThoseOfKeysAndForeignKeysImplicit() {
        assertThat(table("resources").indexes()).containsExactly(
                TableIndex.of("PRIMARY", true, IndexColumn.column("id")).method("BTREE").implicitFor("PRIMARY"),
                TableIndex.of("ix_resources_body", false, IndexColumn.column("body(10)")).method("BTREE"),
                TableIndex.of("ix_resources_name_price", false, IndexColumn.column("name"),
                        IndexColumn.column("price").desc()).method("BTREE"),
                TableIndex.of("uq_resources_name", true, IndexColumn.column("name"))
                    .method("BTREE")
                    .implicitFor("uq_resources_name"),
                TableIndex.of("ux_resources_code_status", true, IndexColumn.column("code"),
                        IndexColumn.column("status"))
                    .method("BTREE")
                    .implicitFor("ux_resources_code_status"));
        // resource_id leads the primary key, which serves its foreign key; other_id needed an index of its own
        assertThat(table("utilizations").indexes()).containsExactly(
                TableIndex.of("PRIMARY", true, IndexColumn.column("resource_id"), IndexColumn.column("seq"))
                    .method("BTREE")
                    .implicitFor("PRIMARY"),
                TableIndex.of("fk_utilizations_other", false, IndexColumn.column("other_id"))
                    .method("BTREE")
                    .implicitFor("fk_utilizations_other"));
    }

    @Test
    void readsForeignKeysWithTheirActions(TestDatabase database) {
        assertThat(table("utilizations").foreignKeys()).containsExactly(
                new TableForeignKey("fk_utilizations_other", List.of("other_id"), database.name(), "resources",
                        List.of("id"), ForeignKeyAction.SET_NULL, ForeignKeyAction.CASCADE),
                new TableForeignKey("fk_utilizations_resource", List.of("resource_id"), database.name(), "resources",
                        List.of("id"), ForeignKeyAction.CASCADE, ForeignKeyAction.RESTRICT));
    }

    @Test
    void readsCheckConstraintsNamingColumnChecksAfterTheirColumn() {
        assertThat(table("utilizations").checkConstraints()).containsExactly(
                TableCheckConstraint.of("ck_utilizations_seq", "`seq` > 0"),
                TableCheckConstraint.of("score", "`score` >= 0"));
    }

    @Test
    void readsSequencesFromTheSequencesThemselves() {
        assertThat(schema.sequences()).containsExactly(
                new Sequence(schema.name(), "invoice_numbers", null, 1000, 10, 1L, 999999L, 1000L, true, null, false));
    }

    @Test
    void readsTheSameSchemaTwiceAsEqual(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            CatalogReader reader = CatalogReaders.forConnection(connection);
            assertThat(reader.currentSchema(connection)).isEqualTo(database.name());
            Schema again = reader.read(connection, database.name());
            assertThat(again).isEqualTo(schema);
            assertThat(again.describe()).isEqualTo(schema.describe());
        }
    }
}
