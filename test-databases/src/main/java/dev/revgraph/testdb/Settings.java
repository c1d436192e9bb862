package dev.revgraph.testdb;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Where the test-database settings are read: a system property, else the environment variable of the
 * same name. Tests of this module pass a map instead, leaving the real environment alone.
 */
@FunctionalInterface
interface Settings {

    /** The non-blank value of the setting, or {@code null}. */
    @Nullable String get(String name);

    /** Whether the setting is {@code true}, ignoring case. */
    default boolean isTrue(String name) {
        String value = get(name);
        return value != null && Boolean.parseBoolean(value.trim());
    }

    static Settings system() {
        return name -> nonBlank(System.getProperty(name, System.getenv(name)));
    }

    static Settings of(Map<String, String> values) {
        return name -> nonBlank(values.get(name));
    }

    private static @Nullable String nonBlank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
