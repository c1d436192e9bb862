package dev.revgraph.revision;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.Collections;

import org.jspecify.annotations.Nullable;

/**
 * Everything known about one revision before it is linked into a {@link RevisionGraph}: what an SQL
 * revision's header or a Java revision's {@link dev.revgraph.Revision @Revision} says, plus where it came
 * from and its checksum. A pure value: no file or class handles.
 *
 * @param id the revision id
 * @param down the parent ids, in declaration order (empty for a base, several for a merge point)
 * @param branchLabels the branch labels declared on this revision, in declaration order
 * @param dependsOn ids or labels this revision depends on without being their child
 * @param message the one-line message, empty when none
 * @param created when the revision was created, if known
 * @param transactional whether the revision runs inside a transaction
 * @param irreversible why a downgrade through this revision is impossible, or {@code null}
 * @param source where the revision was loaded from ({@code classpath:db/revisions/0001_init.sql},
 *     {@code class com.example.Backfill}); used in error messages
 * @param checksum the revision's checksum (hex SHA-256), or {@code null} when not computed
 */
public record RevisionInfo(
        String id,
        List<String> down,
        Set<String> branchLabels,
        List<String> dependsOn,
        String message,
        @Nullable Instant created,
        boolean transactional,
        @Nullable String irreversible,
        String source,
        @Nullable String checksum) {

    public RevisionInfo {
        Objects.requireNonNull(id, "id");
        down = List.copyOf(down);
        branchLabels = Collections.unmodifiableSet(new LinkedHashSet<>(branchLabels));
        dependsOn = List.copyOf(dependsOn);
        message = (message != null) ? message : "";
        source = (source != null) ? source : id;
    }

    /**
     * A revision with just an id and parents, for tests and tools: transactional, no labels, no
     * dependencies, no message.
     */
    public static RevisionInfo of(String id, String... down) {
        return new RevisionInfo(id, List.of(down), Set.of(), List.of(), "", null, true, null, id, null);
    }

    public RevisionInfo withBranchLabels(String... labels) {
        return new RevisionInfo(id, down, new LinkedHashSet<>(List.of(labels)), dependsOn, message, created,
                transactional, irreversible, source, checksum);
    }

    public RevisionInfo withDependsOn(String... dependencies) {
        return new RevisionInfo(id, down, branchLabels, List.of(dependencies), message, created, transactional,
                irreversible, source, checksum);
    }

    public RevisionInfo withMessage(String newMessage) {
        return new RevisionInfo(id, down, branchLabels, dependsOn, newMessage, created, transactional,
                irreversible, source, checksum);
    }

    public boolean isBase() {
        return down.isEmpty();
    }

    public boolean isMergePoint() {
        return down.size() > 1;
    }
}
