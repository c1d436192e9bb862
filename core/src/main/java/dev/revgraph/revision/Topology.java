package dev.revgraph.revision;

import java.util.BitSet;
import java.util.List;

/**
 * The graph's edges as arrays indexed by load order, for the traversals planning needs. Two edge sets:
 * <em>versioned</em> (parents only) and <em>full</em> (parents plus normalized dependencies, what
 * "ancestors" means when planning). Each has a generation number (longest path from a root), which
 * strictly decreases along every edge towards the roots and so bounds ancestor searches.
 */
final class Topology {

    final int size;

    /** Parents, in declaration order. */
    final int[][] down;

    /** Parents followed by normalized dependencies. */
    final int[][] fullDown;

    /** Versioned children, in load order. */
    final int[][] children;

    /** Inverse of {@link #fullDown}, in load order. */
    final int[][] fullUp;

    final int[] generation;

    final int[] fullGeneration;

    Topology(int[][] down, int[][] fullDown, int[] topologicalOrder) {
        this.size = down.length;
        this.down = down;
        this.fullDown = fullDown;
        this.children = invert(down);
        this.fullUp = invert(fullDown);
        this.generation = generations(down, topologicalOrder);
        this.fullGeneration = generations(fullDown, topologicalOrder);
    }

    int[][] edges(boolean withDependencies) {
        return withDependencies ? this.fullDown : this.down;
    }

    int[][] inverseEdges(boolean withDependencies) {
        return withDependencies ? this.fullUp : this.children;
    }

    int[] generations(boolean withDependencies) {
        return withDependencies ? this.fullGeneration : this.generation;
    }

    /** The given nodes and all their ancestors. */
    BitSet ancestors(Iterable<Integer> from, boolean withDependencies) {
        return closure(from, edges(withDependencies));
    }

    /** The given nodes and all their descendants. */
    BitSet descendants(Iterable<Integer> from, boolean withDependencies) {
        return closure(from, inverseEdges(withDependencies));
    }

    /** Whether {@code ancestor} is {@code node} or one of its ancestors. */
    boolean isAncestorOrSelf(int ancestor, int node, boolean withDependencies) {
        return new AncestorOracle(this, withDependencies, List.of(node)).contains(ancestor);
    }

    private static BitSet closure(Iterable<Integer> from, int[][] edges) {
        BitSet seen = new BitSet(edges.length);
        int[] stack = new int[edges.length + 1];
        int top = 0;
        for (int start : from) {
            if (!seen.get(start)) {
                seen.set(start);
                stack[top++] = start;
            }
            while (top > 0) {
                int node = stack[--top];
                for (int next : edges[node]) {
                    if (!seen.get(next)) {
                        seen.set(next);
                        stack[top++] = next;
                    }
                }
            }
        }
        return seen;
    }

    private static int[][] invert(int[][] edges) {
        int[] counts = new int[edges.length];
        for (int[] targets : edges) {
            for (int target : targets) {
                counts[target]++;
            }
        }
        int[][] inverse = new int[edges.length][];
        for (int i = 0; i < edges.length; i++) {
            inverse[i] = new int[counts[i]];
            counts[i] = 0;
        }
        // visiting sources in load order keeps every inverse list in load order
        for (int source = 0; source < edges.length; source++) {
            for (int target : edges[source]) {
                inverse[target][counts[target]++] = source;
            }
        }
        return inverse;
    }

    private static int[] generations(int[][] edges, int[] topologicalOrder) {
        int[] generation = new int[edges.length];
        for (int node : topologicalOrder) {
            int value = 0;
            for (int parent : edges[node]) {
                value = Math.max(value, generation[parent] + 1);
            }
            generation[node] = value;
        }
        return generation;
    }
}
