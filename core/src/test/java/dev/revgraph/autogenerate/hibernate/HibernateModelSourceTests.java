package dev.revgraph.autogenerate.hibernate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.revgraph.autogenerate.RenameHints;
import dev.revgraph.dialect.DatabaseId;
import dev.revgraph.dialect.Dialect;
import dev.revgraph.dialect.Dialects;
import dev.revgraph.dialect.ServerVersion;
import dev.revgraph.operation.ColumnType.Kind;
import dev.revgraph.operation.ForeignKeyAction;
import dev.revgraph.schema.Identity;
import dev.revgraph.schema.Schema;
import dev.revgraph.schema.Sequence;
import dev.revgraph.schema.Table;
import dev.revgraph.schema.TableCheckConstraint;
import dev.revgraph.schema.TableColumn;
import dev.revgraph.schema.TableForeignKey;
import dev.revgraph.testdb.DatabaseKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link HibernateModelSource} reads from the shop's entities, without any database: every dialect
 * here is made from a product and version only, and nothing connects.
 */
class HibernateModelSourceTests {

    private static final Dialect POSTGRES = Dialects.of(DatabaseId.POSTGRESQL, ServerVersion.of(15, 4));

    private static final Dialect MARIADB = Dialects.of(DatabaseId.MARIADB, ServerVersion.of(10, 11, 6));

    private static final Dialect H2 = Dialects.of(DatabaseId.H2, ServerVersion.of(2, 4, 240));

    private final HibernateModelSource source = ShopModel.source(DatabaseKind.POSTGRESQL, ShopModel.BOOT_NAMING);

    @Test
    void buildsTheModelWithoutAConnectionEvenWhenTheSettingsNameADatabase() {
        Map<String, Object> properties = new HashMap<>(ShopModel.BOOT_NAMING);
        properties.put("jakarta.persistence.jdbc.url", "jdbc:postgresql://192.0.2.1:1/nowhere");
        properties.put("hibernate.connection.url", "jdbc:postgresql://192.0.2.1:1/nowhere");
        properties.put("hibernate.connection.username", "nobody");
        Schema model = ShopModel.source(DatabaseKind.POSTGRESQL, properties).model(POSTGRES);
        assertThat(model.tableNames()).contains("customer", "orders", "order_line", "specimen");
    }

    @Test
    void reportsTheEntitiesItWasBuiltFrom() {
        assertThat(this.source.entities()).isEmpty();
        this.source.model(POSTGRES);
        assertThat(this.source.entities()).hasSize(16)
            .contains("dev.revgraph.autogenerate.hibernate.shop.Customer",
                    "dev.revgraph.autogenerate.hibernate.shop.Truck")
            .isSorted();
    }

    @Test
    void namesTablesAndColumnsWithTheConfiguredPhysicalNamingStrategy() {
        Table customer = table(this.source.model(POSTGRES), "customer");
        assertThat(customer.columnNames()).contains("display_name", "credit_limit", "home_city", "created_at");
        Table quoted = table(ShopModel.source(DatabaseKind.POSTGRESQL, ShopModel.QUOTED).model(POSTGRES), "Specimen");
        assertThat(quoted.columnNames()).contains("intValue", "shortText");
    }

    @Test
    void foldsBeanValidationInAsHibernateDoes() {
        Table customer = table(this.source.model(POSTGRES), "customer");
        TableColumn displayName = column(customer, "display_name");
        assertThat(displayName.type().length()).isEqualTo(80);
        assertThat(displayName.nullable()).isFalse();
        // Hibernate Validator hands @Min and @Max over in no fixed order, and Hibernate joins them in that order
        assertThat(customer.checkConstraints()).extracting(TableCheckConstraint::expression)
            .containsAnyOf("(score<=100) and (score>=0)", "(score>=0) and (score<=100)");
        // Hibernate cascades into an embeddable only when it is @Valid: the street keeps its defaults
        TableColumn street = column(customer, "street");
        assertThat(street.nullable()).isTrue();
        assertThat(street.type().length()).isEqualTo(255);
        assertThat(column(table(this.source.model(POSTGRES), "vehicle"), "payload").nullable())
            .as("@NotNull on a single-table subclass leaves the shared column nullable")
            .isTrue();
    }

    @Test
    void leavesBeanValidationOutWhenTheValidationModeIsNone() {
        Map<String, Object> properties = new HashMap<>(ShopModel.BOOT_NAMING);
        properties.put("jakarta.persistence.validation.mode", "NONE");
        TableColumn displayName = column(table(ShopModel.source(DatabaseKind.POSTGRESQL, properties).model(POSTGRES),
                "customer"), "display_name");
        assertThat(displayName.type().length()).isEqualTo(255);
        assertThat(displayName.nullable()).isTrue();
    }

