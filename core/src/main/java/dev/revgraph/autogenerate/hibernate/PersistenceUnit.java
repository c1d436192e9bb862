package dev.revgraph.autogenerate.hibernate;

import java.net.URL;
import java.util.List;
import java.util.Properties;

import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import org.hibernate.bytecode.enhance.spi.EnhancementContext;
import org.hibernate.bytecode.spi.ClassTransformer;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.hibernate.jpa.boot.spi.PersistenceUnitDescriptor;
import org.jspecify.annotations.Nullable;

/**
 * The persistence unit Spring's {@code DefaultPersistenceUnitManager} makes from Boot's managed types,
 * as Hibernate sees it: the managed class names with the managed packages merged in (what Spring's
 * {@code SpringHibernateJpaPersistenceProvider} hands Hibernate), the mapping files, no unlisted classes,
 * resource-local, validation mode {@code AUTO} — and no DataSource, since the model is built without
 * connecting.
 */
final class PersistenceUnit implements PersistenceUnitDescriptor {

    private final List<String> managedClassNamesAndPackages;

    private final List<String> mappingFileNames;

    private final ClassLoader classLoader;

    PersistenceUnit(List<String> managedClassNamesAndPackages, List<String> mappingFileNames, ClassLoader classLoader) {
        this.managedClassNamesAndPackages = List.copyOf(managedClassNamesAndPackages);
        this.mappingFileNames = List.copyOf(mappingFileNames);
        this.classLoader = classLoader;
    }

    @Override
    public @Nullable URL getPersistenceUnitRootUrl() {
        return null;
    }

    @Override
    public String getName() {
        return "default";
    }

    @Override
    public String getProviderClassName() {
        return HibernatePersistenceProvider.class.getName();
    }

    @Override
    public boolean isUseQuotedIdentifiers() {
        return false;
    }

    @Override
    public boolean isExcludeUnlistedClasses() {
        return true;
    }

    @Override
    public PersistenceUnitTransactionType getPersistenceUnitTransactionType() {
        return PersistenceUnitTransactionType.RESOURCE_LOCAL;
    }

    @Override
    @SuppressWarnings("removal")
    @Deprecated(since = "7", forRemoval = true)
    public jakarta.persistence.spi.PersistenceUnitTransactionType getTransactionType() {
        return jakarta.persistence.spi.PersistenceUnitTransactionType.RESOURCE_LOCAL;
    }

    @Override
    public ValidationMode getValidationMode() {
        return ValidationMode.AUTO;
    }

    @Override
    public SharedCacheMode getSharedCacheMode() {
        return SharedCacheMode.UNSPECIFIED;
    }

    @Override
    public List<String> getManagedClassNames() {
        return this.managedClassNamesAndPackages;
    }

    @Override
    public List<String> getMappingFileNames() {
        return this.mappingFileNames;
    }

    @Override
    public List<URL> getJarFileUrls() {
        return List.of();
    }

    @Override
    public @Nullable Object getNonJtaDataSource() {
        return null;
    }

    @Override
    public @Nullable Object getJtaDataSource() {
        return null;
    }

    @Override
    public Properties getProperties() {
        return new Properties();
    }

    @Override
    public ClassLoader getClassLoader() {
        return this.classLoader;
    }

    @Override
    public ClassLoader getTempClassLoader() {
        return this.classLoader;
    }

    @Override
    public void pushClassTransformer(EnhancementContext enhancementContext) {
        // The model is read, never loaded into a running persistence unit: no bytecode enhancement
    }

    @Override
    public @Nullable ClassTransformer getClassTransformer() {
        return null;
    }
}
