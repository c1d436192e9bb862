@NullMarked
package dev.revgraph.revision;

import org.jspecify.annotations.NullMarked;
