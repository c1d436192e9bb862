package dev.revgraph.diff;

import java.util.List;

import dev.revgraph.dialect.DatabaseId;
import dev.revgraph.dialect.Dialect;
import dev.revgraph.dialect.Dialects;
import dev.revgraph.dialect.ServerVersion;
import dev.revgraph.schema.Schema;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the comparison looks at, and how it reports what it finds, without a database. */
class SchemaComparatorTests {

    private final Dialect dialect = Dialects.of(DatabaseId.POSTGRESQL, ServerVersion.of(15, 0));

    private Schema schema(ModelBuilder... tables) {
        return ModelBuilder.schema(dialect, tables);
    }

    private List<String> compare(Schema model, Schema database, CompareOptions options) {
        return SchemaComparator.compare(dialect, model, database, options).stream().map(Difference::describe).toList();
    }

    @Test
    void reportsTablesOnOneSideOnly() {
        assertThat(compare(schema(ModelBuilder.table("a").column("id", "bigint")),
                schema(ModelBuilder.table("b").column("id", "bigint")), CompareOptions.defaults()))
            .containsExactly("table a is in the model but not in the database",
                    "table b is in the database but not in the model");
    }

    @Test
    void leavesOutTablesByGlobOnBothSidesAndIgnoresRevGraphsOwnTables() {
        Schema model = schema(ModelBuilder.table("orders").column("id", "bigint"));
        Schema database = schema(ModelBuilder.table("tmp_import").column("id", "bigint"),
                ModelBuilder.table("revgraph_version").column("version_num", "varchar(32)"),
                ModelBuilder.table("flyway_schema_history").column("id", "integer"));
        assertThat(compare(model, database, CompareOptions.defaults().excludeTables("tmp_*", "orders")
            .ignoringTables("revgraph_version"))).isEmpty();
        assertThat(compare(model, database, CompareOptions.defaults().includeTables("ord*")
            .ignoringTables("revgraph_version"))).containsExactly("table orders is in the model but not in the database");
    }

    @Test
    void asksTheFilterAboutEveryObject() {
        Schema model = schema(ModelBuilder.table("orders").column("id", "bigint").column("note", "varchar(10)"));
        Schema database = schema(ModelBuilder.table("orders").column("id", "bigint").column("legacy", "varchar(10)"));
        AutogenerateFilter keepLegacy = (kind, name, modelObject, databaseObject) ->
                !(kind == ObjectKind.COLUMN && name.equals("orders.legacy") && modelObject == null);
        assertThat(compare(model, database, CompareOptions.defaults().filter(keepLegacy)))
            .containsExactly("column orders.note is in the model but not in the database (varchar(10))");
    }

    @Test
    void comparesTypesAndDefaultsOnlyWhenAsked() {
        Schema model = schema(ModelBuilder.table("t").column("a", "varchar(20)").defaultsTo("'x'"));
        Schema database = schema(ModelBuilder.table("t").column("a", "varchar(10)").defaultsTo("'y'"));
        assertThat(compare(model, database, CompareOptions.defaults())).hasSize(2);
        assertThat(compare(model, database, CompareOptions.defaults().compareTypes(false).compareDefaults(false)))
            .isEmpty();
    }

    @Test
    void matchesUniqueConstraintsAndIndexesByColumnsNotByName() {
        Schema model = schema(ModelBuilder.table("t").column("a", "integer").column("b", "integer")
            .unique("UKhash", "a").index("IDXhash", "b", "a"));
        Schema database = schema(ModelBuilder.table("t").column("a", "integer").column("b", "integer")
            .uniqueIndex("t_a_key", "a").index("ix_t_b_a", "b", "a"));
        assertThat(compare(model, database, CompareOptions.defaults())).isEmpty();
        Schema reordered = schema(ModelBuilder.table("t").column("a", "integer").column("b", "integer")
            .unique("t_a_key", "a").index("IDXhash", "a", "b"));
        assertThat(compare(model, reordered, CompareOptions.defaults())).containsExactly(
                "index t.IDXhash is in the database but not in the model ([a, b])",
                "index t.IDXhash is in the model but not in the database ([b, a])");
    }

    @Test
    void reportsChangedForeignKeyActionsWithTheRuleThatComparedThem() {
        Schema model = schema(ModelBuilder.table("p").column("id", "bigint").primaryKey("id"),
                ModelBuilder.table("c").column("p_id", "bigint").foreignKey("FK1", "p_id", "p", "id",
                        dev.revgraph.operation.ForeignKeyAction.CASCADE));
        Schema database = schema(ModelBuilder.table("p").column("id", "bigint").primaryKey("id"),
                ModelBuilder.table("c").column("p_id", "bigint").foreignKey("c_p_id_fkey", "p_id", "p", "id"));
        assertThat(compare(model, database, CompareOptions.defaults())).containsExactly("foreign key c.c_p_id_fkey: "
                + "actions ON DELETE CASCADE ON UPDATE NO ACTION in the model, ON DELETE NO ACTION ON UPDATE NO ACTION "
                + "in the database [postgresql.foreign-key-actions]");
    }
}
