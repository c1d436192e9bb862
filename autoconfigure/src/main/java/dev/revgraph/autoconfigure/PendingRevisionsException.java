package dev.revgraph.autoconfigure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Start-up with {@code migrations.on-startup=validate} found revisions that are not applied.
 */
final class PendingRevisionsException extends IllegalStateException {

    private final Map<String, List<String>> pending;

    PendingRevisionsException(Map<String, List<String>> pending) {
        super(message(pending));
        this.pending = Collections.unmodifiableMap(new LinkedHashMap<>(pending));
    }

    /** The pending revision ids by tree name, in the order they would be applied. */
    Map<String, List<String>> pending() {
        return this.pending;
    }

    private static String message(Map<String, List<String>> pending) {
        return "The database is not up to date: " + pending.entrySet().stream()
            .map((entry) -> "tree '" + entry.getKey() + "' has " + entry.getValue().size() + " pending "
                    + ((entry.getValue().size() == 1) ? "revision" : "revisions") + " ("
                    + String.join(", ", entry.getValue()) + ")")
            .collect(Collectors.joining("; "));
    }

}
