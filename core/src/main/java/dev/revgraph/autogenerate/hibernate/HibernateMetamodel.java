package dev.revgraph.autogenerate.hibernate;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.revgraph.autogenerate.RenameHints;
import dev.revgraph.schema.Schema;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.jpa.boot.spi.Bootstrap;
import org.hibernate.jpa.boot.spi.EntityManagerFactoryBuilder;
import org.hibernate.mapping.PersistentClass;
import org.jspecify.annotations.Nullable;

/**
 * Hibernate's boot metamodel of one persistence unit for one database, built as the application's
 * {@code EntityManagerFactory} would build it — through Hibernate's JPA bootstrap, the same
 * {@code EntityManagerFactoryBuilder} Spring's {@code LocalContainerEntityManagerFactoryBean} uses — but
 * stopped after the metadata: no {@code EntityManagerFactory}, no connection. Bean Validation is folded in
 * as the {@code SessionFactory} would fold it in. Close it to release Hibernate's services.
 *
 * <pre>{@code
 * try (HibernateMetamodel metamodel = source.metamodel(dialect)) {
 *     Metadata metadata = metamodel.metadata();   // Hibernate's own, e.g. for SchemaExport
 *     Schema schema = metamodel.schema();         // RevGraph's neutral model of it
 * }
 * }</pre>
 */
public final class HibernateMetamodel implements AutoCloseable {

    private final EntityManagerFactoryBuilder builder;

    private final MetadataImplementor metadata;

    private final dev.revgraph.dialect.Dialect dialect;

    private HibernateMetamodel(EntityManagerFactoryBuilder builder, MetadataImplementor metadata,
            dev.revgraph.dialect.Dialect dialect) {
        this.builder = builder;
        this.metadata = metadata;
        this.dialect = dialect;
    }

    static HibernateMetamodel build(PersistenceUnit unit, Map<String, Object> settings,
            dev.revgraph.dialect.Dialect dialect, ClassLoader classLoader) {
        EntityManagerFactoryBuilder builder = Bootstrap.getEntityManagerFactoryBuilder(unit, settings);
        try {
            MetadataImplementor metadata = builder.metadata();
            // What the SessionFactory does before its schema tooling creates anything, in its order: the
            // integrators (Bean Validation), then columns, primary keys and foreign keys put in the
            // ColumnOrderingStrategy's order (done only when a schema action is configured, so forced
            // here). Not the other way round: ordering computes and caches the columns' types.
            if (isBeanValidationPresent(classLoader)) {
                BeanValidationDdl.apply(metadata, metadata.getDatabase().getDialect());
            }
            metadata.orderColumns(true);
            return new HibernateMetamodel(builder, metadata, dialect);
        }
        catch (RuntimeException ex) {
            cancel(builder);
            throw ex;
        }
    }

    private static boolean isBeanValidationPresent(ClassLoader classLoader) {
        try {
            Class.forName("jakarta.validation.Validation", false, classLoader);
            Class.forName("jakarta.validation.Validation", false, HibernateMetamodel.class.getClassLoader());
            return true;
        }
        catch (ClassNotFoundException | LinkageError ex) {
            return false;
        }
    }

    /** Hibernate's metadata, Bean Validation applied. */
    public MetadataImplementor metadata() {
        return this.metadata;
    }

    /** The Hibernate dialect chosen for the database, as the application's would be. */
    public Dialect hibernateDialect() {
        return this.metadata.getDatabase().getDialect();
    }

    /** The RevGraph dialect this metamodel was built for. */
    public dev.revgraph.dialect.Dialect dialect() {
        return this.dialect;
    }

    /** Hibernate's settings, as it resolved them. */
    public Map<String, Object> settings() {
        return this.metadata.getMetadataBuildingOptions()
            .getServiceRegistry()
            .requireService(ConfigurationService.class)
            .getSettings();
    }

    /** The metamodel as RevGraph's neutral schema: what Hibernate's schema creation would create. */
    public Schema schema() {
        Object defaultSchema = settings().get("hibernate.default_schema");
        String schemaName = (defaultSchema != null && !defaultSchema.toString().isBlank()) ? defaultSchema.toString()
                : null;
        return new MetadataSchemaConverter(this.metadata, hibernateDialect(), this.dialect, schemaName).convert();
    }

    /** The entities, by name, sorted. */
    public List<String> entities() {
        return this.metadata.getEntityBindings()
            .stream()
            .map(PersistentClass::getEntityName)
            .filter(Objects::nonNull)
            .sorted()
            .toList();
    }

    /** The renames {@link dev.revgraph.RenamedFrom} declares on the entities. */
    public RenameHints renameHints() {
        return RenameHintsReader.read(this.metadata);
    }

    @Override
    public void close() {
        cancel(this.builder);
        StandardServiceRegistry registry = (StandardServiceRegistry) this.metadata.getMetadataBuildingOptions()
            .getServiceRegistry();
        StandardServiceRegistryBuilder.destroy(registry);
    }

    private static void cancel(@Nullable EntityManagerFactoryBuilder builder) {
        if (builder != null) {
            builder.cancel();
        }
    }
}
