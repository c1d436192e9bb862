package dev.revgraph.autogenerate;

import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import dev.revgraph.diff.ModelBuilder;
import dev.revgraph.operation.ForeignKeyAction;
import dev.revgraph.schema.IndexColumn;
import dev.revgraph.schema.TableForeignKey;
import dev.revgraph.schema.TableIndex;
import dev.revgraph.testdb.DatabaseKind;

import static dev.revgraph.diff.ModelBuilder.sequence;

/**
 * The model changes {@link AutogenerateChangeTests} runs, one per kind of operation autogenerate writes.
 * Types are Hibernate's portable spellings that every database here accepts ({@code bigint},
 * {@code varchar(n)}, {@code numeric(p,s)}, {@code boolean}, {@code date}); names carry the change's id.
 */
final class Changes {

    private Changes() {
    }

    private static Supplier<ModelBuilder> table(String name, UnaryOperator<ModelBuilder> body) {
        return () -> body.apply(ModelBuilder.table(name));
    }

    /** {@code <id>_t (id bigint not null primary key, name varchar(50))} and more. */
    private static Supplier<ModelBuilder> base(String id, UnaryOperator<ModelBuilder> more) {
        return table(id + "_t", (t) -> more.apply(t.column("id", "bigint").notNull().column("name", "varchar(50)")
            .primaryKey("id")));
    }

    private static Supplier<ModelBuilder> base(String id) {
        return base(id, (t) -> t);
    }

    private static Supplier<ModelBuilder> parent(String id) {
        return table(id + "_parent", (t) -> t.column("id", "bigint").notNull().column("email", "varchar(100)")
            .primaryKey("id"));
    }

    private static Supplier<ModelBuilder> child(String id, UnaryOperator<ModelBuilder> more) {
        return table(id + "_child", (t) -> more.apply(t.column("id", "bigint").notNull()
            .column("parent_id", "bigint").primaryKey("id")));
    }

    private static TableForeignKey fk(String name, String table, String column, String referenced, ForeignKeyAction onDelete,
            ForeignKeyAction onUpdate) {
        return new TableForeignKey(name, List.of(column), null, referenced, List.of("id"), onDelete, onUpdate);
    }

