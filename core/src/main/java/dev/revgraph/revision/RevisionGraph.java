package dev.revgraph.revision;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import dev.revgraph.ErrorCode;

/**
 * The revisions of one tree linked into a graph, with Alembic's identifier grammar and planner. Pure:
 * no files, no database. Built once with {@link #of(List)}, which validates everything; immutable and
 * safe to share afterwards.
 *
 * <pre>{@code
 * RevisionGraph graph = RevisionGraph.of(List.of(
 *         RevisionInfo.of("a1b2c3d4e5f6"),
 *         RevisionInfo.of("0badc0ffee00", "a1b2c3d4e5f6")));
 * Plan plan = graph.planUpgrade(Set.of(), "heads");
 * plan.steps();      // upgrade  -> a1b2c3d4e5f6, then upgrade a1b2c3d4e5f6 -> 0badc0ffee00
 * plan.rowsAfter();  // [0badc0ffee00]
 * }</pre>
 *
 * <h2>Heads</h2>
 * Alembic has two notions, and so does this class. {@link #heads()} are the revisions no other revision
 * names as a parent: each one can hold a version row. {@link #realHeads()} additionally leaves out the
 * revisions some other revision depends on, since applying that other revision applies them too; the
 * identifier {@code heads} resolves to these. The identifier {@code head} insists that {@link #heads()}
 * has exactly one member, as Alembic's does.
 *
 * <h2>Identifiers</h2>
 * A full id; a unique prefix ({@code ae10}); a branch label; {@code head}, {@code heads}, {@code base};
 * {@code label@head}, {@code label@heads}, {@code label@base}, {@code label@<rev>}; and relative
 * forms: {@code +2} and {@code -1} (from the current rows when planning), {@code ae10+2},
 * {@code head-1}, {@code base+2}, {@code label@+1}, {@code label@head-1}. Ranges {@code start:end} are
 * only for {@link #history(String)}.
 */
public final class RevisionGraph {

    private final List<Revision> revisions;

    private final Map<String, Revision> byId;

    private final Map<String, Revision> byLabel;

    private final Topology topology;

    private final List<Revision> heads;

    private final List<Revision> realHeads;

    private final List<Revision> bases;

    private final IdentifierResolver resolver;

    private final Planner planner;

    RevisionGraph(List<Revision> revisions, Map<String, Revision> byLabel, Topology topology) {
        this.revisions = List.copyOf(revisions);
        this.byId = new HashMap<>();
        for (Revision revision : revisions) {
            this.byId.put(revision.id(), revision);
        }
        this.byLabel = Map.copyOf(byLabel);
        this.topology = topology;
        this.heads = revisions.stream().filter(Revision::isHead).toList();
        this.realHeads = revisions.stream().filter(Revision::isRealHead).toList();
        this.bases = revisions.stream().filter(Revision::isBase).toList();
        this.resolver = new IdentifierResolver(this, topology, this.byLabel);
        this.planner = new Planner(this, topology, this.resolver);
    }

    /**
     * Links and validates revisions given in load order (which breaks ties in planning).
     * @throws RevisionGraphException with code {@code duplicate_revision}, {@code duplicate_label},
     *     {@code missing_parent}, {@code self_loop}, {@code cycle} or {@code parse_error} (an invalid
     *     id or label)
     */
    public static RevisionGraph of(List<RevisionInfo> inLoadOrder) {
        return RevisionGraphBuilder.build(inLoadOrder);
    }

    /** Every revision, in load order. */
    public List<Revision> revisions() {
        return this.revisions;
    }

    /** The revision with exactly this id (no prefixes, labels or symbols). */
    public Optional<Revision> find(String id) {
        return Optional.ofNullable(this.byId.get(id));
    }

    /**
     * The revision with exactly this id.
     * @throws RevisionNotFoundException if there is none
     */
    public Revision get(String id) {
        Revision revision = this.byId.get(id);
        if (revision == null) {
            throw RevisionNotFoundException.noSuchRevision(id);
        }
        return revision;
    }

    Revision require(String id) {
        return get(id);
    }

    /** Every revision no other revision names as a parent, in load order (may be depended on). */
    public Set<Revision> heads() {
        return ordered(this.heads);
    }

    /** The heads nothing depends on either: what the identifier {@code heads} resolves to. */
    public Set<Revision> realHeads() {
        return ordered(this.realHeads);
    }

    /** Every revision without parents, in load order (a base may still have dependencies). */
    public Set<Revision> bases() {
        return ordered(this.bases);
    }

    List<Revision> basesList() {
        return this.bases;
    }

