package dev.revgraph.script;

import java.util.List;

/**
 * Finds the classes annotated with {@link dev.revgraph.Revision @Revision} in a package. The
 * {@link JavaRevisionScanner} scans a class loader; in a Spring application, Spring's class path
 * scanning can take its place.
 */
@FunctionalInterface
public interface JavaRevisionClassFinder {

    /**
     * The {@code @Revision} classes in {@code basePackage} and its sub-packages, in any order (the loader
     * sorts them by name). Whether they implement {@link dev.revgraph.Migration} is checked by the caller,
     * so a class that does not is reported rather than skipped.
     *
     * @throws dev.revgraph.RevGraphException with code {@code not_found} when the package does not exist
     */
    List<Class<?>> find(String basePackage);
}
