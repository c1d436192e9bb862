/** Scenario 10: a Java revision that builds an index concurrently while it is transactional. */
@NullMarked
package dev.revgraph.reliability.nontransactional;

import org.jspecify.annotations.NullMarked;
