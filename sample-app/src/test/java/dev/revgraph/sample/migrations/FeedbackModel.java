package dev.revgraph.sample.migrations;

import java.util.List;
import java.util.Map;

import dev.revgraph.autogenerate.ModelSource;
import dev.revgraph.autogenerate.RenameHints;
import dev.revgraph.autogenerate.hibernate.HibernateModelSource;
import dev.revgraph.dialect.Dialect;
import dev.revgraph.sample.FeedbackApplication;
import dev.revgraph.schema.Schema;

import org.springframework.boot.hibernate.autoconfigure.HibernateProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernateSettings;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypesScanner;

/**
 * The sample's entity model, for the test kit's model check: the entities Spring Boot finds under the
 * application's package, with the naming strategies Boot gives Hibernate by default — what the
 * application's {@code EntityManagerFactory} (and {@code migrations check}) is built from, without
 * starting the application.
 */
public final class FeedbackModel implements ModelSource {

    private final HibernateModelSource model;

    public FeedbackModel() {
        PersistenceManagedTypes types = new PersistenceManagedTypesScanner(new DefaultResourceLoader())
            .scan(FeedbackApplication.class.getPackageName());
        Map<String, Object> properties = new HibernateProperties().determineHibernateProperties(Map.of(),
                new HibernateSettings().ddlAuto(() -> "none"));
        properties.remove("hibernate.hbm2ddl.auto");
        this.model = HibernateModelSource.builder()
            .managedClassNames(types.getManagedClassNames())
            .managedPackages(types.getManagedPackages())
            .properties(properties)
            .build();
    }

    @Override
    public Schema model(Dialect dialect) {
        return this.model.model(dialect);
    }

    @Override
    public List<String> entities() {
        return this.model.entities();
    }

    @Override
    public RenameHints renameHints() {
        return this.model.renameHints();
    }
}
