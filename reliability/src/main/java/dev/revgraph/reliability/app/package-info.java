/** The reliability suite's test application. */
@NullMarked
package dev.revgraph.reliability.app;

import org.jspecify.annotations.NullMarked;
