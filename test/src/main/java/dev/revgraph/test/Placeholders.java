package dev.revgraph.test;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Replaces {@code ${NAME}} and {@code ${NAME:default}} in an annotation's value with a system property,
 * else the environment variable of that name.
 */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

    private Placeholders() {
    }

    /** A placeholder without a value or default. */
    static final class UnsetException extends RuntimeException {

        private final String name;

        UnsetException(String name) {
            super(name + " is not set");
            this.name = name;
        }

        String name() {
            return name;
        }
    }

    static String resolve(String text) {
        return resolve(text, (name) -> {
            String value = System.getProperty(name);
            return (value != null) ? value : System.getenv(name);
        });
    }

    /**
     * {@code text} with each placeholder replaced by the value {@code lookup} gives, else its default.
     * @throws UnsetException for a placeholder with neither
     */
    static String resolve(String text, UnaryOperator<@Nullable String> lookup) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String value = lookup.apply(matcher.group(1).trim());
            if (value == null || value.isEmpty()) {
                value = matcher.group(2);
            }
            if (value == null) {
                throw new UnsetException(matcher.group(1).trim());
            }
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }
}
