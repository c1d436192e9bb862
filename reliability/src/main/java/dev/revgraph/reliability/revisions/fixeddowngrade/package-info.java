/** The same revision as {@code failingdowngrade} with its downgrade fixed: the next build an operator would deploy. */
@NullMarked
package dev.revgraph.reliability.revisions.fixeddowngrade;

import org.jspecify.annotations.NullMarked;
