/** A Java revision whose downgrade fails half-way, for the downgrade failure trials (loaded only when a test configures this package). */
@NullMarked
package dev.revgraph.reliability.revisions.failingdowngrade;

import org.jspecify.annotations.NullMarked;
