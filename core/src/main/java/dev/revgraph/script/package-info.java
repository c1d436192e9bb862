@NullMarked
package dev.revgraph.script;

import org.jspecify.annotations.NullMarked;
