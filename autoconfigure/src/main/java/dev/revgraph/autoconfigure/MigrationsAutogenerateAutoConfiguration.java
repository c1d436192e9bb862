package dev.revgraph.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.revgraph.autogenerate.ModelSource;
import dev.revgraph.autogenerate.hibernate.HibernateModelSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.jpa.boot.spi.Bootstrap;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.hibernate.autoconfigure.HibernateProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.hibernate.autoconfigure.HibernateSettings;
import org.springframework.boot.jpa.autoconfigure.JpaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

/**
 * The entity model for {@code migrations check}, {@code migrations revision --autogenerate} and
 * {@code migrations.drift.on-startup}: in a JPA application on Hibernate, a {@link HibernateModelSource}
 * built from Boot's {@link PersistenceManagedTypes} and the JPA/Hibernate properties Boot resolves for the
 * {@code EntityManagerFactory} — without the {@code EntityManagerFactory}, which waits for the migrations
 * (and, in command mode, is never built). The {@link MigrationsAutoConfiguration} puts it on the command
 * context.
 */
@AutoConfiguration(after = MigrationsAutoConfiguration.class,
        afterName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
@ConditionalOnClass({ Bootstrap.class, PersistenceManagedTypes.class, HibernateProperties.class,
        JpaProperties.class })
@ConditionalOnBooleanProperty(name = "migrations.enabled", matchIfMissing = true)
public final class MigrationsAutogenerateAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(PersistenceManagedTypes.class)
    static class HibernateModelSourceConfiguration {

        @Bean
        @ConditionalOnMissingBean(ModelSource.class)
        HibernateModelSource migrationsModelSource(PersistenceManagedTypes managedTypes,
                ObjectProvider<JpaProperties> jpaProperties, ObjectProvider<HibernateProperties> hibernateProperties,
                ObjectProvider<PhysicalNamingStrategy> physicalNamingStrategy,
                ObjectProvider<ImplicitNamingStrategy> implicitNamingStrategy,
                ObjectProvider<HibernatePropertiesCustomizer> customizers, ResourceLoader resourceLoader) {
            JpaProperties jpa = jpaProperties.getIfAvailable(JpaProperties::new);
            ClassLoader classLoader = (resourceLoader.getClassLoader() != null) ? resourceLoader.getClassLoader()
                    : MigrationsAutogenerateAutoConfiguration.class.getClassLoader();
            return HibernateModelSource.builder()
                .managedClassNames(managedTypes.getManagedClassNames())
                .managedPackages(managedTypes.getManagedPackages())
                .mappingResources(mappingResources(jpa, classLoader))
                .properties(properties(jpa, hibernateProperties.getIfAvailable(HibernateProperties::new),
                        physicalNamingStrategy.getIfAvailable(), implicitNamingStrategy.getIfAvailable(),
                        customizers.orderedStream().toList()))
                .classLoader(classLoader)
                .build();
        }

        /**
         * The properties Boot's {@code HibernateJpaConfiguration} gives the {@code EntityManagerFactory}: the
         * naming strategy beans, then the customizers, applied by {@link HibernateProperties} to
         * {@code spring.jpa.properties.*}; then, where absent, what the {@link HibernateJpaVendorAdapter}
         * adds ({@code hibernate.dialect} from {@code spring.jpa.database-platform} or
         * {@code spring.jpa.database}). Schema generation is left out: the model never runs it.
         */
        private static Map<String, Object> properties(JpaProperties jpa, HibernateProperties hibernate,
                @Nullable PhysicalNamingStrategy physicalNamingStrategy,
                @Nullable ImplicitNamingStrategy implicitNamingStrategy, List<HibernatePropertiesCustomizer> customizers) {
            List<HibernatePropertiesCustomizer> all = new ArrayList<>();
            if (physicalNamingStrategy != null || implicitNamingStrategy != null) {
                all.add((properties) -> {
                    if (physicalNamingStrategy != null) {
                        properties.put("hibernate.physical_naming_strategy", physicalNamingStrategy);
                    }
                    if (implicitNamingStrategy != null) {
                        properties.put("hibernate.implicit_naming_strategy", implicitNamingStrategy);
                    }
                });
            }
            all.addAll(customizers);
            Map<String, Object> properties = new LinkedHashMap<>(hibernate.determineHibernateProperties(
                    jpa.getProperties(), new HibernateSettings().ddlAuto(() -> "none").hibernatePropertiesCustomizers(all)));
            HibernateJpaVendorAdapter adapter = new HibernateJpaVendorAdapter();
            if (jpa.getDatabase() != null) {
                adapter.setDatabase(jpa.getDatabase());
            }
            adapter.setDatabasePlatform(jpa.getDatabasePlatform());
            adapter.getJpaPropertyMap().forEach(properties::putIfAbsent);
            properties.remove("hibernate.hbm2ddl.auto");
            return properties;
        }

        /** {@code spring.jpa.mapping-resources}, else {@code META-INF/orm.xml} when there is one, as Spring does. */
        private static List<String> mappingResources(JpaProperties jpa, ClassLoader classLoader) {
            if (!jpa.getMappingResources().isEmpty()) {
                return jpa.getMappingResources();
            }
            return (classLoader.getResource("META-INF/orm.xml") != null) ? List.of("META-INF/orm.xml") : List.of();
        }

    }

}
