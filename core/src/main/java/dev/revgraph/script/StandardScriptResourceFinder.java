package dev.revgraph.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import dev.revgraph.ErrorCode;
import dev.revgraph.RevGraphException;

/**
 * Finds revision files without Spring: {@code classpath:} locations through
 * {@link ClassLoader#getResources(String)} (walking {@code file:} directories and {@code jar:} entries,
 * every root that holds the folder), {@code filesystem:} locations on the file system. Files whose names
 * start with {@code .} (editor back-ups and locks such as {@code .#0001_init.sql}) are ignored.
 *
 * <p>A folder inside a jar is only found when the jar has a directory entry for it, as every jar that
 * Maven and Gradle build has.
 */
public final class StandardScriptResourceFinder implements ScriptResourceFinder {

    private static final String SUFFIX = ".sql";

    private final ClassLoader classLoader;

    public StandardScriptResourceFinder(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public List<ScriptResource> find(ScriptLocation location) {
        return switch (location.kind()) {
            case CLASSPATH -> findOnClassPath(location);
            case FILESYSTEM -> findOnFileSystem(location);
        };
    }

    private List<ScriptResource> findOnClassPath(ScriptLocation location) {
        List<URL> roots;
        try {
            roots = Collections.list(classLoader.getResources(location.path()));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot look up " + location, ex);
        }
        if (roots.isEmpty()) {
            throw notFound(location, "no such folder on the class path");
        }
        List<ScriptResource> resources = new ArrayList<>();
        for (URL root : roots) {
            resources.addAll(findUnder(location, root));
        }
        return resources;
    }

    private List<ScriptResource> findUnder(ScriptLocation location, URL root) {
        try {
            if (root.getProtocol().equals("file")) {
                return walk(location, Path.of(root.toURI()));
            }
            URLConnection connection = root.openConnection();
            if (connection instanceof JarURLConnection jarConnection) {
                jarConnection.setUseCaches(false);
                String folder = jarConnection.getEntryName();
                try (JarFile jar = jarConnection.getJarFile()) {
                    return readJar(location, jar, folder);
                }
            }
            throw new RevGraphException(ErrorCode.NOT_FOUND, "Cannot list " + location + " in " + root
                    + ": only directories and jars are supported without Spring");
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot list " + location + " in " + root, ex);
        }
        catch (URISyntaxException ex) {
            throw new IllegalStateException("Cannot list " + location + " in " + root, ex);
        }
    }

    private List<ScriptResource> findOnFileSystem(ScriptLocation location) {
        Path folder = Path.of(location.path());
        if (!Files.exists(folder)) {
            throw notFound(location, "no such folder (" + folder.toAbsolutePath() + ")");
        }
        try {
            return walk(location, folder);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot list " + location, ex);
        }
    }

    private List<ScriptResource> walk(ScriptLocation location, Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw notFound(location, folder + " is a file, not a folder");
        }
        List<ScriptResource> resources = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                String relative = folder.relativize(path).toString().replace('\\', '/');
                if (isScript(relative) && Files.isRegularFile(path)) {
                    resources.add(new FileResource(location, relative, path));
                }
            }
        }
        return resources;
    }

    private List<ScriptResource> readJar(ScriptLocation location, JarFile jar, String folder) throws IOException {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        List<ScriptResource> resources = new ArrayList<>();
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            String name = entry.getName();
            if (!entry.isDirectory() && name.startsWith(prefix) && isScript(name.substring(prefix.length()))) {
                try (InputStream in = jar.getInputStream(entry)) {
                    // read now: the jar is closed when we return
                    resources.add(ScriptResource.of(location, name.substring(prefix.length()), in.readAllBytes()));
                }
            }
        }
        return resources;
    }

    private static boolean isScript(String relativePath) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        return name.endsWith(SUFFIX) && !name.startsWith(".");
    }

    private static RevGraphException notFound(ScriptLocation location, String detail) {
        return new RevGraphException(ErrorCode.NOT_FOUND, "Revision location " + location + " does not exist: "
                + detail + ". Check the spelling; a missing location is an error so that a typo cannot start "
                + "the application with an empty schema");
    }

    /** A file on disk, read when the loader asks. */
    private record FileResource(ScriptLocation location, String relativePath, Path path) implements ScriptResource {

        @Override
        public byte[] readAllBytes() throws IOException {
            return Files.readAllBytes(path);
        }
    }
}
