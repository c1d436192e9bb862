package dev.revgraph.autogenerate.hibernate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.revgraph.autogenerate.hibernate.shop.Archive;
import dev.revgraph.autogenerate.hibernate.shop.BankPayment;
import dev.revgraph.autogenerate.hibernate.shop.Car;
import dev.revgraph.autogenerate.hibernate.shop.CardPayment;
import dev.revgraph.autogenerate.hibernate.shop.Customer;
import dev.revgraph.autogenerate.hibernate.shop.Document;
import dev.revgraph.autogenerate.hibernate.shop.Invoice;
import dev.revgraph.autogenerate.hibernate.shop.OrderLine;
import dev.revgraph.autogenerate.hibernate.shop.Payment;
import dev.revgraph.autogenerate.hibernate.shop.Product;
import dev.revgraph.autogenerate.hibernate.shop.PurchaseOrder;
import dev.revgraph.autogenerate.hibernate.shop.Receipt;
import dev.revgraph.autogenerate.hibernate.shop.Specimen;
import dev.revgraph.autogenerate.hibernate.shop.Tag;
import dev.revgraph.autogenerate.hibernate.shop.Truck;
import dev.revgraph.autogenerate.hibernate.shop.Vehicle;
import dev.revgraph.testdb.DatabaseKind;
import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.hibernate.jpa.boot.spi.Bootstrap;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** The rich entity model of the tests ({@code shop}), and Hibernate creating it on a real database. */
final class ShopModel {

    /** Boot's default physical naming strategy (Hibernate's snake case). */
    static final Map<String, Object> BOOT_NAMING = Map.of("hibernate.physical_naming_strategy",
            "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl");

    /** Hibernate's own naming (the property names as they are), every name quoted. */
    static final Map<String, Object> QUOTED = Map.of("hibernate.globally_quoted_identifiers", "true");

    private ShopModel() {
    }

    /** Every entity; the one in a second schema only where a schema is not a database of its own. */
    static List<Class<?>> entities(DatabaseKind kind) {
        List<Class<?>> entities = new ArrayList<>(List.of(Customer.class, Specimen.class, Product.class, Tag.class,
                PurchaseOrder.class, OrderLine.class, Payment.class, CardPayment.class, BankPayment.class,
                Vehicle.class, Car.class, Truck.class, Document.class, Invoice.class, Receipt.class));
        if (kind != DatabaseKind.MARIADB) {
            entities.add(Archive.class);
        }
        return entities;
    }

    static HibernateModelSource source(DatabaseKind kind, Map<String, Object> properties) {
        return HibernateModelSource.builder()
            .managedClasses(entities(kind).toArray(Class[]::new))
            .properties(properties)
            .build();
    }

    /**
     * Lets Hibernate create the schema on {@code dataSource} as an application with
     * {@code spring.jpa.hibernate.ddl-auto=create} would: its JPA bootstrap, a full
     * {@code EntityManagerFactory} (so Bean Validation is applied by Hibernate's own integrator), schema
     * generation action {@code create}, failing on the first DDL error.
     */
    static void createWithHibernate(DatabaseKind kind, DataSource dataSource, Map<String, Object> properties) {
        List<String> classes = entities(kind).stream().map(Class::getName).toList();
        Map<String, Object> settings = new HashMap<>(properties);
        settings.put("jakarta.persistence.nonJtaDataSource", dataSource);
        settings.put("jakarta.persistence.schema-generation.database.action", "create");
        settings.put("hibernate.hbm2ddl.create_namespaces", "true");
        settings.put("hibernate.hbm2ddl.halt_on_error", "true");
        try (ValidatorFactory validation = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()) {
            settings.put("jakarta.persistence.validation.factory", validation);
            PersistenceUnit unit = new PersistenceUnit(classes, List.of(), ShopModel.class.getClassLoader());
            EntityManagerFactory factory = Bootstrap.getEntityManagerFactoryBuilder(unit, settings).build();
            factory.close();
        }
    }
}
