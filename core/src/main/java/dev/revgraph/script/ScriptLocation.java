package dev.revgraph.script;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Where revision files live: {@code classpath:db/revisions} (the default), {@code filesystem:/opt/app/db},
 * or a bare path, which means the class path. {@code {vendor}} expands to the database id, so
 * {@code classpath:db/{vendor}} finds {@code db/postgresql} on PostgreSQL.
 *
 * @param kind where to look
 * @param path the folder: for the class path without leading or trailing {@code /}; for the file system
 *     as given (relative paths are relative to the working directory)
 */
public record ScriptLocation(Kind kind, String path) {

    /** The default location. */
    public static final String DEFAULT = "classpath:db/revisions";

    private static final String CLASSPATH_PREFIX = "classpath:";

    private static final String FILESYSTEM_PREFIX = "filesystem:";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

    private static final Pattern URL_LIKE_PREFIX = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");

    private static final Pattern VENDOR = Pattern.compile("[a-z0-9_]+");

    /** The two places revision files can come from. */
    public enum Kind {
        /** Folders on the class path, in directories and jars. */
        CLASSPATH,
        /** A folder on the file system. */
        FILESYSTEM
    }

    public ScriptLocation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
    }

    /**
     * Parses a configured location.
     *
     * @param location as configured, e.g. {@code classpath:db/{vendor}}
     * @param vendor the database id {@code {vendor}} expands to ({@code postgresql}, {@code mariadb},
     *     {@code mysql}, {@code h2}), or {@code null} when not known
     * @throws IllegalArgumentException for an unknown prefix, an unknown placeholder, {@code {vendor}}
     *     without a vendor, or an empty path
     */
    public static ScriptLocation parse(String location, @Nullable String vendor) {
        String expanded = expand(location.strip(), vendor);
        if (expanded.startsWith(CLASSPATH_PREFIX)) {
            return classpath(location, expanded.substring(CLASSPATH_PREFIX.length()));
        }
        if (expanded.startsWith(FILESYSTEM_PREFIX)) {
            String path = expanded.substring(FILESYSTEM_PREFIX.length()).strip();
            if (path.isEmpty()) {
                throw new IllegalArgumentException("Location '" + location + "' names no folder");
            }
            return new ScriptLocation(Kind.FILESYSTEM, stripTrailingSeparators(path));
        }
        if (URL_LIKE_PREFIX.matcher(expanded).find()) {
            throw new IllegalArgumentException("Location '" + location
                    + "' has an unknown prefix; use 'classpath:' or 'filesystem:'");
        }
        return classpath(location, expanded);
    }

    private static ScriptLocation classpath(String location, String rawPath) {
        String path = rawPath.strip();
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        path = stripTrailingSeparators(path);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("Location '" + location
                    + "' names the root of the class path; name the folder that holds the revisions");
        }
        return new ScriptLocation(Kind.CLASSPATH, path);
    }

    private static String expand(String location, @Nullable String vendor) {
        Matcher matcher = PLACEHOLDER.matcher(location);
        StringBuilder expanded = new StringBuilder();
        while (matcher.find()) {
            if (!matcher.group(1).equals("vendor")) {
                throw new IllegalArgumentException("Location '" + location + "' uses unknown placeholder {"
                        + matcher.group(1) + "}; only {vendor} is supported");
            }
            if (vendor == null || vendor.isBlank()) {
                throw new IllegalArgumentException("Location '" + location
                        + "' uses {vendor}, but the database vendor is not known");
            }
            String id = vendor.strip().toLowerCase(Locale.ROOT);
            if (!VENDOR.matcher(id).matches()) {
                throw new IllegalArgumentException("Database vendor '" + vendor + "' is not a database id");
            }
            matcher.appendReplacement(expanded, id);
        }
        matcher.appendTail(expanded);
        return expanded.toString();
    }

    private static String stripTrailingSeparators(String path) {
        String stripped = path;
        while (stripped.length() > 1 && (stripped.endsWith("/") || stripped.endsWith("\\"))) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }

    /** How a file at {@code relativePath} under this location is shown: {@code classpath:db/revisions/0001_init.sql}. */
    public String describe(String relativePath) {
        return this + "/" + relativePath;
    }

    /** The location as it would be configured, e.g. {@code classpath:db/postgresql}. */
    @Override
    public String toString() {
        return ((kind == Kind.CLASSPATH) ? CLASSPATH_PREFIX : FILESYSTEM_PREFIX) + path;
    }
}
