package dev.revgraph.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.revgraph.operation.ColumnType.Kind;

import org.jspecify.annotations.Nullable;

/**
 * A type as written {@code name(1, 2) suffix}: its name without the numeric parameters, and the
 * parameters. {@code timestamp(3) with time zone} is {@code timestamp with time zone} and {@code [3]};
 * {@code enum('a','b')} has no numeric parameters and stays whole.
 */
record TypeSyntax(String name, List<Integer> parameters) {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern PARAMETERS = Pattern.compile("\\(\\s*(\\d+(?:\\s*,\\s*\\d+)*)\\s*\\)");

    static TypeSyntax parse(String type) {
        Matcher matcher = PARAMETERS.matcher(type);
        if (!matcher.find()) {
            return new TypeSyntax(type.trim(), List.of());
        }
        String name = SPACES.matcher((type.substring(0, matcher.start()) + " " + type.substring(matcher.end())).trim())
            .replaceAll(" ")
            .replace(" [", "[");
        List<Integer> parameters = new ArrayList<>();
        for (String parameter : matcher.group(1).split(",")) {
            parameters.add(Integer.valueOf(parameter.trim()));
        }
        return new TypeSyntax(name, List.copyOf(parameters));
    }

    /** The name in lower case, for looking it up. */
    String key() {
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * The type in {@code family}, its parameters read as that family's: length for character and binary
     * types, precision and scale for decimals, fractional digits for time types; others' parameters (a
     * display width) stay in the native text only.
     */
    DataType toDataType(String nativeType, Kind family) {
        @Nullable Integer first = parameters.isEmpty() ? null : parameters.get(0);
        @Nullable Integer second = (parameters.size() > 1) ? parameters.get(1) : null;
        return switch (family) {
            case VARCHAR, CHAR, BINARY, TEXT, CLOB, BLOB, JSON ->
                new DataType(nativeType, name, family, first, null, null, first == null);
            case DECIMAL -> new DataType(nativeType, name, family, null, first, second, first == null);
            case TIMESTAMP, TIMESTAMP_TZ, TIME -> new DataType(nativeType, name, family, null, first, null, false);
            default -> new DataType(nativeType, name, family, null, null, null, false);
        };
    }
}