    static List<Change> all() {
        return List.of(
                Change.of("c01", "adds a table with its keys, index, check, foreign key and comment")
                    .before(parent("c01"))
                    .after(parent("c01"), table("c01_orders", (t) -> t.column("id", "bigint").identity()
                        .column("customer_id", "bigint").notNull()
                        .column("status", "varchar(20)").notNull().defaultsTo("'NEW'")
                        .column("total", "numeric(10,2)").column("created", "date").columnComment("Day of the order")
                        .primaryKey("id").unique("c01_uk_orders_created", "created", "customer_id")
                        .index("c01_ix_orders_customer", "customer_id")
                        .check("c01_ck_orders_status", "status in ('NEW','PAID')")
                        .foreignKey("c01_fk_orders_customer", "customer_id", "c01_parent", "id")
                        .tableComment("Orders people place")))
                    .expect("create table c01_orders (id BIGINT, customer_id BIGINT, status VARCHAR(20), "
                            + "total DECIMAL(10,2), created DATE)",
                            "create index c01_ix_orders_customer on c01_orders (customer_id)")
                    .expectOn(DatabaseKind.MARIADB, "create table c01_orders (id BIGINT, customer_id BIGINT, "
                            + "status VARCHAR(20), total DECIMAL(10,2), created DATE)",
                            "create index c01_ix_orders_customer on c01_orders (customer_id)",
                            "create foreign key c01_fk_orders_customer on c01_orders (customer_id) -> c01_parent (id) "
                                    + "ON DELETE NO ACTION ON UPDATE NO ACTION")
                    .alsoAsSql(),
                Change.of("c02", "drops a table with its index and foreign key")
                    .before(parent("c02"), child("c02", (t) -> t.index("c02_ix_child_parent", "parent_id")
                        .foreignKey("c02_fk_child_parent", "parent_id", "c02_parent", "id")))
                    .after(parent("c02"))
                    .expect("drop index c02_ix_child_parent on c02_child", "drop table c02_child")
                    .expectOn(DatabaseKind.MARIADB, "drop foreign key c02_fk_child_parent on c02_child",
                            "drop index c02_ix_child_parent on c02_child", "drop table c02_child")
                    .risks("destructive")
                    .alsoAsSql(),
                Change.of("c03", "adds a nullable column")
                    .before(base("c03"))
                    .after(base("c03", (t) -> t.column("note", "varchar(100)")))
                    .expect("add column c03_t.note VARCHAR(100)")
                    .alsoAsSql(),
                Change.of("c04", "adds a NOT NULL column with a default")
                    .before(base("c04"))
                    .after(base("c04", (t) -> t.column("status", "varchar(10)").notNull().defaultsTo("'NEW'")))
                    .expect("add column c04_t.status VARCHAR(10) NOT NULL"),
                Change.of("c05", "adds a NOT NULL column without default")
                    .before(base("c05"))
                    .after(base("c05", (t) -> t.column("code", "varchar(10)").notNull()))
                    .expect("add column c05_t.code VARCHAR(10) NOT NULL")
                    .risks("data-dependent"),
                Change.of("c06", "drops a column")
                    .before(base("c06", (t) -> t.column("note", "varchar(100)").defaultsTo("'none'")))
                    .after(base("c06"))
                    .expect("drop column c06_t.note")
                    .risks("destructive")
                    .alsoAsSql(),
                Change.of("c07", "widens a varchar")
                    .before(base("c07"))
                    .after(table("c07_t", (t) -> t.column("id", "bigint").notNull().column("name", "varchar(100)")
                        .primaryKey("id")))
                    .expect("alter column c07_t.name type VARCHAR(50) -> VARCHAR(100)"),
                Change.of("c08", "narrows a varchar")
                    .before(base("c08"))
                    .after(table("c08_t", (t) -> t.column("id", "bigint").notNull().column("name", "varchar(20)")
                        .primaryKey("id")))
                    .expect("alter column c08_t.name type VARCHAR(50) -> VARCHAR(20)")
                    .risks("data-dependent"),
                Change.of("c09", "narrows a decimal")
                    .before(base("c09", (t) -> t.column("amount", "numeric(12,2)")))
                    .after(base("c09", (t) -> t.column("amount", "numeric(8,2)")))
                    .expect("alter column c09_t.amount type DECIMAL(12,2) -> DECIMAL(8,2)")
                    .risks("data-dependent"),
                Change.of("c10", "widens an integer to a bigint")
                    .before(base("c10", (t) -> t.column("qty", "integer")))
                    .after(base("c10", (t) -> t.column("qty", "bigint")))
                    .expect("alter column c10_t.qty type INTEGER -> BIGINT")
                    .alsoAsSql(),
                Change.of("c11", "narrows a bigint to an integer")
                    .before(base("c11", (t) -> t.column("qty", "bigint")))
                    .after(base("c11", (t) -> t.column("qty", "integer")))
                    .expect("alter column c11_t.qty type BIGINT -> INTEGER")
                    .risks("data-dependent"),
                Change.of("c12", "turns a varchar into unbounded text")
                    .before(base("c12"))
                    .after(table("c12_t", (t) -> t.column("id", "bigint").notNull().column("name", "text")
                        .primaryKey("id")))
                    .expect("alter column c12_t.name type VARCHAR(50) -> *"),
                Change.of("c13", "sets NOT NULL")
                    .before(base("c13"))
                    .after(table("c13_t", (t) -> t.column("id", "bigint").notNull().column("name", "varchar(50)")
                        .notNull().primaryKey("id")))
                    .expect("alter column c13_t.name SET NOT NULL")
                    .risks("data-dependent")
                    .alsoAsSql(),
                Change.of("c14", "drops NOT NULL")
                    .before(table("c14_t", (t) -> t.column("id", "bigint").notNull().column("name", "varchar(50)")
                        .notNull().primaryKey("id")))
                    .after(base("c14"))
                    .expect("alter column c14_t.name DROP NOT NULL"),
                Change.of("c15", "adds a default")
                    .after(base("c15", (t) -> t.column("status", "varchar(10)").defaultsTo("'x'")))
                    .before(base("c15", (t) -> t.column("status", "varchar(10)")))
                    .expect("alter column c15_t.status default null -> 'x'"),
                Change.of("c16", "changes a default")
                    .before(base("c16", (t) -> t.column("status", "varchar(10)").defaultsTo("'x'")))
                    .after(base("c16", (t) -> t.column("status", "varchar(10)").defaultsTo("'y'")))
                    .expect("alter column c16_t.status default * -> 'y'")
                    .alsoAsSql(),
                Change.of("c17", "drops a default")
                    .before(base("c17", (t) -> t.column("qty", "integer").defaultsTo("0")))
                    .after(base("c17", (t) -> t.column("qty", "integer")))
                    .expect("alter column c17_t.qty default 0 -> null"),
                Change.of("c18", "adds a column comment")
                    .before(base("c18"))
                    .after(table("c18_t", (t) -> t.column("id", "bigint").notNull().column("name", "varchar(50)")
                        .columnComment("What people call it").primaryKey("id")))
                    .expect("alter column c18_t.name comment null -> What people call it"),
                Change.of("c19", "changes a column comment")
                    .before(table("c19_t", (t) -> t.column("id", "bigint").notNull().column("name", "varchar(50)")
                        .columnComment("Old words").primaryKey("id")))
                    .after(table("c19_t", (t) -> t.column("id", "bigint").notNull().column("name", "varchar(50)")
                        .columnComment("New words").primaryKey("id")))
                    .expect("alter column c19_t.name comment Old words -> New words"),
                Change.of("c20", "removes a column comment")
                    .before(table("c20_t", (t) -> t.column("id", "bigint").notNull().column("name", "varchar(50)")
                        .columnComment("Old words").primaryKey("id")))
                    .after(base("c20"))
                    .expect("alter column c20_t.name comment Old words -> null"),
                Change.of("c21", "adds a table comment")
                    .before(base("c21"))
                    .after(base("c21", (t) -> t.tableComment("Things")))
                    .expect("set comment of table c21_t: null -> Things")
                    .alsoAsSql(),
                Change.of("c22", "changes a table comment")
                    .before(base("c22", (t) -> t.tableComment("Things")))
                    .after(base("c22", (t) -> t.tableComment("Other things")))
                    .expect("set comment of table c22_t: Things -> Other things"),
                Change.of("c23", "adds a primary key")
                    .before(table("c23_t", (t) -> t.column("id", "bigint").notNull().column("name", "varchar(50)")))
                    .after(base("c23"))
                    .expect("create primary key c23_t_pkey on c23_t (id)")
                    .risks("data-dependent"),
                Change.of("c24", "drops a primary key")
                    .before(base("c24"))
                    .after(table("c24_t", (t) -> t.column("id", "bigint").notNull().column("name", "varchar(50)")))
                    .expect("drop primary key * on c24_t"),
                Change.of("c25", "changes the primary key's columns")
                    .before(table("c25_t", (t) -> t.column("id", "bigint").notNull().column("name", "varchar(50)")
                        .notNull().primaryKey("id")))
                    .after(table("c25_t", (t) -> t.column("id", "bigint").notNull().column("name", "varchar(50)")
                        .notNull().primaryKey("id", "name")))
                    .expect("drop primary key * on c25_t", "create primary key c25_t_pkey on c25_t (id, name)")
                    .risks("data-dependent"),
                Change.of("c26", "adds a unique constraint")
                    .before(base("c26"))
                    .after(base("c26", (t) -> t.unique("c26_uk_t_name", "name")))
                    .expect("create unique constraint c26_uk_t_name on c26_t (name)")
                    .risks("data-dependent")
                    .alsoAsSql(),
                Change.of("c27", "drops a unique constraint")
                    .before(base("c27", (t) -> t.unique("c27_uk_t_name", "name")))
                    .after(base("c27"))
                    .expect("drop unique c27_uk_t_name on c27_t"),
                Change.of("c28", "changes a unique constraint's columns")
                    .before(base("c28", (t) -> t.column("code", "varchar(10)").unique("c28_uk_t_name", "name")))
                    .after(base("c28", (t) -> t.column("code", "varchar(10)").unique("c28_uk_t_name_code", "name", "code")))
                    .expect("drop unique c28_uk_t_name on c28_t",
                            "create unique constraint c28_uk_t_name_code on c28_t (name, code)")
                    .risks("data-dependent"),
                Change.of("c29", "adds an index")
                    .before(base("c29"))
                    .after(base("c29", (t) -> t.index("c29_ix_t_name", "name")))
                    .expect("create index c29_ix_t_name on c29_t (name)")
                    .alsoAsSql(),
                Change.of("c30", "drops an index")
                    .before(base("c30", (t) -> t.index("c30_ix_t_name", "name")))
                    .after(base("c30"))
                    .expect("drop index c30_ix_t_name on c30_t"),
                Change.of("c31", "adds a unique index")
                    .before(base("c31"))
                    .after(base("c31", (t) -> t.uniqueIndex("c31_ux_t_name", "name")))
                    .expect("create unique index c31_ux_t_name on c31_t (name)")
                    .risks("data-dependent"),
                Change.of("c32", "changes an index's columns, keeping its name")
                    .before(base("c32", (t) -> t.column("code", "varchar(10)").index("c32_ix_t", "name")))
                    .after(base("c32", (t) -> t.column("code", "varchar(10)").index("c32_ix_t", "name", "code")))
                    .expect("drop index c32_ix_t on c32_t", "create index c32_ix_t on c32_t (name, code)"),
                Change.of("c33", "adds a column and an index on it")
                    .before(base("c33"))
                    .after(base("c33", (t) -> t.column("code", "varchar(10)").index("c33_ix_t_code", "code")))
                    .expect("add column c33_t.code VARCHAR(10)", "create index c33_ix_t_code on c33_t (code)"),
                Change.of("c34", "adds a foreign key to an existing column")
                    .before(parent("c34"), child("c34", (t) -> t))
                    .after(parent("c34"), child("c34", (t) -> t.foreignKey("c34_fk_child_parent", "parent_id",
                            "c34_parent", "id")))
                    .expect("create foreign key c34_fk_child_parent on c34_child (parent_id) -> c34_parent (id) "
                            + "ON DELETE NO ACTION ON UPDATE NO ACTION")
                    .expectOn(DatabaseKind.MARIADB, "create index c34_fk_child_parent on c34_child (parent_id)",
                            "create foreign key c34_fk_child_parent on c34_child (parent_id) -> c34_parent (id) "
                                    + "ON DELETE NO ACTION ON UPDATE NO ACTION")
                    .risks("data-dependent")
                    .alsoAsSql(),
                Change.of("c35", "drops a foreign key")
                    .before(parent("c35"), child("c35", (t) -> t.foreignKey("c35_fk_child_parent", "parent_id",
                            "c35_parent", "id")))
                    .after(parent("c35"), child("c35", (t) -> t))
                    .expect("drop foreign key c35_fk_child_parent on c35_child")
                    .expectOn(DatabaseKind.MARIADB, "drop foreign key c35_fk_child_parent on c35_child",
                            "drop index c35_fk_child_parent on c35_child")
                    .alsoAsSql(),
                Change.of("c36", "changes a foreign key's ON DELETE")
                    .before(parent("c36"), child("c36", (t) -> t.foreignKey("c36_fk", "parent_id", "c36_parent", "id")))
                    .after(parent("c36"), child("c36", (t) -> t.foreignKey("c36_fk", "parent_id", "c36_parent", "id",
                            ForeignKeyAction.CASCADE)))
                    .expect("drop foreign key c36_fk on c36_child", "create foreign key c36_fk on c36_child "
                            + "(parent_id) -> c36_parent (id) ON DELETE CASCADE ON UPDATE NO ACTION")
                    .expectOn(DatabaseKind.MARIADB, "drop foreign key c36_fk on c36_child", "drop index c36_fk on c36_child",
                            "create index c36_fk on c36_child (parent_id)", "create foreign key c36_fk on c36_child (parent_id) -> c36_parent (id) ON DELETE CASCADE "
                                    + "ON UPDATE NO ACTION")
                    .risks("data-dependent"),
                Change.of("c37", "changes a foreign key's ON UPDATE")
                    .before(parent("c37"), child("c37", (t) -> t.foreignKey("c37_fk", "parent_id", "c37_parent", "id")))
                    .after(parent("c37"), child("c37", (t) -> t.foreignKey(fk("c37_fk", "c37_child", "parent_id",
                            "c37_parent", ForeignKeyAction.NO_ACTION, ForeignKeyAction.CASCADE))))
                    .expect("drop foreign key c37_fk on c37_child", "create foreign key c37_fk on c37_child "
                            + "(parent_id) -> c37_parent (id) ON DELETE NO ACTION ON UPDATE CASCADE")
                    .expectOn(DatabaseKind.MARIADB, "drop foreign key c37_fk on c37_child", "drop index c37_fk on c37_child",
                            "create index c37_fk on c37_child (parent_id)", "create foreign key c37_fk on c37_child (parent_id) -> c37_parent (id) ON DELETE NO ACTION "
                                    + "ON UPDATE CASCADE")
                    .risks("data-dependent"),
                Change.of("c38", "adds a check constraint")
                    .before(base("c38", (t) -> t.column("qty", "integer")))
                    .after(base("c38", (t) -> t.column("qty", "integer").check("c38_ck_t_qty", "qty >= 0")))
                    .expect("create check constraint c38_ck_t_qty on c38_t (qty >= 0)")
                    .risks("data-dependent"),
                Change.of("c39", "drops a check constraint")
                    .before(base("c39", (t) -> t.column("qty", "integer").check("c39_ck_t_qty", "qty >= 0")))
                    .after(base("c39", (t) -> t.column("qty", "integer")))
                    .expect("drop check c39_ck_t_qty on c39_t"),
                Change.of("c40", "adds an enum constant to the check Hibernate writes")
                    .before(base("c40", (t) -> t.column("status", "varchar(255)")
                        .check("c40_ck_status", "(status in ('A','B'))")))
                    .after(base("c40", (t) -> t.column("status", "varchar(255)")
                        .check("c40_ck_status", "(status in ('A','B','C'))")))
                    .expect("drop check c40_ck_status on c40_t",
                            "create check constraint c40_ck_status on c40_t (status in ('A','B','C'))")
                    .risks("data-dependent")
                    .alsoAsSql(),
                Change.of("c41", "removes an enum constant from an unnamed check")
                    .before(base("c41", (t) -> t.column("status", "varchar(255)").check("(status in ('A','B','C'))")))
                    .after(base("c41", (t) -> t.column("status", "varchar(255)").check("(status in ('A','B'))")))
                    .expect("drop check * on c41_t", "create check constraint ck_c41_t_* on c41_t (status in ('A','B'))")
                    .risks("data-dependent"),
                Change.of("c42", "adds a sequence")
                    .after(base("c42"))
                    .before(base("c42"))
                    .sequences(List.of(), List.of(sequence("c42_seq", 1, 50)))
                    .expect("create sequence c42_seq START 1 INCREMENT 50")
                    .alsoAsSql(),
                Change.of("c43", "drops a sequence")
                    .before(base("c43"))
                    .after(base("c43"))
                    .sequences(List.of(sequence("c43_seq", 1, 50)), List.of())
                    .expect("drop sequence c43_seq")
                    .risks("destructive"),
                Change.of("c44", "changes a sequence's increment (Hibernate's allocation size)")
                    .before(base("c44"))
                    .after(base("c44"))
                    .sequences(List.of(sequence("c44_seq", 1, 50)), List.of(sequence("c44_seq", 1, 10)))
                    .expect("execute ALTER SEQUENCE * INCREMENT BY 10"),
                Change.of("c45", "creates two tables that reference each other, the cycle's foreign key last")
                    .after(table("c45_a", (t) -> t.column("id", "bigint").notNull().column("b_id", "bigint")
                        .primaryKey("id").foreignKey("c45_fk_a_b", "b_id", "c45_b", "id")),
                            table("c45_b", (t) -> t.column("id", "bigint").notNull().column("a_id", "bigint")
                                .primaryKey("id").foreignKey("c45_fk_b_a", "a_id", "c45_a", "id")))
                    .expect("create table c45_a (id BIGINT, b_id BIGINT)", "create table c45_b (id BIGINT, a_id BIGINT)",
                            "create foreign key c45_fk_a_b on c45_a (b_id) -> c45_b (id) ON DELETE NO ACTION "
                                    + "ON UPDATE NO ACTION")
                    .alsoAsSql(),
                Change.of("c46", "creates a referenced table before the table that references it")
                    .after(table("c46_a_child", (t) -> t.column("id", "bigint").notNull().column("parent_id", "bigint")
                        .primaryKey("id").foreignKey("c46_fk_child_parent", "parent_id", "c46_z_parent", "id")),
                            table("c46_z_parent", (t) -> t.column("id", "bigint").notNull().primaryKey("id")))
                    .expect("create table c46_z_parent (id BIGINT)", "create table c46_a_child (id BIGINT, parent_id BIGINT)"),
                Change.of("c47", "drops two tables that reference each other")
                    .before(table("c47_a", (t) -> t.column("id", "bigint").notNull().column("b_id", "bigint")
                        .primaryKey("id").foreignKey("c47_fk_a_b", "b_id", "c47_b", "id")),
                            table("c47_b", (t) -> t.column("id", "bigint").notNull().column("a_id", "bigint")
                                .primaryKey("id").foreignKey("c47_fk_b_a", "a_id", "c47_a", "id")))
                    .expect("drop foreign key c47_fk_a_b on c47_a", "drop foreign key c47_fk_b_a on c47_b",
                            "drop table c47_a", "drop table c47_b")
                    .risks("destructive", "destructive"),
                Change.of("c48", "renames a column that @RenamedFrom names")
                    .before(base("c48", (t) -> t.column("note", "varchar(100)")))
                    .after(base("c48", (t) -> t.column("remark", "varchar(100)")))
                    .hints(RenameHints.none().column("c48_t", "note", "remark"))
                    .expect("alter column c48_t.note rename to remark")
                    .alsoAsSql(),
                Change.of("c49", "renames a table that @RenamedFrom names")
                    .before(table("c49_old", (t) -> t.column("id", "bigint").notNull().column("name", "varchar(50)")
                        .primaryKey("id")))
                    .after(table("c49_new", (t) -> t.column("id", "bigint").notNull().column("name", "varchar(50)")
                        .primaryKey("id")))
                    .hints(RenameHints.none().table("c49_old", "c49_new"))
                    .expect("rename table c49_old to c49_new"),
                Change.of("c50", "warns of a possible rename when a column of the same type replaces another")
                    .before(base("c50", (t) -> t.column("note", "varchar(100)")))
                    .after(base("c50", (t) -> t.column("remark", "varchar(100)")))
                    .expect("add column c50_t.remark VARCHAR(100)", "drop column c50_t.note")
                    .risks("destructive")
                    .warns("possible rename of", "@RenamedFrom(\"note\")"),
                Change.of("c51", "adds a boolean column with a default")
                    .before(base("c51"))
                    .after(base("c51", (t) -> t.column("active", "boolean").notNull().defaultsTo("true")))
                    .expect("add column c51_t.active BOOLEAN NOT NULL"),
                Change.of("c52", "adds a partial index")
                    .before(base("c52"))
                    .after(base("c52", (t) -> t.index(TableIndex.of("c52_ix_t_name", false, IndexColumn.column("name"))
                        .where("name IS NOT NULL"))))
                    .expect("create index c52_ix_t_name on c52_t (name) WHERE name IS NOT NULL")
                    .only(DatabaseKind.POSTGRESQL),
                Change.of("c53", "adds an expression index")
                    .before(base("c53"))
                    .after(base("c53", (t) -> t.index(TableIndex.of("c53_ix_t_lower_name", false,
                            IndexColumn.expression("lower(name)")))))
                    .expect("create index c53_ix_t_lower_name on c53_t (lower(name))")
                    .only(DatabaseKind.POSTGRESQL),
                Change.of("c54", "adds, alters and drops columns of one table in that order")
                    .before(base("c54", (t) -> t.column("qty", "integer").column("note", "varchar(100)")))
                    .after(base("c54", (t) -> t.column("qty", "bigint").column("code", "varchar(10)").notNull()
                        .defaultsTo("'X'")))
                    .expect("add column c54_t.code VARCHAR(10) NOT NULL", "alter column c54_t.qty type INTEGER -> BIGINT",
                            "drop column c54_t.note")
                    .risks("destructive"),
                Change.of("c55", "adds a constant to an H2 ENUM column")
                    .before(base("c55", (t) -> t.column("status", "enum ('A','B')")))
                    .after(base("c55", (t) -> t.column("status", "enum ('A','B','C')")))
                    .expect("alter column c55_t.status type raw(ENUM('A', 'B')) -> raw(enum ('A','B','C'))")
                    .risks("data-dependent")
                    .only(DatabaseKind.H2)
                    .alsoAsSql(),
                Change.of("c56", "adds an index with a descending column")
                    .before(base("c56", (t) -> t.column("price", "numeric(10,2)")))
                    .after(base("c56", (t) -> t.column("price", "numeric(10,2)").index(TableIndex.of(
                            "c56_ix_t_name_price", false, IndexColumn.column("name"), IndexColumn.column("price").desc()))))
                    .expect("create index c56_ix_t_name_price on c56_t (name, price DESC)")
                    .alsoAsSql(),
                Change.of("c57", "makes an index's column descending")
                    .before(base("c57", (t) -> t.column("price", "numeric(10,2)").index("c57_ix_t", "name", "price")))
                    .after(base("c57", (t) -> t.column("price", "numeric(10,2)").index(TableIndex.of("c57_ix_t", false,
                            IndexColumn.column("name").desc(), IndexColumn.column("price")))))
                    .expect("drop index c57_ix_t on c57_t", "create index c57_ix_t on c57_t (name DESC, price)"),
                Change.of("c58", "adds an index on a descending expression")
                    .before(base("c58"))
                    .after(base("c58", (t) -> t.index(TableIndex.of("c58_ix_t_lower_name", false,
                            IndexColumn.column("id"), IndexColumn.expression("lower(name)").desc()))))
                    .expect("create index c58_ix_t_lower_name on c58_t (id, lower(name) DESC)")
                    .only(DatabaseKind.POSTGRESQL)
                    .alsoAsSql());
    }
}
