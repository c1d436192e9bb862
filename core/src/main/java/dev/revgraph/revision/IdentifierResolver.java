package dev.revgraph.revision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.revgraph.ErrorCode;

/**
 * Alembic's identifier grammar: full ids, unique prefixes, branch labels, {@code head}, {@code heads},
 * {@code base}, {@code label@...}, and the walks behind relative identifiers ({@code +N}, {@code -N},
 * {@code rev+N}, {@code label@head-1}).
 */
final class IdentifierResolver {

    /** {@code [label@][symbol](+|-)N}, Alembic's relative destination. */
    static final Pattern RELATIVE = Pattern.compile("(?:(.+?)@)?(\\w+)?([+-]\\d+)");

    private final RevisionGraph graph;

    private final Topology topology;

    private final Map<String, Revision> byLabel;

    /** Ids and labels together, for prefix search. */
    private final TreeMap<String, Revision> keys = new TreeMap<>();

    IdentifierResolver(RevisionGraph graph, Topology topology, Map<String, Revision> byLabel) {
        this.graph = graph;
        this.topology = topology;
        this.byLabel = byLabel;
        for (Revision revision : graph.revisions()) {
            this.keys.put(revision.id(), revision);
        }
        this.keys.putAll(byLabel);
    }

    /** A parsed relative identifier. */
    record Relative(@Nullable String label, @Nullable String symbol, int steps, String text) {
    }

    /** Where a walk ends: a revision, or base ({@code revision == null}). */
    record Position(@Nullable Revision revision) {

        static final Position BASE = new Position(null);
    }

    static @Nullable Relative parseRelative(String identifier) {
        Matcher matcher = RELATIVE.matcher(identifier);
        if (!matcher.matches()) {
            return null;
        }
        String steps = matcher.group(3);
        int value;
        try {
            value = Integer.parseInt(steps.startsWith("+") ? steps.substring(1) : steps);
        }
        catch (NumberFormatException ex) {
            throw new RevisionGraphException(ErrorCode.RELATIVE_OUT_OF_RANGE,
                    "Relative revision " + steps + " is out of range");
        }
        return new Relative(matcher.group(1), matcher.group(2), value, steps);
    }

    static void rejectRange(String identifier) {
        if (identifier.contains(":")) {
            throw new RevisionGraphException(ErrorCode.RANGE_NOT_ALLOWED, "Range revision '" + identifier
                    + "' is not allowed here; a range 'start:end' is only accepted by history and offline SQL");
        }
    }

    /** Alembic's {@code get_revisions} for one identifier, extended to relative forms with a symbol. */
    List<Revision> resolve(@Nullable String identifier) {
        if (identifier == null || identifier.isEmpty()) {
            return List.of();
        }
        rejectRange(identifier);
        Relative relative = parseRelative(identifier);
        if (relative != null) {
            return resolveRelative(relative);
        }
        int at = identifier.indexOf('@');
        String label = (at >= 0) ? identifier.substring(0, at) : null;
        List<String> ids = resolveNumber(identifier);
        List<Revision> result = new ArrayList<>(ids.size());
        for (String id : ids) {
            result.add(revisionForIdent(id, label));
        }
        return result;
    }

    /** Alembic's {@code get_revision}: at most one revision, {@code null} for base. */
    @Nullable Revision resolveOne(@Nullable String identifier) {
        List<Revision> revisions = resolve(identifier);
        if (revisions.size() > 1) {
            throw new MultipleHeadsException(ids(revisions), identifier);
        }
        return revisions.isEmpty() ? null : revisions.get(0);
    }

    private List<Revision> resolveRelative(Relative relative) {
        List<Revision> result = new ArrayList<>();
        if (relative.symbol() == null && relative.steps() < 0) {
            // Alembic: [label@]-N walks down from every head (of that branch)
            for (Revision head : this.graph.realHeads()) {
                if (relative.label() == null || head.branchLabels().contains(relative.label())) {
                    addPosition(result, requireWalk(walk(head, relative.steps(), null, true), relative));
                }
            }
            return result;
        }
        if (relative.symbol() == null) {
            addPosition(result, requireWalk(walk(null, relative.steps(), relative.label(), true), relative));
            return result;
        }
        addPosition(result, requireWalk(walkFromSymbol(relative, true), relative));
        return result;
    }

    /** Walks from an explicit symbol: up filtered by the label, down from {@code label@symbol}. */
    @Nullable Position walkFromSymbol(Relative relative, boolean noOverwalk) {
        String symbol = relative.symbol();
        if (relative.steps() > 0) {
            return walk(resolveOne(symbol), relative.steps(), relative.label(), noOverwalk);
        }
        String start = (relative.label() != null) ? relative.label() + "@" + symbol : symbol;
        return walk(resolveOne(start), relative.steps(), null, noOverwalk);
    }

    static Position requireWalk(@Nullable Position position, Relative relative) {
        if (position == null) {
            throw outOfRange(relative);
        }
        return position;
    }

    static RevisionGraphException outOfRange(Relative relative) {
        return new RevisionGraphException(ErrorCode.RELATIVE_OUT_OF_RANGE, "Relative revision " + relative.text()
                + " didn't produce " + Math.abs(relative.steps()) + " migrations"
                + ((relative.symbol() != null) ? " from " + relative.symbol() : ""));
    }

    private static void addPosition(List<Revision> result, Position position) {
        if (position.revision() != null) {
            result.add(position.revision());
        }
    }