    /** The branch labels declared in this graph, sorted, each with the revision that declares it. */
    public Map<String, Revision> branchLabels() {
        return Collections.unmodifiableMap(new TreeMap<>(this.byLabel));
    }

    /** The parents of a revision, as revisions. */
    public List<Revision> parents(Revision revision) {
        List<Revision> parents = new ArrayList<>();
        for (String id : revision.down()) {
            parents.add(this.byId.get(id));
        }
        return parents;
    }

    /**
     * Every revision an identifier stands for: empty for {@code base}, several for {@code heads}.
     * @throws RevisionGraphException {@code not_found}, {@code ambiguous}, {@code multiple_heads},
     *     {@code not_in_branch}, {@code ambiguous_walk}, {@code relative_out_of_range},
     *     {@code range_not_allowed}
     */
    public Set<Revision> resolve(String identifier) {
        return ordered(this.resolver.resolve(identifier));
    }

    /**
     * The one revision an identifier stands for, empty for {@code base}.
     * @throws MultipleHeadsException if it stands for several
     */
    public Optional<Revision> resolveOne(String identifier) {
        return Optional.ofNullable(this.resolver.resolveOne(identifier));
    }

    /**
     * Alembic's {@code iterate_revisions}: the revisions from {@code upper} down to {@code lower},
     * newest first, in the order an upgrade would run them in reverse (or, with
     * {@code selectForDowngrade}, the order a downgrade from {@code upper} to {@code lower} runs them).
     * @param upper where to start ({@code heads}, an id, a relative identifier)
     * @param lower where to stop ({@code base} or {@code null} for everything)
     * @param inclusive whether {@code lower} itself is included
     * @param implicitBase whether revisions on other branches needed by {@code upper} are included
     * @param selectForDowngrade whether to select as a downgrade from {@code upper} to {@code lower}
     */
    public List<Revision> iterate(String upper, @Nullable String lower, boolean inclusive, boolean implicitBase,
            boolean selectForDowngrade) {
        return iterate(upper, lower, inclusive, implicitBase, selectForDowngrade, true);
    }

    private List<Revision> iterate(String upper, @Nullable String lower, boolean inclusive, boolean implicitBase,
            boolean selectForDowngrade, boolean assertRelativeLength) {
        if (selectForDowngrade) {
            List<Revision> current = List.copyOf(this.resolver.resolve(upper));
            return this.planner.collectDowngrade(current, (lower != null) ? lower : "base", inclusive, implicitBase,
                    assertRelativeLength).ordered(this, this.topology);
        }
        String lowerIdentifier = (lower != null && !lower.equals("base")) ? lower : null;
        List<Revision> current = (lowerIdentifier != null) ? this.resolver.resolve(lowerIdentifier) : List.of();
        return this.planner.collectUpgrade(current, lowerIdentifier, upper, inclusive, implicitBase,
                assertRelativeLength).ordered(this, this.topology);
    }

    /**
     * What {@code history -r start:end} lists: {@code start} and {@code end} default to {@code base}
     * and {@code heads}, both ends are included, and relative ends stop at the end of the graph instead
     * of failing. {@code null} or empty lists everything.
     */
    public List<Revision> history(@Nullable String range) {
        String start = "base";
        String end = "heads";
        if (range != null && !range.isEmpty()) {
            int colon = range.indexOf(':');
            if (colon < 0) {
                throw new RevisionGraphException(ErrorCode.PARSE_ERROR,
                        "History range '" + range + "' must have the form start:end (either may be empty)");
            }
            start = range.substring(0, colon).isEmpty() ? "base" : range.substring(0, colon);
            end = range.substring(colon + 1).isEmpty() ? "heads" : range.substring(colon + 1);
        }
        return iterate(end, start, true, false, false, false);
    }

