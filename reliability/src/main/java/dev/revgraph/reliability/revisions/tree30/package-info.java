/** The 30-revision tree of the concurrent-boot trials: Java data migrations, created through the bean factory. */
@NullMarked
package dev.revgraph.reliability.revisions.tree30;

import org.jspecify.annotations.NullMarked;
