package dev.revgraph.benchmarks.compare;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import com.palantir.javapoet.JavaFile;

/**
 * The W3 entities compiled in-process ({@code javax.tools}) into a directory, and a class loader over
 * it: what Hibernate is handed as managed classes, by name, with that loader — as a Boot application
 * hands it the names its {@code PersistenceManagedTypes} scan found.
 */
final class EntityClasses {

    private EntityClasses() {
    }

    /** Writes {@code schema}'s entities under {@code directory}/src and compiles them to {@code directory}/classes. */
    static Path compile(CompareSchema schema, Path directory) throws IOException {
        Path sources = directory.resolve("src");
        Path classes = directory.resolve("classes");
        Files.createDirectories(classes);
        for (JavaFile file : schema.entitySources()) {
            file.writeTo(sources);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter((path) -> path.toString().endsWith(".java")).toList();
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("No Java compiler: run the benchmarks on a JDK, not a JRE");
        }
        StringWriter errors = new StringWriter();
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(null, null, null)) {
            Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(files);
            List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none", "-nowarn",
                    "-classpath", System.getProperty("java.class.path")));
            if (!compiler.getTask(errors, fileManager, null, options, null, units).call()) {
                throw new IllegalStateException("The W3 entities do not compile:\n" + errors);
            }
        }
        return classes;
    }

    /** A loader for the classes {@link #compile} wrote, over this class's loader (where JPA's annotations are). */
    static URLClassLoader loader(Path classes) {
        try {
            return new URLClassLoader(new URL[] { classes.toUri().toURL() }, EntityClasses.class.getClassLoader());
        }
        catch (MalformedURLException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
