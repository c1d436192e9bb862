package dev.revgraph.script;

import java.util.List;

/**
 * Finds the revision files under a location. The {@link StandardScriptResourceFinder} needs nothing but
 * a class loader; in a Spring application, a finder backed by Spring's resource resolution takes its
 * place.
 */
@FunctionalInterface
public interface ScriptResourceFinder {

    /**
     * Every file ending {@code .sql} under {@code location} and its sub-folders, in any order (the loader
     * sorts them).
     *
     * @throws dev.revgraph.RevGraphException with code {@code not_found} when the location does not exist:
     *     a misspelt location must not start the application with an empty schema
     */
    List<ScriptResource> find(ScriptLocation location);
}