    @Test
    void writesTheEnumAndDiscriminatorChecksHibernateAddsForTheDialect() {
        Table customer = table(this.source.model(POSTGRES), "customer");
        assertThat(customer.checkConstraints()).extracting(TableCheckConstraint::expression)
            .contains("(status in ('PROSPECT','ACTIVE','SUSPENDED'))", "(tier between 0 and 3)");
        assertThat(table(this.source.model(POSTGRES), "vehicle").checkConstraints())
            .extracting(TableCheckConstraint::expression)
            .containsExactly("(kind in ('Vehicle','Car','TRUCK'))");
        Table onMariaDb = table(this.source.model(MARIADB), "customer");
        assertThat(column(onMariaDb, "status").type().nativeType()).isEqualTo("enum ('ACTIVE','PROSPECT','SUSPENDED')");
        assertThat(onMariaDb.checkConstraints()).extracting(TableCheckConstraint::expression)
            .doesNotContain("(status in ('PROSPECT','ACTIVE','SUSPENDED'))")
            .contains("(tier between 0 and 3)");
    }

    @Test
    void keepsNamedChecksWithTheirNames() {
        assertThat(table(this.source.model(POSTGRES), "customer").checkConstraints())
            .contains(TableCheckConstraint.of("ck_customer_credit", "credit_limit >= 0"));
    }

    @Test
    void writesIdentityAsTheDialectDoes() {
        assertThat(column(table(this.source.model(POSTGRES), "customer"), "id").identity())
            .isEqualTo(Identity.BY_DEFAULT);
        assertThat(column(table(this.source.model(H2), "customer"), "id").identity()).isEqualTo(Identity.BY_DEFAULT);
        assertThat(column(table(this.source.model(MARIADB), "customer"), "id").identity())
            .isEqualTo(Identity.AUTO_INCREMENT);
        TableColumn tagId = column(table(this.source.model(POSTGRES), "tag"), "id");
        assertThat(tagId.identity()).isEqualTo(Identity.NONE);
        assertThat(tagId.nullable()).isFalse();
    }

