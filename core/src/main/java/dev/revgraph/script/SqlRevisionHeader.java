package dev.revgraph.script;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The {@code -- key: value} lines at the top of an SQL revision file, checked as they are read.
 */
final class SqlRevisionHeader {

    static final String REVISION = "revision";

    static final String DOWN_REVISION = "down_revision";

    static final String BRANCH_LABELS = "branch_labels";

    static final String DEPENDS_ON = "depends_on";

    static final String MESSAGE = "message";

    static final String CREATED = "created";

    static final String TRANSACTIONAL = "transactional";

    static final String IRREVERSIBLE = "irreversible";

    /** Every key a header may hold, in the order they are documented. */
    static final List<String> KEYS = List.of(REVISION, DOWN_REVISION, BRANCH_LABELS, DEPENDS_ON, MESSAGE, CREATED,
            TRANSACTIONAL, IRREVERSIBLE);

    /**
     * The most words a key may have: a misspelt {@code branch labels:} is caught while a prose sentence that
     * happens to contain a colon is not.
     */
    private static final int MAX_KEY_WORDS = 3;

    private final String source;

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private @Nullable Instant created;

    SqlRevisionHeader(String source) {
        this.source = source;
    }

    /**
     * Reads one header comment.
     *
     * @param comment the comment's text after {@code --}, stripped
     * @param line its 1-based line in the file
     */
    void readLine(String comment, int line) {
        int colon = keyColon(comment);
        if (colon < 0) {
            return;
        }
        String key = comment.substring(0, colon).stripTrailing();
        String value = comment.substring(colon + 1).strip();
        if (!KEYS.contains(key)) {
            String normalised = key.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            String hint = KEYS.contains(normalised) ? "did you mean '" + normalised + "'? " : "";
            throw problem(line, "unknown header key '" + key + "'; " + hint + "known keys: "
                    + String.join(", ", KEYS) + " (prose comments with a colon belong below the header)");
        }
        Entry earlier = entries.get(key);
        if (earlier != null) {
            throw problem(line, "header key '" + key + "' appears twice (first on line " + earlier.line() + ")");
        }
        Entry entry = new Entry(value, line);
        validate(key, entry);
        entries.put(key, entry);
    }

