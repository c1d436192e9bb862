package dev.revgraph.script;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.revgraph.revision.RevisionInfo;

/**
 * Every revision a {@link RevisionLoader} found, in load order: SQL files by location (in configured
 * order), then by path within the location; then Java revisions by package (in configured order), then by
 * class name. Load order breaks ties when the graph engine plans.
 *
 * @param scripts the revisions, in load order
 */
public record LoadedRevisions(List<RevisionScript> scripts) {

    public LoadedRevisions {
        scripts = List.copyOf(scripts);
    }

    /** The revisions' metadata in load order: what {@code RevisionGraph.of(...)} takes. */
    public List<RevisionInfo> revisions() {
        return scripts.stream().map(RevisionScript::info).toList();
    }

    /** The revision with exactly this id. */
    public Optional<RevisionScript> find(String id) {
        return scripts.stream().filter((script) -> script.id().equals(id)).findFirst();
    }

    /** The revisions by id, in load order. */
    public Map<String, RevisionScript> byId() {
        Map<String, RevisionScript> byId = new LinkedHashMap<>();
        scripts.forEach((script) -> byId.put(script.id(), script));
        return byId;
    }
}
