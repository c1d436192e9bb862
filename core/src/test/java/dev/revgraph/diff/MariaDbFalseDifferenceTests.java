package dev.revgraph.diff;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import dev.revgraph.dialect.Dialect;
import dev.revgraph.dialect.Dialects;
import dev.revgraph.operation.ForeignKeyAction;
import dev.revgraph.schema.Schema;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabaseExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each spelling MariaDB writes back differently from Hibernate 7.4's {@code MariaDBDialect} DDL compares
 * clean. The fixtures are the DDL Hibernate 7.4.5 generates for MariaDB 10.11: {@code bit} for
 * {@code boolean}, {@code integer}, {@code float(23)} and {@code float(53)}, {@code datetime(6)} for
 * {@code LocalDateTime} and {@code OffsetDateTime}, {@code json}, {@code enum ('A','B')} for a
 * {@code STRING} enum, {@code tinyint check ((rank between 0 and 1))} for an {@code ORDINAL} one,
 * {@code bigint not null auto_increment}, {@code UK<hash>} unique constraints and {@code FK<hash>} foreign
 * keys added with {@code alter table ... references customers (id)}.
 */
class MariaDbFalseDifferenceTests {

    @RegisterExtension
    static final TestDatabaseExtension mariadb = TestDatabaseExtension.of(DatabaseKind.MARIADB);

    @Test
    void tinyint1Bit1AndBooleanAreTheSameType(TestDatabase database) throws SQLException {
        assertClean(database, "m_bool", "create table m_bool (a boolean, b bit, c tinyint(1), d bit(1) not null)",
                ModelBuilder.table("m_bool").column("a", "bit").column("b", "bit").column("c", "boolean")
                    .column("d", "bit").notNull());
    }

    @Test
    void displayWidthsAreIgnored(TestDatabase database) throws SQLException {
        assertClean(database, "m_width", """
                create table m_width (a int(11), b bigint(20), c smallint(6), d tinyint(4), e integer,
                    f int(10) unsigned)""",
                ModelBuilder.table("m_width").column("a", "integer").column("b", "bigint").column("c", "smallint")
                    .column("d", "tinyint").column("e", "int").column("f", "int unsigned"));
    }

    @Test
    void quotedStringDefaultsAndTheLiteralNullDefaultCompareAsWritten(TestDatabase database) throws SQLException {
        assertClean(database, "m_defaults", """
                create table m_defaults (stage varchar(255) default 'new', note varchar(10), maybe varchar(10) default null,
                    counter integer default -1, price decimal(10,2) default 0, flag bit default 1,
                    quoted varchar(10) default 'it''s', required varchar(5) not null)""",
                ModelBuilder.table("m_defaults").column("stage", "varchar(255)").defaultsTo("'new'")
                    .column("note", "varchar(10)").column("maybe", "varchar(10)")
                    .column("counter", "integer").defaultsTo("-1")
                    .column("price", "decimal(10,2)").defaultsTo("0.00")
                    .column("flag", "bit").defaultsTo("true")
                    .column("quoted", "varchar(10)").defaultsTo("'it''s'")
                    .column("required", "varchar(5)").notNull());
    }

    @Test
    void currentTimestampFormsAreOneDefault(TestDatabase database) throws SQLException {
        assertClean(database, "m_now", """
                create table m_now (a datetime(6) default current_timestamp(6), b timestamp null default current_timestamp,
                    c datetime default now())""",
                ModelBuilder.table("m_now").column("a", "datetime(6)").defaultsTo("CURRENT_TIMESTAMP(6)")
                    .column("b", "timestamp").defaultsTo("CURRENT_TIMESTAMP")
                    .column("c", "datetime").defaultsTo("current_timestamp()"));
    }

    @Test
    void datetime6IsItself(TestDatabase database) throws SQLException {
        assertClean(database, "m_datetime", "create table m_datetime (created datetime(6), updated datetime(6), "
                + "wakes time(0), born date, at datetime)",
                ModelBuilder.table("m_datetime").column("created", "datetime(6)").column("updated", "datetime(6)")
                    .column("wakes", "time(0)").column("born", "date").column("at", "datetime(0)"));
    }

