/** The Java steps of the 50-revision tree of the kill trials (no-argument constructors: the test JVM runs them too). */
@NullMarked
package dev.revgraph.reliability.revisions.tree50;

import org.jspecify.annotations.NullMarked;
