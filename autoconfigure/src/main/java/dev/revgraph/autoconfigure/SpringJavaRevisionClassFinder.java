package dev.revgraph.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import dev.revgraph.Revision;
import dev.revgraph.script.JavaRevisionClassFinder;
import dev.revgraph.script.ScriptParseException;
import dev.revgraph.script.ScriptProblem;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Finds {@link Revision @Revision} classes with Spring's class path scanning, which reads class files
 * without loading them; only the classes found are loaded. Abstract and nested classes are kept, so that
 * the loader reports why they cannot be revisions instead of skipping them.
 */
final class SpringJavaRevisionClassFinder implements JavaRevisionClassFinder {

    private final ResourcePatternResolver resolver;

    private final Environment environment;

    SpringJavaRevisionClassFinder(ResourcePatternResolver resolver, Environment environment) {
        this.resolver = resolver;
        this.environment = environment;
    }

    @Override
    public List<Class<?>> find(String basePackage) {
        String folder = ClassUtils.convertClassNameToResourcePath(basePackage.strip());
        if (folder.isEmpty()) {
            throw new IllegalArgumentException("Java revision package must not be empty (scanning the whole "
                    + "class path is not supported)");
        }
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false,
                this.environment) {

            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition beanDefinition) {
                return true;
            }

        };
        scanner.setResourceLoader(this.resolver);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class, false));
        List<Class<?>> classes = new ArrayList<>();
        List<ScriptProblem> problems = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage.strip())) {
            String className = candidate.getBeanClassName();
            try {
                classes.add(ClassUtils.forName(className, this.resolver.getClassLoader()));
            }
            catch (ClassNotFoundException | LinkageError ex) {
                problems.add(new ScriptProblem("class " + className, 0, "cannot be loaded: " + ex));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScriptParseException(problems);
        }
        if (classes.isEmpty() && !exists(folder)) {
            throw new MissingRevisionLocationException(basePackage, "Java revision package '" + basePackage
                    + "' does not exist on the class path. Check the spelling; a missing package is an error so that a "
                    + "typo cannot start the application with an empty schema");
        }
        return classes;
    }

    private boolean exists(String folder) {
        try {
            for (var resource : this.resolver.getResources(ResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX + folder
                    + "/")) {
                if (resource.exists()) {
                    return true;
                }
            }
            return false;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot look up package " + folder, ex);
        }
    }

}
