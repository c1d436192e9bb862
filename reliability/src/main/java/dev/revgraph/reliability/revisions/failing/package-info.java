/** A Java data migration that fails half-way, for the failure trials (only loaded when a test configures this package). */
@NullMarked
package dev.revgraph.reliability.revisions.failing;

import org.jspecify.annotations.NullMarked;
