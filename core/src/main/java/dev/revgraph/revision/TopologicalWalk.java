package dev.revgraph.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;

/**
 * Orders a set of revisions newest first exactly as Alembic's {@code _topological_sort} does, in
 * near-linear time.
 *
 * <p>Alembic keeps a list of pending heads (the starting heads in load order). It looks at the current
 * head: if that revision is an ancestor of another pending head, it moves to the first such head in
 * list order, since that line must be emitted first; otherwise it emits the revision and replaces it by
 * its parents and dependencies still to emit (the first in its place, the rest appended), or drops it
 * from the list and steps back one position when there are none.
 *
 * <p>Alembic tests "ancestor of another head" with a full ancestor set per head, recomputed at every
 * merge point or dependency, which is quadratic. Here the same test is answered from the set itself: in
 * every set a plan produces, any path between two members stays inside the set, and an emitted revision
 * is never an ancestor of a pending head; so a revision is an ancestor of another pending head exactly
 * when one of its children is still pending, which a counter answers in constant time. Only when that is
 * the case does a search over its pending descendants find the first head to move to.
 */
final class TopologicalWalk {

    private final Topology topology;

    private final BitSet pending;

    private final int[] pendingChildren;

    private final ArrayList<Integer> heads = new ArrayList<>();

    private final BitSet isHead;

    private TopologicalWalk(Topology topology, BitSet members) {
        this.topology = topology;
        this.pending = (BitSet) members.clone();
        this.pendingChildren = new int[topology.size];
        this.isHead = new BitSet(topology.size);
        for (int node = members.nextSetBit(0); node >= 0; node = members.nextSetBit(node + 1)) {
            for (int child : topology.fullUp[node]) {
                if (members.get(child)) {
                    this.pendingChildren[node]++;
                }
            }
        }
    }

    /**
     * Orders {@code members} newest first, starting from those of {@code startHeads} that are members.
     */
    static List<Integer> sort(Topology topology, BitSet members, Iterable<Integer> startHeads) {
        return new TopologicalWalk(topology, members).run(startHeads);
    }

    private List<Integer> run(Iterable<Integer> startHeads) {
        TreeSet<Integer> initial = new TreeSet<>();
        for (int head : startHeads) {
            if (this.pending.get(head)) {
                initial.add(head);
            }
        }
        List<Integer> output = new ArrayList<>(this.pending.cardinality());
        walk(initial, output);
        while (!this.pending.isEmpty()) {
            // Alembic asserts here; sets a plan produces never get here, but a hand-written
            // history range with dependencies can: carry on from the tips that are left
            TreeSet<Integer> tips = new TreeSet<>();
            for (int node = this.pending.nextSetBit(0); node >= 0; node = this.pending.nextSetBit(node + 1)) {
                if (this.pendingChildren[node] == 0) {
                    tips.add(node);
                }
            }
            walk(tips, output);
        }
        return output;
    }

    private void walk(Iterable<Integer> startHeads, List<Integer> output) {
        for (int head : startHeads) {
            this.heads.add(head);
            this.isHead.set(head);
        }
        int index = 0;
        while (!this.heads.isEmpty()) {
            int candidate = this.heads.get(index);
            if (this.pendingChildren[candidate] > 0) {
                index = firstHeadAbove(candidate);
                continue;
            }
            output.add(candidate);
            this.pending.clear(candidate);
            this.isHead.clear(candidate);
            int replacement = -1;
            for (int parent : this.topology.fullDown[candidate]) {
                if (!this.pending.get(parent)) {
                    continue;
                }
                this.pendingChildren[parent]--;
                if (this.isHead.get(parent)) {
                    continue;
                }
                this.isHead.set(parent);
                if (replacement < 0) {
                    replacement = parent;
                    this.heads.set(index, parent);
                }
                else {
                    this.heads.add(parent);
                }
            }
            if (replacement < 0) {
                this.heads.remove(index);
                index = Math.max(index - 1, 0);
            }
        }
    }

    /** The position of the first pending head that descends from {@code node}. */
    private int firstHeadAbove(int node) {
        BitSet seen = new BitSet();
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        stack.push(node);
        seen.set(node);
        BitSet headsAbove = new BitSet();
        TreeSet<Integer> tipsAbove = new TreeSet<>();
        while (!stack.isEmpty()) {
            int current = stack.pop();
            for (int child : this.topology.fullUp[current]) {
                if (this.pending.get(child) && !seen.get(child)) {
                    seen.set(child);
                    stack.push(child);
                    if (this.isHead.get(child)) {
                        headsAbove.set(child);
                    }
                    if (this.pendingChildren[child] == 0) {
                        tipsAbove.add(child);
                    }
                }
            }
        }
        for (int i = 0; i < this.heads.size(); i++) {
            if (headsAbove.get(this.heads.get(i))) {
                return i;
            }
        }
        // only in the hand-written history ranges mentioned above: start the lines that no head reaches
        int first = this.heads.size();
        for (int tip : tipsAbove) {
            this.heads.add(tip);
            this.isHead.set(tip);
        }
        return first;
    }
}
