package dev.revgraph.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/** The one order of everything in the model that has no order of its own: by name, unnamed last. */
final class Ordering {

    private Ordering() {
    }

    /** {@code items} sorted by name (unnamed ones last, by their text), as an unmodifiable list. */
    static <T> List<T> byName(List<T> items, Function<T, @Nullable String> name) {
        if (items.size() < 2) {
            // most tables have no index, foreign key or check at all, or one: nothing to sort
            return List.copyOf(items);
        }
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(name, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(String::valueOf));
        return List.copyOf(sorted);
    }
}
