package dev.revgraph.autoconfigure.actuate;

import java.util.regex.Pattern;

import dev.revgraph.RevGraphException;

import org.jspecify.annotations.Nullable;

/**
 * What the endpoint and the health indicator may say about an error: no JDBC URL, no password, no host
 * address. Driver messages name hosts and ports ("Connection to 10.0.0.5:5432 refused"), so only our
 * own exceptions' messages are shown, and even those are scrubbed, since some carry a driver's text.
 */
final class SafeText {

    private static final Pattern JDBC_URL = Pattern.compile("jdbc:[^\\s'\"]+");

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password|pwd|passwd)\\s*[=:]\\s*[^&;\\s,)]*");

    private static final Pattern IP_ADDRESS = Pattern.compile("\\b\\d{1,3}(\\.\\d{1,3}){3}(:\\d{1,5})?\\b");

    /** {@code db.example.com:5432}, {@code localhost:3306}; not {@code 0001_init.sql:12}, a script and line. */
    private static final Pattern HOST_AND_PORT = Pattern
        .compile("\\b(?![A-Za-z0-9_.-]*\\.(?:sql|java):)[A-Za-z][A-Za-z0-9_.-]*:\\d{2,5}\\b");

    private SafeText() {
    }

    /** {@code text} with JDBC URLs, passwords, IP addresses and {@code host:port} pairs replaced by {@code ***}. */
    static String scrub(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String scrubbed = JDBC_URL.matcher(text).replaceAll("jdbc:***");
        scrubbed = PASSWORD.matcher(scrubbed).replaceAll("$1=***");
        scrubbed = IP_ADDRESS.matcher(scrubbed).replaceAll("***");
        return HOST_AND_PORT.matcher(scrubbed).replaceAll("***");
    }

    /**
     * A one-line description of {@code ex} fit for an HTTP body: the message of a {@link RevGraphException}
     * (our own words), else the exception's type and the scrubbed message of the exception itself,
     * never of its causes.
     */
    static String describe(Throwable ex) {
        if (ex instanceof RevGraphException) {
            return scrub(ex.getMessage());
        }
        return ex.getClass().getSimpleName() + ": " + scrub(ex.getMessage());
    }
}
