package dev.revgraph.sample;

import java.util.List;

/** The sample's revisions, in load order. */
final class SampleRevisions {

    static final List<String> ALL = List.of("3b7c1e9a2f40", "8d41f0c2b6e7", "c5e2a8f1d907", "e1f3b5a7c9d2");

    static final String HEAD = "e1f3b5a7c9d2";

    private SampleRevisions() {
    }
}
