package dev.revgraph.autogenerate;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a new revision declares about itself, for the renderers: the same as an SQL revision's header or a
 * Java revision's {@link dev.revgraph.Revision} annotation.
 *
 * @param id the revision id
 * @param down the parent ids
 * @param branchLabels its branch labels
 * @param dependsOn the ids or labels it depends on
 * @param message its message
 * @param created when it was written
 */
public record RevisionMetadata(String id, List<String> down, List<String> branchLabels, List<String> dependsOn,
        String message, Instant created) {

    public RevisionMetadata {
        Objects.requireNonNull(id, "id");
        down = List.copyOf(down);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(created, "created");
    }
}
