package dev.revgraph.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The JSON that {@code --json} prints: objects keep the order their members were added in (so the
 * output is stable), members with a {@code null} value are left out, and {@link #write(Object)} writes
 * maps, collections, strings, numbers and booleans with two-space indentation. Small on purpose: core
 * takes no JSON library for a few dozen lines of output.
 */
public final class Json {

    private Json() {
    }

    /** A new object to fill with {@link JsonObject#put(String, Object)}. */
    public static JsonObject object() {
        return new JsonObject();
    }

    /** {@code value} as indented JSON, without a trailing newline. */
    public static String write(@Nullable Object value) {
        StringBuilder json = new StringBuilder();
        write(json, value, "");
        return json.toString();
    }

    private static void write(StringBuilder json, @Nullable Object value, String indent) {
        if (value == null) {
            json.append("null");
        }
        else if (value instanceof JsonObject object) {
            write(json, object.members(), indent);
        }
        else if (value instanceof Map<?, ?> map) {
            writeObject(json, map, indent);
        }
        else if (value instanceof Collection<?> collection) {
            writeArray(json, collection, indent);
        }
        else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            json.append(value);
        }
        else if (value instanceof Number number) {
            json.append(number.toString());
        }
        else {
            string(json, value.toString());
        }
    }

    private static void writeObject(StringBuilder json, Map<?, ?> map, String indent) {
        List<Map.Entry<?, ?>> members = new ArrayList<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (entry.getValue() != null) {
                members.add(entry);
            }
        }
        if (members.isEmpty()) {
            json.append("{}");
            return;
        }
        String inner = indent + "  ";
        json.append("{\n");
        for (int i = 0; i < members.size(); i++) {
            json.append(inner);
            string(json, String.valueOf(members.get(i).getKey()));
            json.append(": ");
            write(json, members.get(i).getValue(), inner);
            json.append((i < members.size() - 1) ? ",\n" : "\n");
        }
        json.append(indent).append('}');
    }

    private static void writeArray(StringBuilder json, Collection<?> values, String indent) {
        if (values.isEmpty()) {
            json.append("[]");
            return;
        }
        boolean scalars = values.stream().noneMatch((value) -> value instanceof Map || value instanceof Collection
                || value instanceof JsonObject);
        if (scalars) {
            // short lists of ids read best on one line
            json.append('[');
            int i = 0;
            for (Object value : values) {
                write(json, value, indent);
                json.append((++i < values.size()) ? ", " : "");
            }
            json.append(']');
            return;
        }
        String inner = indent + "  ";
        json.append("[\n");
        int i = 0;
        for (Object value : values) {
            json.append(inner);
            write(json, value, inner);
            json.append((++i < values.size()) ? ",\n" : "\n");
        }
        json.append(indent).append(']');
    }

    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    }
                    else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    /** A JSON object under construction; members keep their order, {@code null} members are left out. */
    public static final class JsonObject {

        private final Map<String, @Nullable Object> members = new LinkedHashMap<>();

        private JsonObject() {
        }

        /** Adds a member; a {@code null} value leaves it out of the output. */
        public JsonObject put(String name, @Nullable Object value) {
            this.members.put(name, value);
            return this;
        }

        /** The members, in the order they were added. */
        public Map<String, @Nullable Object> members() {
            return this.members;
        }

        @Override
        public String toString() {
            return write(this);
        }
    }
}
