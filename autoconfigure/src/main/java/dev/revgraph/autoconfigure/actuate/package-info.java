/**
 * Actuator support for RevGraph: the {@code migrations} endpoint, the {@code migrations} health
 * indicator and Micrometer metrics.
 */
@NullMarked
package dev.revgraph.autoconfigure.actuate;

import org.jspecify.annotations.NullMarked;