    @Test
    void theIndexInnoDbCreatesForEachForeignKeyIsNotCompared(TestDatabase database) throws SQLException {
        assertClean(database, "m_fk", """
                create table m_fk_customers (id bigint not null auto_increment, email varchar(100) not null,
                    primary key (id)) engine=InnoDB;
                create table m_fk_orders (id bigint not null, customer_id bigint not null, referrer_id bigint,
                    primary key (id)) engine=InnoDB;
                alter table if exists m_fk_customers add constraint UKrfbvkrffamfql7cjmen8v976v unique (email);
                alter table if exists m_fk_orders add constraint FKpxtb8awmi0dk6smoh2vp1litg foreign key (customer_id)
                    references m_fk_customers (id);
                alter table if exists m_fk_orders add constraint FKrto9yliytorpeafvtupubdu6s foreign key (referrer_id)
                    references m_fk_customers (id)""",
                ModelBuilder.table("m_fk_customers").column("id", "bigint").identity()
                    .column("email", "varchar(100)").notNull().primaryKey("id")
                    .unique("UKrfbvkrffamfql7cjmen8v976v", "email"),
                ModelBuilder.table("m_fk_orders").column("id", "bigint").notNull()
                    .column("customer_id", "bigint").notNull().column("referrer_id", "bigint").primaryKey("id")
                    .foreignKey("FKpxtb8awmi0dk6smoh2vp1litg", "customer_id", "m_fk_customers", "id")
                    .foreignKey("FKrto9yliytorpeafvtupubdu6s", "referrer_id", "m_fk_customers", "id"));
    }

    @Test
    void jsonIsLongtextWithItsJsonValidCheck(TestDatabase database) throws SQLException {
        assertClean(database, "m_json", "create table m_json (id bigint not null, doc json, primary key (id))",
                ModelBuilder.table("m_json").column("id", "bigint").notNull().column("doc", "json").primaryKey("id"));
    }

    @Test
    void noActionIsRestrict(TestDatabase database) throws SQLException {
        assertClean(database, "m_action", """
                create table m_action_parent (id bigint not null, primary key (id));
                create table m_action_child (id bigint not null, parent_id bigint, other_id bigint, primary key (id),
                    constraint fk_restrict foreign key (parent_id) references m_action_parent (id) on delete restrict,
                    constraint fk_default foreign key (other_id) references m_action_parent (id))""",
                ModelBuilder.table("m_action_parent").column("id", "bigint").notNull().primaryKey("id"),
                ModelBuilder.table("m_action_child").column("id", "bigint").notNull().column("parent_id", "bigint")
                    .column("other_id", "bigint").primaryKey("id")
                    .foreignKey("FKparent", "parent_id", "m_action_parent", "id", ForeignKeyAction.NO_ACTION)
                    .foreignKey("FKother", "other_id", "m_action_parent", "id", ForeignKeyAction.RESTRICT));
    }

    @Test
    void hibernatesOtherMariaDbTypesCompareClean(TestDatabase database) throws SQLException {
        assertClean(database, "m_types", """
                create table m_types (ratio float(23), score float(53) not null, status enum ('A','B'),
                    rank tinyint check ((rank between 0 and 1)), essay mediumtext, notes longtext,
                    picture varbinary(255), uid uuid, initial varchar(1) not null, balance decimal(38,2))""",
                ModelBuilder.table("m_types").column("ratio", "float(23)").column("score", "float(53)").notNull()
                    .column("status", "enum ('A','B')").column("rank", "tinyint").column("essay", "mediumtext")
                    .column("notes", "longtext").column("picture", "varbinary(255)").column("uid", "uuid")
                    .column("initial", "varchar(1)").notNull().column("balance", "decimal(38,2)")
                    .check("(rank between 0 and 1)"));
    }

    @Test
    void reportsARealDifferenceNextToTheGuards(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            Databases.run(connection, "create table m_real (a tinyint(1), b enum('A','B'))");
            Dialect dialect = Dialects.of(connection);
            Schema model = ModelBuilder.schema(dialect, ModelBuilder.table("m_real").column("a", "integer")
                .column("b", "enum ('A','B','C')"));
            List<Difference> differences = SchemaComparator.compare(dialect, model,
                    Databases.read(connection, "m_real"), CompareOptions.defaults());
            assertThat(differences).extracting(Difference::describe).containsExactly(
                    "column m_real.a: type integer in the model, tinyint(1) in the database [mariadb.type]",
                    "column m_real.b: type enum ('A','B','C') in the model, enum('A','B') in the database [mariadb.type]");
        }
    }

    private static void assertClean(TestDatabase database, String prefix, String ddl, ModelBuilder... model)
            throws SQLException {
        try (Connection connection = database.connect()) {
            Databases.run(connection, ddl);
            Dialect dialect = Dialects.of(connection);
            Schema read = Databases.read(connection, prefix + "*");
            assertThat(read.tables()).hasSize(model.length);
            List<Difference> differences = SchemaComparator.compare(dialect, ModelBuilder.schema(dialect, model), read,
                    CompareOptions.defaults().includeTables(prefix + "*"));
            assertThat(differences).extracting(Difference::describe).isEmpty();
        }
    }
}