    @Test
    void listsTheSequencesOfSequenceGeneratorsWithTheirAllocationSize() {
        assertThat(this.source.model(POSTGRES).sequences()).extracting(Sequence::name, Sequence::increment)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("archive_id_seq", 20L),
                    org.assertj.core.groups.Tuple.tuple("document_seq", 50L),
                    org.assertj.core.groups.Tuple.tuple("product_id_seq", 10L),
                    org.assertj.core.groups.Tuple.tuple("tag_seq", 50L),
                    org.assertj.core.groups.Tuple.tuple("vehicle_seq", 50L));
    }

    @Test
    void readsTypesAsTheDialectWritesThem() {
        Table specimen = table(this.source.model(POSTGRES), "specimen");
        assertThat(column(specimen, "offset_stamp").type().family()).isEqualTo(Kind.TIMESTAMP_TZ);
        assertThat(column(specimen, "ratio").type().family()).isEqualTo(Kind.DOUBLE);
        assertThat(column(specimen, "amount").type().precision()).isEqualTo(10);
        assertThat(column(specimen, "amount").type().scale()).isEqualTo(2);
        assertThat(column(specimen, "payload").type().nativeType()).isEqualTo("jsonb");
        assertThat(column(specimen, "code").type().family()).isEqualTo(Kind.CHAR);
        assertThat(column(table(this.source.model(H2), "specimen"), "payload").type().nativeType()).isEqualTo("json");
    }

    @Test
    void readsDefaultsAndComments() {
        Table customer = table(this.source.model(POSTGRES), "customer");
        assertThat(customer.comment()).isEqualTo("People who buy things");
        assertThat(column(customer, "score").comment()).isEqualTo("Loyalty score, 0 to 100");
        assertThat(column(customer, "status").defaultExpression()).isEqualTo("'PROSPECT'");
        assertThat(column(customer, "newsletter").defaultExpression()).isEqualTo("true");
    }

    @Test
    void readsForeignKeysWithTheirActionsAndHibernatesNames() {
        Table orders = table(this.source.model(POSTGRES), "orders");
        assertThat(orders.foreignKeys()).extracting(TableForeignKey::columns, TableForeignKey::onDelete)
            .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(List.of("customer_id"), ForeignKeyAction.CASCADE),
                    org.assertj.core.groups.Tuple.tuple(List.of("billing_customer_id"), ForeignKeyAction.NO_ACTION));
        assertThat(orders.foreignKeys()).allSatisfy((foreignKey) -> assertThat(foreignKey.name()).startsWith("FK"));
        TableForeignKey bank = table(this.source.model(POSTGRES), "bank_payment").foreignKeys().get(0);
        assertThat(bank.referencedTable()).isEqualTo("payment");
        assertThat(bank.referencedColumns()).containsExactly("id");
    }

    @Test
    void readsUniqueConstraintsIndexesAndJoinTables() {
        Schema model = this.source.model(POSTGRES);
        Table product = table(model, "product");
        assertThat(product.uniqueConstraints()).extracting((unique) -> unique.columns())
            .containsExactlyInAnyOrder(List.of("sku"), List.of("code", "region"), List.of("slug"));
        assertThat(product.indexes()).extracting((index) -> index.name() + " " + index.columns())
            .containsExactly("ix_product_name [name]", "ix_product_region_price [region, price DESC]");
        assertThat(table(model, "customer").uniqueConstraints()).extracting((unique) -> unique.columns())
            .containsExactly(List.of("email"));
        Table orderTags = table(model, "order_tags");
        assertThat(orderTags.primaryKey().columns()).containsExactlyInAnyOrder("order_id", "tag_id");
        assertThat(orderTags.foreignKeys()).hasSize(2);
        assertThat(table(model, "customer_profile").columnNames()).containsExactlyInAnyOrder("id", "biography");
        assertThat(model.tableNames()).doesNotContain("document").contains("invoice", "receipt");
    }

    @Test
    void givesSequencesOfOtherSchemasTheirSchema() {
        Schema model = this.source.model(POSTGRES);
        assertThat(model.sequence("archive_id_seq")).hasValueSatisfying(
                (sequence) -> assertThat(sequence.schema()).isEqualTo("shop_archive"));
        assertThat(model.sequence("product_id_seq")).hasValueSatisfying(
                (sequence) -> assertThat(sequence.schema()).isNull());
    }

    @Test
    void givesTablesOfOtherSchemasTheirSchema() {
        Schema model = this.source.model(POSTGRES);
        assertThat(table(model, "archived_order").schema()).isEqualTo("shop_archive");
        assertThat(table(model, "customer").schema()).isNull();
        Map<String, Object> properties = new HashMap<>(ShopModel.BOOT_NAMING);
        properties.put("hibernate.default_schema", "shop");
        Schema inShop = ShopModel.source(DatabaseKind.POSTGRESQL, properties).model(POSTGRES);
        assertThat(inShop.name()).isEqualTo("shop");
        assertThat(table(inShop, "customer").schema()).isEqualTo("shop");
        assertThat(table(inShop, "archived_order").schema()).isEqualTo("shop_archive");
    }

    @Test
    void readsRenamedFromIntoRenameHints() {
        assertThat(this.source.renameHints()).isEqualTo(RenameHints.none());
        this.source.model(POSTGRES);
        RenameHints hints = this.source.renameHints();
        assertThat(hints.oldTableNames("customer")).containsExactly("client");
        assertThat(hints.oldColumnNames("customer", "display_name")).containsExactlyInAnyOrder("full_name", "fullname");
    }

    @Test
    void cachesTheModelPerDatabaseAndVersion() {
        Schema first = this.source.model(POSTGRES);
        assertThat(this.source.model(Dialects.of(DatabaseId.POSTGRESQL, ServerVersion.of(15, 4)))).isSameAs(first);
        assertThat(this.source.model(Dialects.of(DatabaseId.POSTGRESQL, ServerVersion.of(16, 0)))).isNotSameAs(first);
    }

    @Test
    void exposesHibernatesMetadataForTools() {
        try (HibernateMetamodel metamodel = this.source.metamodel(POSTGRES)) {
            assertThat(metamodel.hibernateDialect()).isInstanceOf(org.hibernate.dialect.PostgreSQLDialect.class);
            assertThat(metamodel.hibernateDialect().getVersion().getMajor()).isEqualTo(15);
            assertThat(metamodel.metadata().getEntityBindings()).hasSize(16);
        }
        try (HibernateMetamodel metamodel = this.source.metamodel(MARIADB)) {
            assertThat(metamodel.hibernateDialect()).isInstanceOf(org.hibernate.dialect.MariaDBDialect.class);
        }
    }

    private static Table table(Schema schema, String name) {
        return schema.table(name).orElseThrow(() -> new AssertionError("No table " + name + " in " + schema.tableNames()));
    }

    private static TableColumn column(Table table, String name) {
        return table.column(name)
            .orElseThrow(() -> new AssertionError("No column " + name + " in " + table.name() + table.columnNames()));
    }
}
