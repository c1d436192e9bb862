package dev.revgraph.autogenerate;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated Java sources with the JDK's compiler, in this JVM, against the test class path, and
 * loads the classes: proof that a rendered revision compiles against the public API.
 */
final class InProcessCompiler {

    private InProcessCompiler() {
    }

    /** Compiles {@code sources} (class name to source) in one go; fails with the compiler's messages. */
    static ClassLoader compile(Map<String, String> sources, Path directory) throws IOException {
        Path sourceDirectory = Files.createDirectories(directory.resolve("src"));
        Path classDirectory = Files.createDirectories(directory.resolve("classes"));
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = sourceDirectory.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
            files.add(file);
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(files);
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d",
                    classDirectory.toString(), "-proc:none", "-Xlint:all,-path,-options", "-Werror", "--release", "17");
            boolean compiled = compiler.getTask(messages, fileManager, null, options, null, units).call();
            if (!compiled) {
                throw new AssertionError("The generated revisions do not compile:\n" + messages);
            }
        }
        return new URLClassLoader(new URL[] { classDirectory.toUri().toURL() },
                InProcessCompiler.class.getClassLoader());
    }
}