    /**
     * Where the colon of a comment that looks like {@code key: value} is, or -1 when it does not: a key is
     * a word ({@code [A-Za-z_][A-Za-z0-9_]*}) followed by up to two more, each after one space or hyphen,
     * then optional white space and the colon; the value is the rest of the line. A hand-written scan, as
     * it runs for every header line of every script on every start.
     */
    static int keyColon(String comment) {
        int length = comment.length();
        if (length == 0 || !isKeyStart(comment.charAt(0))) {
            return -1;
        }
        int i = skipWord(comment, 1);
        for (int words = 1; words < MAX_KEY_WORDS; words++) {
            if (i + 1 < length && (comment.charAt(i) == ' ' || comment.charAt(i) == '-')
                    && isKeyPart(comment.charAt(i + 1))) {
                i = skipWord(comment, i + 2);
            }
            else {
                break;
            }
        }
        while (i < length && isSpace(comment.charAt(i))) {
            i++;
        }
        if (i >= length || comment.charAt(i) != ':') {
            return -1;
        }
        for (int j = i + 1; j < length; j++) {
            char c = comment.charAt(j);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return -1; // a line separator inside: not one line, so not a key line
            }
        }
        return i;
    }

    private static int skipWord(String text, int from) {
        int i = from;
        while (i < text.length() && isKeyPart(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isKeyStart(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    }

    private static boolean isKeyPart(char c) {
        return isKeyStart(c) || (c >= '0' && c <= '9');
    }

    /** White space as {@code \s} in a regular expression: space, tab, line breaks, vertical tab, form feed. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private void validate(String key, Entry entry) {
        switch (key) {
            case REVISION -> {
                if (entry.value().contains(",")) {
                    throw problem(entry.line(), "'revision' holds exactly one id; parents go in 'down_revision'");
                }
                check(entry, RevisionIds.checkId(entry.value()));
            }
            case DOWN_REVISION -> list(key, entry, RevisionIds::checkId);
            case BRANCH_LABELS -> list(key, entry, RevisionIds::checkLabel);
            case DEPENDS_ON -> list(key, entry, RevisionIds::checkReference);
            case CREATED -> this.created = parseCreated(entry);
            case TRANSACTIONAL -> {
                if (!entry.value().equalsIgnoreCase("true") && !entry.value().equalsIgnoreCase("false")) {
                    throw problem(entry.line(), "'transactional' must be true or false, not '" + entry.value() + "'");
                }
            }
            case IRREVERSIBLE -> {
                if (entry.value().isEmpty()) {
                    throw problem(entry.line(), "'irreversible' needs a reason, e.g. "
                            + "'-- irreversible: drops data that cannot be restored'");
                }
            }
            default -> {
                // message: free text
            }
        }
    }

    private void check(Entry entry, Optional<String> problem) {
        problem.ifPresent((message) -> {
            throw problem(entry.line(), message);
        });
    }

    private List<String> list(String key, Entry entry, Function<String, Optional<String>> checker) {
        List<String> items = new ArrayList<>();
        if (entry.value().isEmpty()) {
            return items;
        }
        for (String raw : entry.value().split(",", -1)) {
            String item = raw.strip();
            if (item.isEmpty()) {
                throw problem(entry.line(), "'" + key + "' has an empty item; check for doubled or trailing commas");
            }
            check(entry, checker.apply(item));
            if (items.contains(item)) {
                throw problem(entry.line(), "'" + key + "' lists '" + item + "' twice");
            }
            items.add(item);
        }
        return items;
    }

    /** Fails unless {@code revision} and {@code down_revision} are present. */
    void requireMandatoryKeys() {
        if (!entries.containsKey(REVISION)) {
            throw problem(1, "missing '-- revision: <id>' in the header (the '-- key: value' lines at the top)");
        }
        if (!entries.containsKey(DOWN_REVISION)) {
            throw problem(1, "missing '-- down_revision:' in the header; leave it empty for a base revision");
        }
    }

    String revision() {
        return value(REVISION, "");
    }

    List<String> downRevisions() {
        return listOf(DOWN_REVISION);
    }

    List<String> branchLabels() {
        return listOf(BRANCH_LABELS);
    }

    List<String> dependsOn() {
        return listOf(DEPENDS_ON);
    }

    String message() {
        return value(MESSAGE, "");
    }

    boolean transactional() {
        return Boolean.parseBoolean(value(TRANSACTIONAL, "true").toLowerCase(Locale.ROOT));
    }

    @Nullable String irreversible() {
        Entry entry = entries.get(IRREVERSIBLE);
        return (entry != null) ? entry.value() : null;
    }

    @Nullable Instant created() {
        return this.created;
    }

    private @Nullable Instant parseCreated(Entry entry) {
        if (entry.value().isEmpty()) {
            return null;
        }
        Instant utc = parseUtcSeconds(entry.value());
        if (utc != null) {
            return utc;
        }
        try {
            return OffsetDateTime.parse(entry.value()).toInstant();
        }
        catch (DateTimeParseException ex) {
            throw problem(entry.line(), "'created' value '" + entry.value()
                    + "' is not an ISO-8601 timestamp with a zone, e.g. 2024-06-03T09:43:44Z");
        }
    }

    /**
     * The form {@code revision} writes, {@code 2024-06-03T09:43:44Z}, read without the general ISO
     * parser (which costs more than the rest of a header in a fresh JVM); null for any other form, which
     * the general parser then reads or refuses.
     */
    private static @Nullable Instant parseUtcSeconds(String value) {
        if (value.length() != 20 || value.charAt(4) != '-' || value.charAt(7) != '-' || value.charAt(10) != 'T'
                || value.charAt(13) != ':' || value.charAt(16) != ':' || value.charAt(19) != 'Z') {
            return null;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 7);
        int day = digits(value, 8, 10);
        int hour = digits(value, 11, 13);
        int minute = digits(value, 14, 16);
        int second = digits(value, 17, 19);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
        }
        catch (DateTimeException ex) {
            return null; // out of range: let the general parser say so
        }
    }

    private static int digits(String value, int from, int to) {
        int result = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            result = result * 10 + (c - '0');
        }
        return result;
    }

    /** The line of {@code key}, or 1 when absent. */
    int lineOf(String key) {
        Entry entry = entries.get(key);
        return (entry != null) ? entry.line() : 1;
    }

    private String value(String key, String fallback) {
        Entry entry = entries.get(key);
        return (entry != null) ? entry.value() : fallback;
    }

    private List<String> listOf(String key) {
        Entry entry = entries.get(key);
        if (entry == null || entry.value().isEmpty()) {
            return List.of();
        }
        return List.of(entry.value().split("\\s*,\\s*"));
    }

    private ScriptParseException problem(int line, String message) {
        return SqlRevisionParser.problem(source, line, message);
    }

    private record Entry(String value, int line) {
    }
}
