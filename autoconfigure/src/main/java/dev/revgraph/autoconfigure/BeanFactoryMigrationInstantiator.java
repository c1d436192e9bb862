package dev.revgraph.autoconfigure;

import java.lang.reflect.Modifier;
import java.util.Optional;

import dev.revgraph.Migration;
import dev.revgraph.script.MigrationInstantiator;

import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

/**
 * Creates Java revisions through the application's bean factory, so that their constructors take beans
 * (for data migrations) and they get the usual post-processing. They are not registered as beans.
 */
final class BeanFactoryMigrationInstantiator implements MigrationInstantiator {

    private final AutowireCapableBeanFactory beanFactory;

    BeanFactoryMigrationInstantiator(AutowireCapableBeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public Migration instantiate(Class<? extends Migration> type) {
        return this.beanFactory.createBean(type);
    }

    @Override
    public Optional<String> check(Class<? extends Migration> type) {
        if (Modifier.isAbstract(type.getModifiers())) {
            return Optional.of("a Java revision must be a concrete class");
        }
        if (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers())) {
            return Optional.of("a nested Java revision must be static");
        }
        return Optional.empty();
    }

}
