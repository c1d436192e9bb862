package dev.revgraph.script;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.revgraph.revision.RevisionInfo;

/**
 * Every revision a {@link RevisionLoader} found, in load order: SQL files by location (in configured
 * order), then by path within the location; then Java revisions by package (in configured order), then by
 * class name. Load order breaks ties when the graph engine plans.
 */
public final class LoadedRevisions {

    private final List<RevisionScript> scripts;

    /** By id, in load order; built once, since the runtime looks revisions up once per step. */
    private final Map<String, RevisionScript> byId;

    /**
     * Wraps revisions already in load order.
     *
     * @param scripts the revisions, in load order
     */
    public LoadedRevisions(List<RevisionScript> scripts) {
        this.scripts = List.copyOf(scripts);
        Map<String, RevisionScript> index = new LinkedHashMap<>();
        this.scripts.forEach((script) -> index.putIfAbsent(script.id(), script));
        this.byId = Collections.unmodifiableMap(index);
    }

    /** The revisions, in load order. */
    public List<RevisionScript> scripts() {
        return this.scripts;
    }

    /** The revisions' metadata in load order: what {@code RevisionGraph.of(...)} takes. */
    public List<RevisionInfo> revisions() {
        return this.scripts.stream().map(RevisionScript::info).toList();
    }

    /** The revision with exactly this id. */
    public Optional<RevisionScript> find(String id) {
        return Optional.ofNullable(this.byId.get(id));
    }

    /** The revisions by id, in load order. */
    public Map<String, RevisionScript> byId() {
        return this.byId;
    }

    @Override
    public String toString() {
        return "LoadedRevisions[" + this.scripts.size() + " revisions]";
    }
}
