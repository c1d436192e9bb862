package dev.revgraph.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import dev.revgraph.ErrorCode;
import dev.revgraph.RevGraphException;
import dev.revgraph.Revision;

/**
 * Finds {@link Revision @Revision} classes by listing a package's class files through a class loader,
 * in directories and jars alike, without Spring. Classes are loaded without being initialised.
 *
 * <pre>{@code
 * List<Class<?>> classes = new JavaRevisionScanner(getClass().getClassLoader()).find("com.example.migrations");
 * }</pre>
 */
public final class JavaRevisionScanner implements JavaRevisionClassFinder {

    private static final String CLASS_SUFFIX = ".class";

    private final ClassLoader classLoader;

    public JavaRevisionScanner(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /**
     * {@inheritDoc}
     *
     * @throws ScriptParseException naming every class file in the package that cannot be loaded
     */
    @Override
    public List<Class<?>> find(String basePackage) {
        String folder = basePackage.strip().replace('.', '/');
        if (folder.isEmpty()) {
            throw new IllegalArgumentException("Java revision package must not be empty (scanning the whole "
                    + "class path is not supported)");
        }
        TreeSet<String> classNames = new TreeSet<>();
        List<URL> roots = roots(folder);
        if (roots.isEmpty()) {
            throw new RevGraphException(ErrorCode.NOT_FOUND, "Java revision package '" + basePackage
                    + "' does not exist on the class path (check the spelling; in a jar it needs directory entries)");
        }
        for (URL root : roots) {
            classNames.addAll(classNamesUnder(root, folder));
        }
        List<Class<?>> revisions = new ArrayList<>();
        List<ScriptProblem> problems = new ArrayList<>();
        for (String className : classNames) {
            try {
                Class<?> type = Class.forName(className, false, classLoader);
                if (type.isAnnotationPresent(Revision.class)) {
                    revisions.add(type);
                }
            }
            catch (ClassNotFoundException | LinkageError ex) {
                problems.add(new ScriptProblem("class " + className, 0, "cannot be loaded to look for @Revision: " + ex));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScriptParseException(problems);
        }
        revisions.sort(Comparator.comparing(Class::getName));
        return revisions;
    }

    private List<URL> roots(String folder) {
        try {
            return Collections.list(classLoader.getResources(folder));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot list class path folder " + folder, ex);
        }
    }

    private List<String> classNamesUnder(URL root, String folder) {
        try {
            if (root.getProtocol().equals("file")) {
                return fromDirectory(Path.of(root.toURI()), folder);
            }
            URLConnection connection = root.openConnection();
            if (connection instanceof JarURLConnection jarConnection) {
                jarConnection.setUseCaches(false);
                try (JarFile jar = jarConnection.getJarFile()) {
                    return fromJar(jar, folder);
                }
            }
            throw new RevGraphException(ErrorCode.NOT_FOUND, "Cannot scan " + root + " for Java revisions: only "
                    + "directories and jars are supported without Spring");
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot scan " + root + " for Java revisions", ex);
        }
        catch (URISyntaxException ex) {
            throw new IllegalStateException("Cannot scan " + root + " for Java revisions", ex);
        }
    }

    private static List<String> fromDirectory(Path directory, String folder) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.filter(Files::isRegularFile).forEach((path) -> {
                String relative = directory.relativize(path).toString().replace('\\', '/');
                addIfClass(names, folder + "/" + relative);
            });
        }
        return names;
    }

    private static List<String> fromJar(JarFile jar, String folder) {
        List<String> names = new ArrayList<>();
        String prefix = folder + "/";
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                addIfClass(names, entry.getName());
            }
        }
        return names;
    }

    private static void addIfClass(List<String> names, String resourcePath) {
        if (!resourcePath.endsWith(CLASS_SUFFIX)) {
            return;
        }
        String className = resourcePath.substring(0, resourcePath.length() - CLASS_SUFFIX.length()).replace('/', '.');
        String simpleName = className.substring(className.lastIndexOf('.') + 1);
        if (simpleName.equals("package-info") || simpleName.equals("module-info") || isAnonymousOrLocal(simpleName)) {
            return;
        }
        names.add(className);
    }

    /** {@code Outer$1} and {@code Outer$1Local}: classes that cannot be revisions. */
    private static boolean isAnonymousOrLocal(String simpleName) {
        int dollar = simpleName.indexOf('$');
        while (dollar >= 0) {
            if (dollar + 1 < simpleName.length() && Character.isDigit(simpleName.charAt(dollar + 1))) {
                return true;
            }
            dollar = simpleName.indexOf('$', dollar + 1);
        }
        return false;
    }
}