    /**
     * Alembic's {@code _walk}: {@code steps} up (positive) or down (negative) from {@code start}
     * ({@code null} is base). Going up, {@code label} keeps to that branch. Returns {@code null} when
     * the walk runs off the graph and {@code noOverwalk} is set; otherwise it stops where it ran out.
     */
    @Nullable Position walk(@Nullable Revision start, int steps, @Nullable String label, boolean noOverwalk) {
        Position current = (start != null) ? new Position(start) : Position.BASE;
        boolean belowBase = false;
        for (int i = 0; i < Math.abs(steps); i++) {
            List<Revision> next;
            if (steps > 0) {
                next = (current.revision() == null) ? this.graph.basesList() : current.revision().children();
                if (label != null) {
                    next = filterForLineage(next, List.of(resolveBranch(label)), false);
                }
            }
            else if (current.revision() == null || belowBase) {
                next = List.of();
            }
            else {
                next = this.graph.parents(current.revision());
                if (next.isEmpty()) {
                    current = Position.BASE;
                    belowBase = true;
                    continue;
                }
            }
            if (next.isEmpty()) {
                return noOverwalk ? null : current;
            }
            if (next.size() > 1) {
                String from = (current.revision() != null) ? "revision " + current.revision().id() : "base";
                throw new RevisionGraphException(ErrorCode.AMBIGUOUS_WALK, "Ambiguous walk: " + from + " leads to "
                        + String.join(", ", ids(next)) + " when walking " + ((steps > 0) ? "up" : "down")
                        + "; name one of them, or use '<branchname>@" + ((steps > 0) ? "+" : "-") + Math.abs(steps)
                        + "'");
            }
            current = new Position(next.get(0));
        }
        return current;
    }

    /**
     * Alembic's {@code _resolve_revision_number}: the ids a symbolic name stands for ({@code head},
     * {@code heads}, {@code base}, optionally after {@code label@}); anything else is returned as is.
     */
    List<String> resolveNumber(String identifier) {
        int at = identifier.indexOf('@');
        String label = (at >= 0) ? identifier.substring(0, at) : null;
        String rest = (at >= 0) ? identifier.substring(at + 1) : identifier;
        if (rest.equals("heads")) {
            List<Revision> heads = (label != null)
                    ? filterForLineage(this.graph.heads(), List.of(resolveBranch(label)), false)
                    : List.copyOf(this.graph.realHeads());
            return ids(heads);
        }
        if (rest.equals("head")) {
            List<Revision> heads = (label != null)
                    ? filterForLineage(this.graph.heads(), List.of(resolveBranch(label)), false)
                    : List.copyOf(this.graph.heads());
            if (heads.size() > 1) {
                throw new MultipleHeadsException(ids(heads), (label != null) ? label + "@head" : "head");
            }
            return ids(heads);
        }
        if (rest.equals("base") || rest.isEmpty()) {
            if (label != null) {
                resolveBranch(label);
            }
            return List.of();
        }
        return List.of(rest);
    }

    /** Alembic's {@code _resolve_branch}: a label, else any revision identifier, else not found. */
    Revision resolveBranch(String label) {
        Revision labelled = this.byLabel.get(label);
        if (labelled != null) {
            return labelled;
        }
        try {
            return revisionForIdent(label, null);
        }
        catch (RevisionNotFoundException ex) {
            throw RevisionNotFoundException.noSuchBranch(label);
        }
    }

    /** Alembic's {@code _revision_for_ident}: exact id or label, else a unique prefix. */
    Revision revisionForIdent(String identifier, @Nullable String branch) {
        Revision branchRevision = (branch != null) ? resolveBranch(branch) : null;
        Revision revision = this.keys.get(identifier);
        if (revision == null) {
            SortedMap<String, Revision> matches = this.keys.subMap(identifier, identifier + Character.MAX_VALUE);
            Set<Revision> candidates = new LinkedHashSet<>();
            List<String> candidateKeys = new ArrayList<>();
            for (Map.Entry<String, Revision> match : matches.entrySet()) {
                // as in Alembic, only ids and labels longer than three characters match by prefix
                if (match.getKey().length() > 3 && (branchRevision == null
                        || sharesLineage(match.getValue(), List.of(branchRevision), false))) {
                    if (candidates.add(match.getValue())) {
                        candidateKeys.add(match.getKey());
                    }
                }
            }
            if (candidates.isEmpty()) {
                throw RevisionNotFoundException.noSuchRevision(identifier);
            }
            if (candidates.size() > 1) {
                throw new AmbiguousRevisionException(identifier, candidateKeys);
            }
            revision = candidates.iterator().next();
        }
        if (branchRevision != null && !sharesLineage(revision, List.of(branchRevision), false)) {
            throw new RevisionGraphException(ErrorCode.NOT_IN_BRANCH, "Revision " + revision.id() + " ("
                    + revision.source() + ") is not a member of branch '" + branch + "'");
        }
        return revision;
    }

    /** The targets that are an ancestor or descendant of (or equal to) one of {@code anchors}. */
    List<Revision> filterForLineage(Collection<Revision> targets, Collection<Revision> anchors,
            boolean withDependencies) {
        List<Revision> result = new ArrayList<>();
        for (Revision target : targets) {
            if (sharesLineage(target, anchors, withDependencies)) {
                result.add(target);
            }
        }
        return result;
    }

    boolean sharesLineage(Revision target, Collection<Revision> anchors, boolean withDependencies) {
        if (anchors.isEmpty()) {
            return true;
        }
        for (Revision anchor : anchors) {
            if (this.topology.isAncestorOrSelf(anchor.loadIndex(), target.loadIndex(), withDependencies)
                    || this.topology.isAncestorOrSelf(target.loadIndex(), anchor.loadIndex(), withDependencies)) {
                return true;
            }
        }
        return false;
    }

    static List<String> ids(Collection<Revision> revisions) {
        List<String> ids = new ArrayList<>(revisions.size());
        for (Revision revision : revisions) {
            ids.add(revision.id());
        }
        return ids;
    }
}
