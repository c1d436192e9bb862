package dev.revgraph.script;

import dev.revgraph.revision.RevisionInfo;

/** A loaded revision, written in SQL or in Java, with the metadata the graph engine links. */
public sealed interface RevisionScript permits SqlRevisionScript, JavaRevisionScript {

    /** The revision's metadata, source and checksum. */
    RevisionInfo info();

    /** Shorthand for {@code info().id()}. */
    default String id() {
        return info().id();
    }
}
