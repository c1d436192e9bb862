package dev.revgraph.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
        // Indexes by position, never by the records themselves: hashing a Table hashes all of it, and a
        // scan per object made pairing 500 tables quadratic.
        boolean[] taken = new boolean[database.size()];
        List<@Nullable T> partner = new ArrayList<>(Collections.nCopies(model.size(), null));
        Map<String, ArrayDeque<Integer>> byExactName = new HashMap<>();
        for (int i = 0; i < database.size(); i++) {
            add(byExactName, name.apply(database.get(i)), i);
        }
        for (int m = 0; m < model.size(); m++) {
            Integer match = next(byExactName.get(name.apply(model.get(m))), taken);
            if (match != null) {
                taken[match] = true;
                partner.set(m, database.get(match));
            }
        }
        Map<String, ArrayDeque<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < database.size(); i++) {
            if (!taken[i]) {
                add(byKey, key.apply(name.apply(database.get(i))), i);
            }
        }
        for (int m = 0; m < model.size(); m++) {
            if (partner.get(m) != null) {
                continue;
            }
            Integer match = next(byKey.get(key.apply(name.apply(model.get(m)))), taken);
            if (match != null) {
                taken[match] = true;
                partner.set(m, database.get(match));
            }
        }
        List<Pair<T>> pairs = new ArrayList<>(model.size() + database.size());
        for (int m = 0; m < model.size(); m++) {
            pairs.add(new Pair<>(model.get(m), partner.get(m)));
        }
        for (int i = 0; i < database.size(); i++) {
            if (!taken[i]) {
                pairs.add(new Pair<>(null, database.get(i)));
            }
        }
        return pairs;
    }

    private static void add(Map<String, ArrayDeque<Integer>> positions, String name, int position) {
        ArrayDeque<Integer> named = positions.get(name);
        if (named == null) {
            named = new ArrayDeque<>(1);
            positions.put(name, named);
        }
        named.add(position);
    }

    /** The first position in {@code candidates} not taken yet, or {@code null}. */
    private static @Nullable Integer next(@Nullable ArrayDeque<Integer> candidates, boolean[] taken) {
        if (candidates == null) {
            return null;
        }
        while (!candidates.isEmpty() && taken[candidates.peekFirst()]) {
            candidates.pollFirst();
        }
        return candidates.pollFirst();
    }
}
