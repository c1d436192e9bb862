package dev.revgraph.autogenerate.hibernate;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.hibernate.boot.beanvalidation.BeanValidationIntegrator;
import org.hibernate.boot.beanvalidation.ValidationMode;
import org.hibernate.boot.internal.ClassLoaderAccessImpl;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.boot.spi.ClassLoaderAccess;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.service.ServiceRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Folds Bean Validation into the boot metamodel exactly as Hibernate does when it builds a
 * {@code SessionFactory}: {@code @NotNull}/{@code @NotEmpty}/{@code @NotBlank} make columns not null,
 * {@code @Size(max)} and {@code @Length(max)} set lengths, {@code @Digits} precision and scale, and
 * {@code @Min}/{@code @Max} add check constraints.
 *
 * <p>Hibernate does this in its {@code BeanValidationIntegrator}, which only runs while a
 * {@code SessionFactory} is built; the work itself is the public
 * {@code TypeSafeActivator.applyRelationalConstraints(ValidatorFactory, Collection<PersistentClass>, Map,
 * Dialect, ClassLoaderAccess)} of a package-private class (the entry point Hibernate's own tools call).
 * This calls that method, so the rules stay Hibernate's own, under Hibernate's own conditions: the
 * validation mode ({@code jakarta.persistence.validation.mode}: {@code AUTO}, the default, or {@code DDL};
 * {@code AUTO} without a Bean Validation provider does nothing), {@code hibernate.validator.apply_to_ddl}
 * (default true), the DDL validation groups, and the {@code ValidatorFactory} given in
 * {@code jakarta.persistence.validation.factory}, else a default one.
 */
final class BeanValidationDdl {

    private static final Logger logger = LoggerFactory.getLogger(BeanValidationDdl.class);

    private static final String ACTIVATOR = "org.hibernate.boot.beanvalidation.TypeSafeActivator";

    private static final String VALIDATION_FACTORY = "jakarta.persistence.validation.factory";

    private static final String LEGACY_VALIDATION_FACTORY = "javax.persistence.validation.factory";

    private BeanValidationDdl() {
    }

    /** Applies the relational constraints of the entities' Bean Validation annotations to {@code metadata}. */
    static void apply(MetadataImplementor metadata, Dialect dialect) {
        ServiceRegistry registry = metadata.getMetadataBuildingOptions().getServiceRegistry();
        Map<String, Object> settings = registry.requireService(ConfigurationService.class).getSettings();
        Set<ValidationMode> modes = ValidationMode.parseValidationModes(validationMode(settings));
        if (!modes.contains(ValidationMode.DDL) && !modes.contains(ValidationMode.AUTO)) {
            return;
        }
        if (!Boolean.parseBoolean(String.valueOf(settings.getOrDefault(BeanValidationIntegrator.APPLY_CONSTRAINTS,
                "true")).trim())) {
            return;
        }
        Object provided = settings.getOrDefault(VALIDATION_FACTORY, settings.get(LEGACY_VALIDATION_FACTORY));
        if (provided != null) {
            if (!(provided instanceof ValidatorFactory factory)) {
                throw new IllegalStateException(VALIDATION_FACTORY + " is not a jakarta.validation.ValidatorFactory: "
                        + provided.getClass().getName());
            }
            apply(factory, metadata.getEntityBindings(), settings, dialect, registry);
            return;
        }
        ValidatorFactory factory = defaultFactory(modes);
        if (factory == null) {
            return;
        }
        try (factory) {
            apply(factory, metadata.getEntityBindings(), settings, dialect, registry);
        }
    }

    private static @Nullable Object validationMode(Map<String, Object> settings) {
        Object mode = settings.get(BeanValidationIntegrator.JAKARTA_MODE_PROPERTY);
        return (mode != null) ? mode : settings.get(BeanValidationIntegrator.MODE_PROPERTY);
    }

    /**
     * A factory as {@code Validation.buildDefaultValidatorFactory()} would build it, but interpolating no
     * messages: the constraints are what matters here, and a message interpolator would need an Expression
     * Language implementation the application may not have. {@code null} when there is no provider and
     * the mode is {@code AUTO}, as Hibernate then skips Bean Validation.
     */
    private static @Nullable ValidatorFactory defaultFactory(Set<ValidationMode> modes) {
        try {
            return Validation.byDefaultProvider().configure().messageInterpolator(new Templates())
                .buildValidatorFactory();
        }
        catch (NoProviderFoundException ex) {
            if (modes.contains(ValidationMode.DDL)) {
                throw new IllegalStateException("jakarta.persistence.validation.mode includes DDL, but no Bean "
                        + "Validation provider (such as Hibernate Validator) is on the class path", ex);
            }
            logger.debug("No Bean Validation provider; the model has no constraints from Bean Validation");
            return null;
        }
    }

    private static void apply(ValidatorFactory factory, Collection<PersistentClass> entities,
            Map<String, Object> settings, Dialect dialect, ServiceRegistry registry) {
        ClassLoaderAccess classLoaderAccess = new ClassLoaderAccessImpl(registry.requireService(ClassLoaderService.class));
        try {
            Method method = Class.forName(ACTIVATOR, true, BeanValidationIntegrator.class.getClassLoader())
                .getMethod("applyRelationalConstraints", ValidatorFactory.class, Collection.class, Map.class,
                        Dialect.class, ClassLoaderAccess.class);
            method.setAccessible(true);
            method.invoke(null, factory, entities, settings, dialect, classLoaderAccess);
        }
        catch (InvocationTargetException ex) {
            Throwable cause = ex.getTargetException();
            throw (cause instanceof RuntimeException runtime) ? runtime
                    : new IllegalStateException("Applying Bean Validation constraints failed", cause);
        }
        catch (ReflectiveOperationException | RuntimeException ex) {
            throw new IllegalStateException("This Hibernate version (" + org.hibernate.Version.getVersionString()
                    + ") has no " + ACTIVATOR + ".applyRelationalConstraints(...) as Hibernate 7 has; the model "
                    + "cannot fold in Bean Validation the way Hibernate does", ex);
        }
    }

    /** Leaves message templates as they are. */
    private static final class Templates implements MessageInterpolator {

        @Override
        public String interpolate(String messageTemplate, Context context) {
            return messageTemplate;
        }

        @Override
        public String interpolate(String messageTemplate, Context context, Locale locale) {
            return messageTemplate;
        }
    }
}
