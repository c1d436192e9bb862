package dev.revgraph.revision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * One revision linked into a {@link RevisionGraph}: its {@link RevisionInfo} plus what only the whole
 * graph knows (children, resolved dependencies, effective branch labels).
 *
 * <p>Two words matter here, both Alembic's. A revision's <em>parents</em> ({@link #down()}) are its
 * versioned ancestry: they decide heads, branch points and merge points. Its <em>dependencies</em>
 * ({@link #dependsOn()}) must be applied first as well, but never make a revision stop being a head of
 * its own branch. Instances belong to one graph and compare by identity.
 */
public final class Revision {

    private final RevisionInfo info;

    private final int index;

    private final List<String> dependsOn;

    private final List<String> downWithDependencies;

    private final Set<String> branchLabels;

    private final int dependentCount;

    private List<Revision> children = List.of();

    Revision(RevisionInfo info, int index, List<String> dependsOn, List<String> downWithDependencies,
            Set<String> branchLabels, int dependentCount) {
        this.info = info;
        this.index = index;
        this.dependsOn = List.copyOf(dependsOn);
        this.downWithDependencies = List.copyOf(downWithDependencies);
        this.branchLabels = Collections.unmodifiableSet(branchLabels);
        this.dependentCount = dependentCount;
    }

    void linkChildren(List<Revision> children) {
        this.children = List.copyOf(children);
    }

    /** The revision id. */
    public String id() {
        return this.info.id();
    }

    /** Everything the script declared about this revision. */
    public RevisionInfo info() {
        return this.info;
    }

    /** The one-line message, empty when none. */
    public String message() {
        return this.info.message();
    }

    /** Where the revision was loaded from. */
    public String source() {
        return this.info.source();
    }

    /** The position of this revision in load order, from 0. Ties in planning are broken by it. */
    public int loadIndex() {
        return this.index;
    }

    /** The parent ids as declared: empty for a base, several for a merge point. */
    public List<String> down() {
        return this.info.down();
    }

    /**
     * The ids this revision depends on, with labels resolved to the revisions that declare them, in
     * declaration order.
     */
    public List<String> dependsOn() {
        return this.dependsOn;
    }

    /**
     * The parents followed by the dependencies that are not already dependencies of an ancestor
     * (Alembic's "normalized down revisions"): what must be applied immediately before this revision.
     */
    public List<String> downWithDependencies() {
        return this.downWithDependencies;
    }

    /** The revisions that name this one as a parent, in load order (dependents are not children). */
    public List<Revision> children() {
        return this.children;
    }

    /** The ids of {@link #children()}. */
    public List<String> childIds() {
        List<String> ids = new ArrayList<>(this.children.size());
        for (Revision child : this.children) {
            ids.add(child.id());
        }
        return ids;
    }

    /**
     * The effective branch labels: the ones declared here and the ones propagated from labelled
     * ancestors and descendants, as Alembic propagates them.
     */
    public Set<String> branchLabels() {
        return this.branchLabels;
    }

    /** Whether this revision has no parents. It may still have dependencies. */
    public boolean isBase() {
        return this.info.down().isEmpty();
    }

    /** Whether no revision names this one as a parent (a revision may be a head and depended on). */
    public boolean isHead() {
        return this.children.isEmpty();
    }

    /** Whether no revision names this one as a parent or depends on it. */
    public boolean isRealHead() {
        return this.children.isEmpty() && this.dependentCount == 0;
    }

    /** Whether more than one revision names this one as a parent. */
    public boolean isBranchPoint() {
        return this.children.size() > 1;
    }

    /** Whether this revision has more than one parent. */
    public boolean isMergePoint() {
        return this.info.down().size() > 1;
    }

    @Override
    public String toString() {
        return id();
    }
}