    /**
     * The upgrade from the current version rows to {@code target} ({@code heads}, {@code head}, an id,
     * a label, {@code +N}, ...): every ancestor of the target, parents and dependencies, that the rows
     * do not already imply, in Alembic's order.
     */
    public Plan planUpgrade(Set<String> currentRows, String target) {
        List<Revision> current = rows(currentRows);
        List<Revision> newestFirst = this.planner.collectUpgrade(current, null, target, false, true, true)
            .ordered(this, this.topology);
        List<Step> steps = new ArrayList<>(newestFirst.size());
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            steps.add(Step.up(newestFirst.get(i)));
        }
        return plan(currentRows, steps, false);
    }

    /**
     * The downgrade from the current version rows to {@code target}: every applied descendant of the
     * target, newest first. {@code base} takes everything back; {@code label@base} one branch.
     * @throws RevisionGraphException {@code not_a_downgrade_target} when the target is not below the
     *     rows, {@code irreversible} when a step cannot be downgraded (nothing has run)
     */
    public Plan planDowngrade(Set<String> currentRows, String target) {
        List<Revision> current = rows(currentRows);
        List<Revision> newestFirst = this.planner.collectDowngrade(current, target, false, false, true)
            .ordered(this, this.topology);
        List<Step> steps = new ArrayList<>(newestFirst.size());
        for (Revision revision : newestFirst) {
            if (revision.info().irreversible() != null) {
                throw new RevisionGraphException(ErrorCode.IRREVERSIBLE, "Revision " + revision.id() + " ("
                        + revision.source() + ") cannot be downgraded: " + revision.info().irreversible()
                        + "; nothing was run");
            }
            steps.add(Step.down(revision));
        }
        return plan(currentRows, steps, false);
    }

    /**
     * The stamp of {@code targets} onto the version rows, running nothing: up, down, or sideways to a
     * new branch, as Alembic's {@code stamp}. {@code base} (or no target) removes the rows of the
     * branches concerned. With {@code purge} every row is deleted first and the targets inserted.
     * @throws RevisionGraphException {@code overlap} when one target is an ancestor of another
     */
    public Plan planStamp(Set<String> currentRows, List<String> targets, boolean purge) {
        Set<String> start = purge ? Set.of() : currentRows;
        List<Step> steps = this.planner.stampSteps(rows(start), targets);
        return plan(start, steps, purge);
    }

    /** The version rows after one step, by Alembic's head-maintainer rule. */
    public Set<String> applyStep(Set<String> rows, Step step) {
        return Collections.unmodifiableSet(VersionRowRule.apply(rows, rowChanges(rows, step)));
    }

    /**
     * The inserts, deletes and updates of the version table that one step makes, in order; what
     * {@link #applyStep} applies, for a runtime or an SQL renderer to issue.
     */
    public List<RowChange> rowChanges(Set<String> rows, Step step) {
        return new VersionRowRule(this, this.topology).changes(rows, step);
    }

    /**
     * The version rows a plan passes through: entry {@code i} holds the rows after step {@code i}.
     */
    public List<Set<String>> rowsAfterEachStep(Plan plan) {
        VersionRowRule rule = new VersionRowRule(this, this.topology);
        List<Set<String>> result = new ArrayList<>();
        Set<String> rows = plan.rowsBefore();
        for (Step step : plan.steps()) {
            rows = Collections.unmodifiableSet(VersionRowRule.apply(rows, rule.changes(rows, step)));
            result.add(rows);
        }
        return result;
    }

    /**
     * Everything the rows imply as applied: the rows and all their ancestors, parents and
     * dependencies, in load order.
     */
    public Set<Revision> applied(Set<String> currentRows) {
        BitSet applied = this.topology.ancestors(Planner.indexes(rows(currentRows)), true);
        LinkedHashSet<Revision> result = new LinkedHashSet<>();
        for (int i = applied.nextSetBit(0); i >= 0; i = applied.nextSetBit(i + 1)) {
            result.add(this.revisions.get(i));
        }
        return Collections.unmodifiableSet(result);
    }

    private Plan plan(Set<String> rowsBefore, List<Step> steps, boolean purge) {
        VersionRowRule rule = new VersionRowRule(this, this.topology);
        Set<String> rows = new LinkedHashSet<>(sortedRows(rowsBefore));
        for (Step step : steps) {
            rows = VersionRowRule.apply(rows, rule.changes(rows, step));
        }
        return new Plan(steps, sortedRows(rowsBefore), sortedRows(rows), purge);
    }

    private List<Revision> rows(Collection<String> currentRows) {
        TreeSet<Integer> indexes = new TreeSet<>();
        for (String row : currentRows) {
            Revision revision = this.byId.get(row);
            if (revision == null) {
                throw new RevisionGraphException(ErrorCode.UNKNOWN_APPLIED_REVISION, "Version row '" + row
                        + "' is not a known revision");
            }
            indexes.add(revision.loadIndex());
        }
        List<Revision> result = new ArrayList<>(indexes.size());
        for (int index : indexes) {
            result.add(this.revisions.get(index));
        }
        return result;
    }

    /** Rows in load order, so that plans print the same way every time. */
    private Set<String> sortedRows(Collection<String> rows) {
        LinkedHashSet<String> result = new LinkedHashSet<>();
        for (Revision revision : rows(rows)) {
            result.add(revision.id());
        }
        return result;
    }

    private static Set<Revision> ordered(Collection<Revision> revisions) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(revisions));
    }
}
