package dev.revgraph.autoconfigure;

import java.util.LinkedHashSet;
import java.util.Set;

import dev.revgraph.script.ScriptLocation;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * At build time ({@code spring-boot:process-aot}), registers what the configured trees load at run
 * time: each {@code classpath:} location as resources ({@code {vendor}} as a wildcard) and each Java
 * revision class for reflective construction. Does nothing in an application without migrations, and
 * never fails the build: a location it cannot scan is left to fail at start-up, with its message.
 */
class MigrationsBeanFactoryInitializationAotProcessor implements BeanFactoryInitializationAotProcessor {

    private static final Log logger = LogFactory.getLog(MigrationsBeanFactoryInitializationAotProcessor.class);

    @Override
    public @Nullable BeanFactoryInitializationAotContribution processAheadOfTime(
            ConfigurableListableBeanFactory beanFactory) {
        if (beanFactory.getBeanNamesForType(MigrationsInitializer.class, false, false).length == 0) {
            return null;
        }
        Environment environment = beanFactory.containsBean("environment")
                ? beanFactory.getBean("environment", Environment.class) : new StandardEnvironment();
        MigrationsProperties properties = (environment instanceof ConfigurableEnvironment configurable)
                ? Binder.get(configurable).bind("migrations", MigrationsProperties.class)
                    .orElseGet(MigrationsProperties::new)
                : new MigrationsProperties();
        Set<String> patterns = new LinkedHashSet<>();
        Set<Class<?>> revisionClasses = new LinkedHashSet<>();
        ClassLoader classLoader = beanFactory.getBeanClassLoader();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
        SpringJavaRevisionClassFinder classFinder = new SpringJavaRevisionClassFinder(resolver, environment);
        try {
            for (MigrationTreesFactory.Spec spec : MigrationTreesFactory.specs(properties)) {
                for (String location : spec.locations()) {
                    String wildcarded = location.replace("{vendor}", "*");
                    ScriptLocation parsed = ScriptLocation.parse(wildcarded, null);
                    if (parsed.kind() == ScriptLocation.Kind.CLASSPATH) {
                        patterns.add(parsed.path() + "/**");
                    }
                }
                for (String javaPackage : spec.javaPackages()) {
                    revisionClasses.addAll(classFinder.find(javaPackage));
                }
            }
        }
        catch (RuntimeException ex) {
            logger.warn("Could not register every migration location and Java revision for AOT: " + ex.getMessage());
        }
        return (generationContext, code) -> {
            RuntimeHints hints = generationContext.getRuntimeHints();
            patterns.forEach((pattern) -> hints.resources().registerPattern(pattern));
            revisionClasses.forEach((type) -> hints.reflection().registerType(type,
                    MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS));
        };
    }

}
