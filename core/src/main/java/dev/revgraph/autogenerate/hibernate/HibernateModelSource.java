package dev.revgraph.autogenerate.hibernate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import dev.revgraph.autogenerate.ModelSource;
import dev.revgraph.autogenerate.RenameHints;
import dev.revgraph.dialect.Dialect;
import dev.revgraph.schema.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The entity model as Hibernate 7 creates it on a given database: a {@link ModelSource} over Hibernate's
 * boot metamodel.
 *
 * <p>It is built from what the application's {@code EntityManagerFactory} is built from — the managed
 * class names, packages and mapping files (Spring Boot's {@code PersistenceManagedTypes}) and the
 * JPA/Hibernate properties (in a Boot application, what {@code spring.jpa.*} resolves to: naming
 * strategies, {@code hibernate.globally_quoted_identifiers}, {@code hibernate.default_schema}...) — through
 * Hibernate's own JPA bootstrap, stopped before the {@code EntityManagerFactory}: nothing connects to
 * the database, so it works before the database is migrated. The Hibernate dialect is the one Hibernate
 * resolves for the database and version {@code model(dialect)} is asked for (or the one
 * {@code hibernate.dialect} names, built for that version). Bean Validation is folded in as Hibernate does.
 *
 * <pre>{@code
 * HibernateModelSource model = HibernateModelSource.builder()
 *         .managedClassNames(List.of("com.example.Order", "com.example.Customer"))
 *         .properties(Map.of("hibernate.physical_naming_strategy",
 *                 "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl"))
 *         .build();
 * Schema schema = model.model(Dialects.of(connection));
 * }</pre>
 *
 * Models are cached per database and version; {@link #entities()} and {@link #renameHints()} describe the
 * last model built.
 */
public final class HibernateModelSource implements ModelSource {

    private final List<String> managedClassNames;

    private final List<String> managedPackages;

    private final List<String> mappingResources;

    private final Map<String, Object> properties;

    private final ClassLoader classLoader;

    private final Map<String, Model> models = new ConcurrentHashMap<>();

    private volatile @Nullable Model last;

    private HibernateModelSource(Builder builder) {
        this.managedClassNames = List.copyOf(builder.managedClassNames);
        this.managedPackages = List.copyOf(builder.managedPackages);
        this.mappingResources = List.copyOf(builder.mappingResources);
        this.properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(builder.properties));
        this.classLoader = (builder.classLoader != null) ? builder.classLoader : defaultClassLoader();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Schema model(Dialect dialect) {
        Model model = this.models.computeIfAbsent(key(dialect), (key) -> build(dialect));
        this.last = model;
        return model.schema();
    }

    @Override
    public List<String> entities() {
        Model model = this.last;
        return (model != null) ? model.entities() : List.of();
    }

    @Override
    public RenameHints renameHints() {
        Model model = this.last;
        return (model != null) ? model.renameHints() : RenameHints.none();
    }

    /**
     * Builds Hibernate's metamodel for the database {@code dialect} speaks to, uncached; the caller closes
     * it. What {@link #model(Dialect)} converts, for tools (and tests) that need Hibernate's own
     * {@code Metadata}.
     */
    public HibernateMetamodel metamodel(Dialect dialect) {
        Objects.requireNonNull(dialect, "dialect");
        List<String> classesAndPackages = new ArrayList<>(this.managedClassNames);
        classesAndPackages.addAll(this.managedPackages);
        PersistenceUnit unit = new PersistenceUnit(classesAndPackages, this.mappingResources, this.classLoader);
        return HibernateMetamodel.build(unit, HibernateDatabaseSettings.forDialect(this.properties, dialect), dialect,
                this.classLoader);
    }

    /** The managed class names. */
    public List<String> managedClassNames() {
        return this.managedClassNames;
    }

    /** The JPA/Hibernate properties, before the database's are added. */
    public Map<String, Object> properties() {
        return this.properties;
    }

    private Model build(Dialect dialect) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(this.classLoader);
        try (HibernateMetamodel metamodel = metamodel(dialect)) {
            return new Model(metamodel.schema(), metamodel.entities(), metamodel.renameHints());
        }
        finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static String key(Dialect dialect) {
        return dialect.id().id() + ":" + dialect.version();
    }

    private static ClassLoader defaultClassLoader() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return (loader != null) ? loader : HibernateModelSource.class.getClassLoader();
    }

    @Override
    public String toString() {
        return "HibernateModelSource[" + this.managedClassNames.size() + " classes, " + this.managedPackages.size()
                + " packages, " + this.mappingResources.size() + " mapping resources]";
    }

    private record Model(Schema schema, List<String> entities, RenameHints renameHints) {
    }

    /** Builds a {@link HibernateModelSource}. */
    public static final class Builder {

        private final List<String> managedClassNames = new ArrayList<>();

        private final List<String> managedPackages = new ArrayList<>();

        private final List<String> mappingResources = new ArrayList<>();

        private final Map<String, Object> properties = new LinkedHashMap<>();

        private @Nullable ClassLoader classLoader;

        private Builder() {
        }

        /** Adds entity, embeddable, mapped superclass and converter classes by name. */
        public Builder managedClassNames(List<String> classNames) {
            this.managedClassNames.addAll(classNames);
            return this;
        }

        /** Adds entity (and other managed) classes. */
        public Builder managedClasses(Class<?>... classes) {
            Arrays.stream(classes).map(Class::getName).forEach(this.managedClassNames::add);
            return this;
        }

        /** Adds packages whose {@code package-info} carries mapping annotations (generators, filters...). */
        public Builder managedPackages(List<String> packages) {
            this.managedPackages.addAll(packages);
            return this;
        }

        /** Adds XML mapping files ({@code META-INF/orm.xml}) by class path resource name. */
        public Builder mappingResources(List<String> resources) {
            this.mappingResources.addAll(resources);
            return this;
        }

        /** Adds JPA and Hibernate properties, as the {@code EntityManagerFactory} would receive them. */
        public Builder properties(Map<String, ?> properties) {
            properties.forEach((key, value) -> {
                if (value != null) {
                    this.properties.put(key, value);
                }
            });
            return this;
        }

        /** Adds one property. */
        public Builder property(String key, Object value) {
            this.properties.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** The class loader the managed classes are loaded with; the thread's context class loader by default. */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        public HibernateModelSource build() {
            return new HibernateModelSource(this);
        }
    }
}
