/** A revision that takes its time, for the bounded-wait trials (only loaded when a test names this package). */
@NullMarked
package dev.revgraph.reliability.revisions.slow;

import org.jspecify.annotations.NullMarked;
