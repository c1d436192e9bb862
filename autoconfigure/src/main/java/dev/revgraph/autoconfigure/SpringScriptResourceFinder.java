package dev.revgraph.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.revgraph.script.ScriptLocation;
import dev.revgraph.script.ScriptResource;
import dev.revgraph.script.ScriptResourceFinder;
import dev.revgraph.script.StandardScriptResourceFinder;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.util.StringUtils;

/**
 * Finds SQL revisions through Spring's resource resolution: {@code classpath:} locations with
 * {@code classpath*:<folder>/**}{@code /*.sql} over every class path root (directories, jars, Spring
 * Boot's nested jars), {@code filesystem:} locations with core's finder. Files whose names start with
 * {@code .} are ignored, as core ignores them.
 */
final class SpringScriptResourceFinder implements ScriptResourceFinder {

    private final ResourcePatternResolver resolver;

    private final ScriptResourceFinder fileSystem;

    SpringScriptResourceFinder(ResourcePatternResolver resolver) {
        this.resolver = resolver;
        ClassLoader classLoader = resolver.getClassLoader();
        this.fileSystem = new StandardScriptResourceFinder(
                (classLoader != null) ? classLoader : SpringScriptResourceFinder.class.getClassLoader());
    }

    @Override
    public List<ScriptResource> find(ScriptLocation location) {
        if (location.kind() == ScriptLocation.Kind.FILESYSTEM) {
            try {
                return this.fileSystem.find(location);
            }
            catch (dev.revgraph.RevGraphException ex) {
                throw new MissingRevisionLocationException(location.toString(), ex.getMessage());
            }
        }
        try {
            List<String> roots = roots(location);
            Resource[] files = this.resolver.getResources(ResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX
                    + location.path() + "/**/*.sql");
            if (roots.isEmpty() && files.length == 0) {
                throw new MissingRevisionLocationException(location.toString(), "Revision location " + location
                        + " does not exist: no such folder on the class path. Check the spelling; a missing location "
                        + "is an error so that a typo cannot start the application with an empty schema");
            }
            List<ScriptResource> resources = new ArrayList<>();
            for (Resource file : files) {
                String relativePath = relativePath(location, roots, file);
                if (relativePath != null && isScript(relativePath)) {
                    resources.add(new SpringScriptResource(location, relativePath, file));
                }
            }
            return resources;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot list " + location, ex);
        }
    }

    private List<String> roots(ScriptLocation location) throws IOException {
        List<String> roots = new ArrayList<>();
        for (Resource root : this.resolver.getResources(ResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX
                + location.path() + "/")) {
            if (root.exists()) {
                String url = root.getURL().toString();
                roots.add(url.endsWith("/") ? url : url + "/");
            }
        }
        return roots;
    }

    private static @Nullable String relativePath(ScriptLocation location, List<String> roots, Resource file)
            throws IOException {
        String url = file.getURL().toString();
        String relative = null;
        for (String root : roots) {
            if (url.startsWith(root)) {
                relative = url.substring(root.length());
                break;
            }
        }
        if (relative == null) {
            // a jar without directory entries has no root to match: the folder is the last match in the URL
            String marker = "/" + location.path() + "/";
            int index = url.lastIndexOf(marker);
            if (index < 0) {
                return null;
            }
            relative = url.substring(index + marker.length());
        }
        return StringUtils.uriDecode(relative, StandardCharsets.UTF_8);
    }

    private static boolean isScript(String relativePath) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        return name.endsWith(".sql") && !name.startsWith(".");
    }

    /** A revision file as Spring found it, read when the loader asks. */
    private record SpringScriptResource(ScriptLocation location, String relativePath, Resource resource)
            implements ScriptResource {

        @Override
        public byte[] readAllBytes() throws IOException {
            return this.resource.getContentAsByteArray();
        }

    }

}
