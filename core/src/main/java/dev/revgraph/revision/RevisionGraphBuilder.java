package dev.revgraph.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import dev.revgraph.ErrorCode;

/**
 * Validates revisions and links them into a {@link RevisionGraph}. Every check names the revisions
 * involved and where they came from, because the reader of the message has to go and edit a file.
 */
final class RevisionGraphBuilder {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]{1,32}");

    private static final Set<String> RESERVED = Set.of("head", "heads", "base");

    private final List<RevisionInfo> infos;

    private final Map<String, Integer> indexById = new HashMap<>();

    private final Map<String, Integer> indexByLabel = new HashMap<>();

    private RevisionGraphBuilder(List<RevisionInfo> infos) {
        this.infos = List.copyOf(infos);
    }

    static RevisionGraph build(List<RevisionInfo> inLoadOrder) {
        return new RevisionGraphBuilder(inLoadOrder).build();
    }

    private RevisionGraph build() {
        int size = this.infos.size();
        indexIds();
        indexLabels();
        int[][] down = new int[size][];
        int[][] dependencies = new int[size][];
        for (int i = 0; i < size; i++) {
            down[i] = resolveParents(this.infos.get(i));
            dependencies[i] = resolveDependencies(this.infos.get(i));
        }
        int[] versionedOrder = topologicalOrder(down, "Cycle");
        int[][] allDown = new int[size][];
        for (int i = 0; i < size; i++) {
            allDown[i] = union(down[i], dependencies[i]);
        }
        topologicalOrder(allDown, "Dependency cycle");
        int[][] normalizedDependencies = normalizeDependencies(down, dependencies, versionedOrder);
        int[][] fullDown = new int[size][];
        for (int i = 0; i < size; i++) {
            fullDown[i] = union(down[i], normalizedDependencies[i]);
        }
        Topology topology = new Topology(down, fullDown, topologicalOrder(fullDown, "Dependency cycle"));
        int[] allNextCount = new int[size];
        int[] dependentCount = new int[size];
        for (int i = 0; i < size; i++) {
            for (int parent : allDown[i]) {
                allNextCount[parent]++;
            }
            for (int dependency : dependencies[i]) {
                dependentCount[dependency]++;
            }
        }
        List<Set<String>> labels = propagateLabels(topology, allNextCount);
        List<Revision> revisions = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            revisions.add(new Revision(this.infos.get(i), i, ids(dependencies[i]), ids(fullDown[i]), labels.get(i),
                    dependentCount[i]));
        }
        for (int i = 0; i < size; i++) {
            List<Revision> children = new ArrayList<>();
            for (int child : topology.children[i]) {
                children.add(revisions.get(child));
            }
            revisions.get(i).linkChildren(children);
        }
        Map<String, Revision> byLabel = new HashMap<>();
        this.indexByLabel.forEach((label, index) -> byLabel.put(label, revisions.get(index)));
        return new RevisionGraph(revisions, byLabel, topology);
    }

    private void indexIds() {
        for (int i = 0; i < this.infos.size(); i++) {
            RevisionInfo info = this.infos.get(i);
            String id = info.id();
            if (!ID.matcher(id).matches() || RESERVED.contains(id)) {
                throw new RevisionGraphException(ErrorCode.PARSE_ERROR, "Revision id '" + id + "' in " + info.source()
                        + " is not valid: use 1 to 32 letters, digits or '_' (no '@', '-', '+' or ':'),"
                        + " and not 'head', 'heads' or 'base'");
            }
            Integer previous = this.indexById.putIfAbsent(id, i);
            if (previous != null) {
                throw new RevisionGraphException(ErrorCode.DUPLICATE_REVISION, "Revision " + id
                        + " is present more than once: in " + source(previous) + " and in " + info.source());
            }
        }
    }

    private void indexLabels() {
        for (int i = 0; i < this.infos.size(); i++) {
            RevisionInfo info = this.infos.get(i);
            for (String label : info.branchLabels()) {
                if (label.isEmpty() || RESERVED.contains(label) || label.chars()
                        .anyMatch((c) -> c == '@' || c == ':' || c == '+' || Character.isWhitespace(c))) {
                    throw new RevisionGraphException(ErrorCode.PARSE_ERROR, "Branch label '" + label + "' in revision "
                            + info.id() + " (" + info.source() + ") is not valid: it must not be empty, contain"
                            + " '@', ':', '+' or spaces, or be 'head', 'heads' or 'base'");
                }
                Integer sameId = this.indexById.get(label);
                if (sameId != null) {
                    throw new RevisionGraphException(ErrorCode.DUPLICATE_LABEL, "Branch name '" + label
                            + "' in revision " + info.id() + " (" + info.source() + ") is already the id of revision "
                            + describe(sameId));
                }
                Integer previous = this.indexByLabel.putIfAbsent(label, i);
                if (previous != null) {
                    throw new RevisionGraphException(ErrorCode.DUPLICATE_LABEL, "Branch name '" + label
                            + "' in revision " + info.id() + " (" + info.source() + ") already used by revision "
                            + describe(previous));
                }
            }
        }
    }

    private int[] resolveParents(RevisionInfo info) {
        List<String> down = info.down();
        int[] parents = new int[down.size()];
        for (int i = 0; i < parents.length; i++) {
            String parent = down.get(i);
            if (parent.equals(info.id())) {
                throw new RevisionGraphException(ErrorCode.SELF_LOOP, "Self-loop is detected in revision " + info.id()
                        + " (" + info.source() + "): it names itself as its down revision");
            }
            Integer index = this.indexById.get(parent);
            if (index == null) {
                throw new RevisionGraphException(ErrorCode.MISSING_PARENT, "Revision " + parent + " referenced from "
                        + info.id() + " (" + info.source() + ") is not present");
            }
            for (int j = 0; j < i; j++) {
                if (parents[j] == index) {
                    throw new RevisionGraphException(ErrorCode.PARSE_ERROR, "Revision " + info.id() + " ("
                            + info.source() + ") lists down revision " + parent + " twice");
                }
            }
            parents[i] = index;
        }
        return parents;
    }

    private int[] resolveDependencies(RevisionInfo info) {
        LinkedHashSet<Integer> resolved = new LinkedHashSet<>();
        for (String dependency : info.dependsOn()) {
            Integer index = this.indexById.get(dependency);
            if (index == null) {
                index = this.indexByLabel.get(dependency);
            }
            if (index == null) {
                throw new RevisionGraphException(ErrorCode.MISSING_PARENT, "Revision or branch " + dependency
                        + " that " + info.id() + " (" + info.source() + ") depends on is not present");
            }
            if (this.infos.get(index).id().equals(info.id())) {
                throw new RevisionGraphException(ErrorCode.SELF_LOOP, "Dependency self-loop is detected in revision "
                        + info.id() + " (" + info.source() + "): it depends on itself");
            }
            resolved.add(index);
        }
        return resolved.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Kahn's algorithm from the roots; whatever cannot be ordered lies on or between cycles. */
    private int[] topologicalOrder(int[][] down, String kind) {
        int size = down.length;
        int[] pendingParents = new int[size];
        List<List<Integer>> up = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            up.add(new ArrayList<>());
        }
        for (int i = 0; i < size; i++) {
            pendingParents[i] = down[i].length;
            for (int parent : down[i]) {
                up.get(parent).add(i);
            }
        }
        int[] order = new int[size];
        int count = 0;
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < size; i++) {
            if (pendingParents[i] == 0) {
                ready.add(i);
            }
        }
        while (!ready.isEmpty()) {
            int node = ready.poll();
            order[count++] = node;
            for (int child : up.get(node)) {
                if (--pendingParents[child] == 0) {
                    ready.add(child);
                }
            }
        }
        if (count < size) {
            throw cycle(down, up, order, count, kind);
        }
        return order;
    }

    private RevisionGraphException cycle(int[][] down, List<List<Integer>> up, int[] order, int ordered,
            String kind) {
        // peel off the revisions that merely descend from a cycle, leaving the cycles themselves
        BitSet left = new BitSet(down.length);
        left.set(0, down.length);
        for (int i = 0; i < ordered; i++) {
            left.clear(order[i]);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int node = left.nextSetBit(0); node >= 0; node = left.nextSetBit(node + 1)) {
                boolean hasChildInCycle = false;
                for (int child : up.get(node)) {
                    hasChildInCycle |= left.get(child);
                }
                if (!hasChildInCycle) {
                    left.clear(node);
                    changed = true;
                }
            }
        }
        StringJoiner ids = new StringJoiner(", ");
        StringJoiner sources = new StringJoiner(", ");
        for (int node = left.nextSetBit(0); node >= 0; node = left.nextSetBit(node + 1)) {
            ids.add(this.infos.get(node).id());
            sources.add(describe(node));
        }
        return new RevisionGraphException(ErrorCode.CYCLE, kind + " is detected in revisions (" + ids + "): "
                + sources);
    }

    /**
     * Alembic drops from a revision's dependencies those that one of its (versioned) ancestors already
     * declares; what is left is what the revision adds to its immediate "down" set.
     */
    private int[][] normalizeDependencies(int[][] down, int[][] dependencies, int[] versionedOrder) {
        int size = down.length;
        Map<Integer, List<Integer>> declarers = new HashMap<>();
        for (int i = 0; i < size; i++) {
            for (int dependency : dependencies[i]) {
                declarers.computeIfAbsent(dependency, (key) -> new ArrayList<>()).add(i);
            }
        }
        Topology versioned = new Topology(down, down, versionedOrder);
        int[][] normalized = new int[size][];
        for (int i = 0; i < size; i++) {
            if (dependencies[i].length == 0) {
                normalized[i] = dependencies[i];
                continue;
            }
            List<Integer> kept = new ArrayList<>();
            AncestorOracle ancestors = null;
            for (int dependency : dependencies[i]) {
                boolean declaredBelow = false;
                for (int declarer : declarers.get(dependency)) {
                    if (declarer != i) {
                        if (ancestors == null) {
                            ancestors = new AncestorOracle(versioned, false, List.of(i));
                        }
                        declaredBelow |= ancestors.contains(declarer);
                    }
                }
                if (!declaredBelow) {
                    kept.add(dependency);
                }
            }
            normalized[i] = kept.stream().mapToInt(Integer::intValue).toArray();
        }
        return normalized;
    }

    /**
     * Alembic's propagation: a label goes to every descendant of the revision declaring it; then, from
     * the last descendant its depth-first walk visits, down the single-parent line for as long as the
     * revision there is neither a branch point (counting dependents) nor a merge point.
     */
    private List<Set<String>> propagateLabels(Topology topology, int[] allNextCount) {
        int size = topology.size;
        List<Set<String>> labels = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            labels.add(new LinkedHashSet<>());
        }
        for (int i = 0; i < size; i++) {
            if (this.infos.get(i).branchLabels().isEmpty()) {
                continue;
            }
            // like Alembic, carry what this revision has already received from labels processed earlier
            Set<String> declared = new LinkedHashSet<>(this.infos.get(i).branchLabels());
            declared.addAll(labels.get(i));
            BitSet seen = new BitSet(size);
            ArrayDeque<Integer> stack = new ArrayDeque<>();
            stack.push(i);
            int last = i;
            while (!stack.isEmpty()) {
                int node = stack.pop();
                if (seen.get(node)) {
                    continue;
                }
                seen.set(node);
                for (int child : topology.children[node]) {
                    stack.push(child);
                }
                labels.get(node).addAll(declared);
                last = node;
            }
            int node = last;
            while (allNextCount[node] <= 1 && topology.down[node].length <= 1) {
                labels.get(node).addAll(declared);
                if (topology.down[node].length == 0) {
                    break;
                }
                node = topology.down[node][0];
            }
        }
        return labels;
    }

    private List<String> ids(int[] indexes) {
        List<String> ids = new ArrayList<>(indexes.length);
        for (int index : indexes) {
            ids.add(this.infos.get(index).id());
        }
        return ids;
    }

    private static int[] union(int[] first, int[] second) {
        LinkedHashSet<Integer> union = new LinkedHashSet<>();
        for (int value : first) {
            union.add(value);
        }
        for (int value : second) {
            union.add(value);
        }
        return union.stream().mapToInt(Integer::intValue).toArray();
    }

    private String source(int index) {
        return this.infos.get(index).source();
    }

    private String describe(int index) {
        RevisionInfo info = this.infos.get(index);
        return info.id() + " (" + info.source() + ")";
    }
}
