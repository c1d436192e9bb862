package dev.revgraph.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A type as written, taken apart: {@code timestamp(3) with time zone} is the name
 * {@code timestamp with time zone} and the parameters {@code [3]}; {@code enum ('A', 'B')} keeps its
 * value list, spaces outside the quotes removed, as {@code enum('A','B')}. Names are folded to lower case
 * and their spaces collapsed; quoted values keep their case.
 *
 * @param name the name without numeric parameters, lower case
 * @param parameters the numeric parameters
 */
record TypeText(String name, List<Integer> parameters) {

    private static final Pattern NUMBERS = Pattern.compile("\\d+(\\s*,\\s*\\d+)*");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Parsed types by text: a schema has thousands of columns but a handful of distinct type strings. */
    private static final Map<String, TypeText> PARSED = new ConcurrentHashMap<>();

    private static final int MAX_CACHED = 10_000;

    TypeText {
        parameters = List.copyOf(parameters);
    }

    static TypeText parse(String type) {
        TypeText cached = PARSED.get(type);
        if (cached != null) {
            return cached;
        }
        TypeText parsed = parseText(type);
        if (PARSED.size() < MAX_CACHED) {
            PARSED.put(type, parsed);
        }
        return parsed;
    }

    private static TypeText parseText(String type) {
        String text = type.strip();
        int open = text.indexOf('(');
        if (open < 0) {
            return new TypeText(words(text), List.of());
        }
        int close = closing(text, open);
        String inside = text.substring(open + 1, close);
        String before = text.substring(0, open);
        String after = text.substring(close + 1);
        if (NUMBERS.matcher(inside.strip()).matches()) {
            List<Integer> parameters = new ArrayList<>();
            for (String part : inside.split(",")) {
                parameters.add(Integer.valueOf(part.strip()));
            }
            return new TypeText(words(before + " " + after), parameters);
        }
        return new TypeText(words(before) + "(" + withoutSpacesOutsideQuotes(inside) + ")"
                + (after.isBlank() ? "" : " " + words(after)), List.of());
    }

    private static int closing(String text, int open) {
        boolean quoted = false;
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            else if (c == ')' && !quoted) {
                return i;
            }
        }
        return text.length() - 1;
    }

    private static String words(String text) {
        return SPACES.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ").replace(" [", "[");
    }

    private static String withoutSpacesOutsideQuotes(String text) {
        StringBuilder result = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            if (quoted || c == '\'' || !Character.isWhitespace(c)) {
                result.append(c);
            }
        }
        return result.toString();
    }

    /** Whether the name is {@code candidate} or one of {@code more}. */
    boolean is(String candidate, String... more) {
        if (name.equals(candidate)) {
            return true;
        }
        for (String other : more) {
            if (name.equals(other)) {
                return true;
            }
        }
        return false;
    }

    Integer parameter(int index, Integer fallback) {
        return (parameters.size() > index) ? parameters.get(index) : fallback;
    }
}
