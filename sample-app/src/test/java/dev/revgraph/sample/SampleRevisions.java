package dev.revgraph.sample;

import java.util.List;

/** The sample's revisions, in the order an upgrade from an empty database runs them. */
final class SampleRevisions {

    /** The main tree: a branch at {@code e1f3b5a7c9d2}, the {@code comments} and {@code likes} branches, their merge. */
    static final List<String> ALL = List.of("3b7c1e9a2f40", "8d41f0c2b6e7", "c5e2a8f1d907", "e1f3b5a7c9d2",
            "2f6a9c3e1b84", "7a1d4e8b2c59", "b4e8d2a6c0f3", "5c3e7f9a1d26", "9c0d7e41a2b3", "d3a5b7c9e1f2");

    /** Whether each of {@link #ALL} is a Java class or an SQL file. */
    static final List<String> TYPES = List.of("java", "sql", "java", "sql", "java", "sql", "sql", "sql", "java", "sql");

    static final String HEAD = "d3a5b7c9e1f2";

    /** The {@code audit} tree, with its own version table. */
    static final List<String> AUDIT = List.of("f1a2b3c4d5e6", "0b9c8d7e6f5a");

    static final String AUDIT_HEAD = "0b9c8d7e6f5a";

    private SampleRevisions() {
    }

    /** What {@code revisions[*].state} shows for a tree at its head: every revision applied, the head current. */
    static List<String> statesAtHead(List<String> revisions) {
        List<String> states = new java.util.ArrayList<>(revisions.stream().map((id) -> "applied").toList());
        states.set(states.size() - 1, "current");
        return states;
    }
}
