package dev.revgraph.script;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.revgraph.ErrorCode;
import dev.revgraph.RevGraphException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads every revision of a tree — SQL files from locations, Java classes from packages — all or
 * nothing: either every revision parses, or nothing is returned and one {@link ScriptParseException}
 * lists every problem found ({@code file:line: message} each). An id declared twice is a
 * {@code duplicate_revision} error naming both sources; a location or package that does not exist is a
 * {@code not_found} error.
 *
 * <pre>{@code
 * RevisionLoader loader = RevisionLoader.forClassLoader(getClass().getClassLoader());
 * LoadedRevisions loaded = loader.load(List.of("classpath:db/revisions", "classpath:db/{vendor}"),
 *         "postgresql", List.of("com.example.migrations"));
 * RevisionGraph graph = RevisionGraph.of(loaded.revisions());
 * }</pre>
 */
public final class RevisionLoader {

    private static final Logger logger = LoggerFactory.getLogger(RevisionLoader.class);

    private static final Comparator<ScriptResource> BY_PATH = Comparator.comparing(ScriptResource::relativePath);

    private final ScriptResourceFinder resourceFinder;

    private final JavaRevisionClassFinder classFinder;

    private final MigrationInstantiator instantiator;

    /**
     * @param resourceFinder finds SQL files under a location
     * @param classFinder finds {@code @Revision} classes in a package
     * @param instantiator creates Java migrations when they run
     */
    public RevisionLoader(ScriptResourceFinder resourceFinder, JavaRevisionClassFinder classFinder,
            MigrationInstantiator instantiator) {
        this.resourceFinder = resourceFinder;
        this.classFinder = classFinder;
        this.instantiator = instantiator;
    }

    /** A loader that finds files and classes through {@code classLoader} and creates migrations reflectively. */
    public static RevisionLoader forClassLoader(ClassLoader classLoader) {
        return forClassLoader(classLoader, MigrationInstantiator.reflective());
    }

    /** A loader that finds files and classes through {@code classLoader} and creates migrations with {@code instantiator}. */
    public static RevisionLoader forClassLoader(ClassLoader classLoader, MigrationInstantiator instantiator) {
        return new RevisionLoader(new StandardScriptResourceFinder(classLoader), new JavaRevisionScanner(classLoader),
                instantiator);
    }

    /**
     * Loads the revisions of one tree.
     *
     * @param locations SQL locations in the order they are configured ({@code classpath:db/revisions},
     *     {@code filesystem:/opt/db}, {@code classpath:db/{vendor}}, ...)
     * @param vendor the database id that {@code {vendor}} expands to and that picks the statement
     *     splitter's lexical rules ({@code postgresql}, {@code mariadb}, {@code mysql}, {@code h2}), or
     *     {@code null} when not known
     * @param javaPackages packages holding Java revisions, in configured order
     * @throws ScriptParseException listing every file or class that is not a valid revision
     * @throws RevGraphException {@code duplicate_revision} when two sources declare one id;
     *     {@code not_found} when a location or package does not exist
     */
    public LoadedRevisions load(List<String> locations, @Nullable String vendor, List<String> javaPackages) {
        SqlRevisionParser parser = new SqlRevisionParser(StatementSplitter.forVendor(vendor));
        List<RevisionScript> scripts = new ArrayList<>();
        List<ScriptProblem> problems = new ArrayList<>();
        for (ScriptLocation location : parseLocations(locations, vendor)) {
            List<ScriptResource> resources = new ArrayList<>(resourceFinder.find(location));
            resources.sort(BY_PATH);
            for (ScriptResource resource : resources) {
                try {
                    scripts.add(parser.parse(resource));
                }
                catch (ScriptParseException ex) {
                    problems.addAll(ex.problems());
                }
            }
        }
        for (String javaPackage : new LinkedHashSet<>(javaPackages)) {
            loadJava(javaPackage, scripts, problems);
        }
        if (!problems.isEmpty()) {
            throw new ScriptParseException(problems);
        }
        checkDuplicates(scripts);
        logger.debug("Loaded {} revisions from {} and packages {}", scripts.size(), locations, javaPackages);
        return new LoadedRevisions(scripts);
    }

    private static Set<ScriptLocation> parseLocations(List<String> locations, @Nullable String vendor) {
        Set<ScriptLocation> parsed = new LinkedHashSet<>();
        for (String location : locations) {
            parsed.add(ScriptLocation.parse(location, vendor));
        }
        return parsed;
    }

    private void loadJava(String javaPackage, List<RevisionScript> scripts, List<ScriptProblem> problems) {
        List<Class<?>> classes;
        try {
            classes = new ArrayList<>(classFinder.find(javaPackage));
        }
        catch (ScriptParseException ex) {
            problems.addAll(ex.problems());
            return;
        }
        classes.sort(Comparator.comparing(Class::getName));
        for (Class<?> type : classes) {
            try {
                scripts.add(JavaRevisionScript.of(type, instantiator));
            }
            catch (ScriptParseException ex) {
                problems.addAll(ex.problems());
            }
        }
    }

    private static void checkDuplicates(List<RevisionScript> scripts) {
        Map<String, List<String>> sourcesById = new LinkedHashMap<>();
        for (RevisionScript script : scripts) {
            sourcesById.computeIfAbsent(script.id(), (id) -> new ArrayList<>()).add(script.info().source());
        }
        List<String> duplicates = sourcesById.entrySet().stream()
                .filter((entry) -> entry.getValue().size() > 1)
                .map((entry) -> "revision '" + entry.getKey() + "' is declared more than once: "
                        + String.join(" and ", entry.getValue()))
                .toList();
        if (!duplicates.isEmpty()) {
            throw new RevGraphException(ErrorCode.DUPLICATE_REVISION,
                    String.join("\n", duplicates));
        }
    }
}
