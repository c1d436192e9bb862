/** The Java step of the new build in the rolling-upgrade trials (the old build does not have this package). */
@NullMarked
package dev.revgraph.reliability.revisions.rolling;

import org.jspecify.annotations.NullMarked;
