package dev.revgraph.test;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Locale;

import dev.revgraph.autogenerate.ModelSource;
import dev.revgraph.diff.CompareOptions;
import dev.revgraph.runtime.MigrationSettings;
import dev.revgraph.testdb.TestDatabases;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.SearchOption;
import org.opentest4j.TestAbortedException;

/**
 * Gives tests of a {@link MigrationsTest} class their {@link MigrationCheckConfig}: the annotation's
 * attributes, the database it names, the model source, then {@link MigrationChecks#configure}.
 */
final class MigrationsExtension implements ParameterResolver {

    static final String URL_PROPERTY = "revgraph.test.url";

    static final String USER_PROPERTY = "revgraph.test.user";

    static final String PASSWORD_PROPERTY = "revgraph.test.password";

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == MigrationCheckConfig.class;
    }

    @Override
    public MigrationCheckConfig resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        MigrationsTest annotation = AnnotationSupport
            .findAnnotation(testClass, MigrationsTest.class, SearchOption.INCLUDE_ENCLOSING_CLASSES)
            .orElseThrow(() -> new ParameterResolutionException(testClass.getName() + " runs RevGraph's migration "
                    + "checks but says nothing about the revisions: annotate it with @MigrationsTest(locations = ..., "
                    + "javaPackages = ..., database = ...)"));
        Object instance = context.getTestInstance().orElse(null);
        return config(annotation, (instance instanceof MigrationChecks checks) ? checks : null);
    }

    static MigrationCheckConfig config(MigrationsTest annotation, @Nullable MigrationChecks instance) {
        MigrationCheckConfig.Builder builder = MigrationCheckConfig.builder()
            .locations(annotation.locations())
            .javaPackages(annotation.javaPackages())
            .expectedHeads(annotation.heads())
            .settings(settings(annotation))
            .compareOptions(CompareOptions.defaults().excludeTables(annotation.excludeTables()));
        if (instance != null) {
            builder.classLoader(instance.getClass().getClassLoader());
        }
        database(annotation, builder);
        for (Skip skip : annotation.skip()) {
            builder.skip(skip.revision(), skip.reason());
        }
        ModelSource modelSource = (instance != null) ? instance.modelSource() : null;
        builder.modelSource((modelSource != null) ? modelSource : instantiate(annotation.modelSource()));
        if (instance != null) {
            instance.configure(builder);
        }
        return builder.build();
    }

    /** Publishes what a check proved, and each revision it skipped with the reason, to the report. */
    static void report(TestReporter reporter, CheckResult result) {
        result.skipped().forEach((revision, reason) -> reporter.publishEntry("skipped " + revision, reason));
        reporter.publishEntry(result.check(), result.summary());
    }

    private static MigrationSettings settings(MigrationsTest annotation) {
        MigrationSettings.Builder settings = MigrationSettings.builder();
        if (!annotation.schema().isEmpty()) {
            settings.schema(annotation.schema());
        }
        if (!annotation.versionTable().isEmpty()) {
            settings.versionTable(annotation.versionTable());
        }
        if (!annotation.appliedTable().isEmpty()) {
            settings.appliedTable(annotation.appliedTable());
        }
        if (!annotation.historyTable().isEmpty()) {
            settings.historyTable(annotation.historyTable());
        }
        return settings.build();
    }

    /** The annotation's URL, else the build's, else a new database of the annotation's kind per check. */
    private static void database(MigrationsTest annotation, MigrationCheckConfig.Builder builder) {
        if (!annotation.url().isEmpty()) {
            String attribute = "url";
            String value = annotation.url();
            try {
                String url = Placeholders.resolve(value);
                attribute = "user";
                value = annotation.user();
                String user = Placeholders.resolve(value);
                attribute = "password";
                value = annotation.password();
                builder.url(url, nonEmpty(user), nonEmpty(Placeholders.resolve(value)));
            }
            catch (Placeholders.UnsetException ex) {
                builder.databases(new Unavailable("@MigrationsTest(" + attribute + " = \"" + value + "\"): " + ex.name()
                        + " is not set, so there is no database for the migration checks. Set it (a system property "
                        + "or an environment variable), or give a default: ${" + ex.name() + ":...}"));
            }
            return;
        }
        String url = setting(URL_PROPERTY);
        if (url != null) {
            builder.url(url, setting(USER_PROPERTY), setting(PASSWORD_PROPERTY));
            return;
        }
        builder.database(annotation.database());
    }

    /** A system property, else the environment variable of the same name in upper case with underscores. */
    private static @Nullable String setting(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(property.toUpperCase(Locale.ROOT).replace('.', '_'));
        }
        return nonEmpty(value);
    }

    private static @Nullable String nonEmpty(@Nullable String value) {
        return (value == null || value.isBlank()) ? null : value;
    }

    private static @Nullable ModelSource instantiate(Class<? extends ModelSource> type) {
        if (type == ModelSource.class) {
            return null;
        }
        try {
            Constructor<? extends ModelSource> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        }
        catch (NoSuchMethodException ex) {
            throw new ParameterResolutionException("@MigrationsTest(modelSource = " + type.getSimpleName() + ".class): "
                    + type.getName() + " needs a no-argument constructor; or override modelSource() in the test class "
                    + "to create it yourself", ex);
        }
        catch (InstantiationException | IllegalAccessException ex) {
            throw new ParameterResolutionException("Could not create the model source " + type.getName() + ": " + ex, ex);
        }
        catch (InvocationTargetException ex) {
            throw new ParameterResolutionException("Creating the model source " + type.getName() + " failed: "
                    + ex.getCause(), ex.getCause());
        }
    }

    /**
     * No database: every check that needs one is skipped with the reason, or fails when databases are
     * required ({@code REVGRAPH_TEST_REQUIRE_DATABASES=true}), as when {@code revgraph-test-databases}
     * finds no server. The checks that need none still run.
     */
    private record Unavailable(String reason) implements CheckDatabases {

        @Override
        public CheckDatabase open() {
            if (TestDatabases.required()) {
                throw new IllegalStateException(reason + " (" + TestDatabases.REQUIRE_VARIABLE + "=true)");
            }
            throw new TestAbortedException(reason);
        }

        @Override
        public @Nullable String vendor() {
            return null;
        }
    }
}
