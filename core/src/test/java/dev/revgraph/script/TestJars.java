package dev.revgraph.script;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import dev.revgraph.Migration;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds small jars for tests that need resources and classes that only a jar holds. */
final class TestJars {

    private TestJars() {
    }

    /** Writes a jar with {@code entries} (path → content) and a directory entry for every folder. */
    static Path jar(Path file, Map<String, byte[]> entries) throws IOException {
        TreeSet<String> folders = new TreeSet<>();
        for (String name : entries.keySet()) {
            for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
                folders.add(name.substring(0, slash + 1));
            }
        }
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            for (String folder : folders) {
                jar.putNextEntry(new JarEntry(folder));
                jar.closeEntry();
            }
            for (Map.Entry<String, byte[]> entry : new TreeMap<>(entries).entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                jar.write(entry.getValue());
                jar.closeEntry();
            }
        }
        return file;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Compiles {@code sources} (binary class name → source) against RevGraph's own classes and returns the
     * class files (path in a jar → bytes).
     */
    static Map<String, byte[]> compile(Path workDirectory, Map<String, String> sources) throws IOException {
        Path sourceDirectory = Files.createDirectories(workDirectory.resolve("src"));
        Path classDirectory = Files.createDirectories(workDirectory.resolve("classes"));
        List<String> arguments = new java.util.ArrayList<>(List.of("-d", classDirectory.toString(), "-classpath",
                classPathOf(Migration.class) + java.io.File.pathSeparator + classPathOf(org.jspecify.annotations.Nullable.class)));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = sourceDirectory.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            arguments.add(file.toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler).as("a JDK with javac").isNotNull();
        assertThat(compiler.run(null, null, null, arguments.toArray(String[]::new))).as("javac exit code").isZero();
        Map<String, byte[]> classes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classDirectory)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                classes.put(classDirectory.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return classes;
    }

    private static String classPathOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        }
        catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
