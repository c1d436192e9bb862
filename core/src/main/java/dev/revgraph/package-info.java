@NullMarked
package dev.revgraph;

import org.jspecify.annotations.NullMarked;
