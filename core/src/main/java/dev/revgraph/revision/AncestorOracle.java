package dev.revgraph.revision;

import java.util.BitSet;
import java.util.PriorityQueue;

/**
 * Answers "is X one of the given revisions or their ancestors?" lazily: it explores the ancestry in
 * decreasing generation and stops as soon as it has gone below X's generation, so a run of queries
 * that walks down the graph (as a downgrade does) costs one exploration in total rather than one each.
 */
final class AncestorOracle {

    private final int[][] edges;

    private final int[] generation;

    private final BitSet found;

    private final PriorityQueue<Integer> frontier;

    AncestorOracle(Topology topology, boolean withDependencies, Iterable<Integer> sources) {
        this.edges = topology.edges(withDependencies);
        this.generation = topology.generations(withDependencies);
        this.found = new BitSet(topology.size);
        this.frontier = new PriorityQueue<>((a, b) -> Integer.compare(this.generation[b], this.generation[a]));
        for (int source : sources) {
            if (!this.found.get(source)) {
                this.found.set(source);
                this.frontier.add(source);
            }
        }
    }

    boolean contains(int node) {
        int threshold = this.generation[node];
        while (!this.found.get(node) && !this.frontier.isEmpty() && this.generation[this.frontier.peek()] > threshold) {
            int next = this.frontier.poll();
            for (int parent : this.edges[next]) {
                if (!this.found.get(parent)) {
                    this.found.set(parent);
                    this.frontier.add(parent);
                }
            }
        }
        return this.found.get(node);
    }
}
