package dev.revgraph.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Pairs the model's objects with the database's: by exact name first, then by the canonical key, so that
 * {@code orders} meets {@code ORDERS} on H2 but two tables that differ only in case still pair exactly.
 * The pairs come in the model's order, then the database's unpaired objects in theirs.
 */
final class Pairs {

    private Pairs() {
    }

    record Pair<T>(@Nullable T model, @Nullable T database) {
    }

    static <T> List<Pair<T>> byName(List<T> model, List<T> database, Function<T, String> name,
            Function<String, String> key) {
        Map<T, T> paired = new LinkedHashMap<>();
        List<T> unpaired = new ArrayList<>(database);
        for (T each : model) {
            T exact = unpaired.stream().filter((d) -> name.apply(d).equals(name.apply(each))).findFirst().orElse(null);
            if (exact != null) {
                paired.put(each, exact);
                unpaired.remove(exact);
            }
        }
        for (T each : model) {
            if (paired.containsKey(each)) {
                continue;
            }
            String wanted = key.apply(name.apply(each));
            T folded = unpaired.stream().filter((d) -> key.apply(name.apply(d)).equals(wanted)).findFirst().orElse(null);
            if (folded != null) {
                paired.put(each, folded);
                unpaired.remove(folded);
            }
        }
        List<Pair<T>> pairs = new ArrayList<>();
        for (T each : model) {
            pairs.add(new Pair<>(each, paired.get(each)));
        }
        for (T each : unpaired) {
            pairs.add(new Pair<>(null, each));
        }
        return pairs;
    }
}
