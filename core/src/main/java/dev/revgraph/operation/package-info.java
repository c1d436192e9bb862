@NullMarked
package dev.revgraph.operation;

import org.jspecify.annotations.NullMarked;
