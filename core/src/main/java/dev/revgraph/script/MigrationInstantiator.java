package dev.revgraph.script;

import java.util.Optional;

import dev.revgraph.Migration;

/**
 * Creates the {@link Migration} behind a Java revision when it is about to run. Outside Spring,
 * {@link #reflective()} calls the public no-argument constructor; in an application, an instantiator
 * backed by the bean factory lets constructors take beans.
 */
@FunctionalInterface
public interface MigrationInstantiator {

    /** Creates an instance of {@code type}. */
    Migration instantiate(Class<? extends Migration> type);

    /**
     * Why {@code type} cannot be created by this instantiator, checked when revisions are loaded so the
     * problem shows before anything runs; empty when it can (or when it cannot be known in advance).
     */
    default Optional<String> check(Class<? extends Migration> type) {
        return Optional.empty();
    }

    /** The instantiator that calls the public no-argument constructor. */
    static MigrationInstantiator reflective() {
        return ReflectiveMigrationInstantiator.INSTANCE;
    }
}
