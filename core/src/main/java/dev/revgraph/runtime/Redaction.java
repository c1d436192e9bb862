package dev.revgraph.runtime;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Keeps credentials out of messages, logs and the history table. */
final class Redaction {

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password|pwd|passwd)=([^&;\\s,)]*)");

    private static final Pattern URL_USER_INFO = Pattern.compile("(//)([^/@\\s:]+):([^/@\\s]+)@");

    private static final int MAX_STATEMENT = 300;

    private Redaction() {
    }

    /** {@code text} with passwords in URL parameters and user-info replaced by {@code ***}. */
    static String redact(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String redacted = PASSWORD_PARAMETER.matcher(text).replaceAll("$1=***");
        return URL_USER_INFO.matcher(redacted).replaceAll("$1$2:***@");
    }

    /** A statement on one line, shortened to a length that reads in a message. */
    static String shorten(String sql) {
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return (oneLine.length() <= MAX_STATEMENT) ? oneLine : oneLine.substring(0, MAX_STATEMENT - 3) + "...";
    }
}
