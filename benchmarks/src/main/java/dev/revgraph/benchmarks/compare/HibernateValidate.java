package dev.revgraph.benchmarks.compare;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

import dev.revgraph.autogenerate.hibernate.HibernateMetamodel;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * Hibernate's {@code hibernate.hbm2ddl.auto=validate}: what the {@code SessionFactory} runs at start-up
 * ({@code SchemaManagementToolCoordinator.process}), on the same boot metadata RevGraph's model is made
 * from, against the live database through {@code jakarta.persistence.schema-generation-connection}.
 * Hibernate's validator reads the schema's tables and columns (grouped, one {@code DatabaseMetaData}
 * call each for the schema by default) and checks each mapped column's presence and type family; it does
 * not look at indexes, foreign keys or unique constraints. Throws when the database does not validate.
 */
final class HibernateValidate {

    private final HibernateMetamodel metamodel;

    HibernateValidate(HibernateMetamodel metamodel) {
        this.metamodel = metamodel;
    }

    void validate(Connection connection) {
        Map<String, Object> settings = new HashMap<>(this.metamodel.settings());
        settings.put(AvailableSettings.HBM2DDL_AUTO, "validate");
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_CONNECTION, connection);
        ServiceRegistry registry = this.metamodel.metadata().getMetadataBuildingOptions().getServiceRegistry();
        SchemaManagementToolCoordinator.process(this.metamodel.metadata(), registry, settings, (action) -> {
        });
    }
}
