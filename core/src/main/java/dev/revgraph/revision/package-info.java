/**
 * The revision graph, pure: revisions linked into a graph ({@link dev.revgraph.revision.RevisionGraph}),
 * Alembic's identifier grammar, the upgrade, downgrade and stamp planner, and the version-row rule. No
 * files, no JDBC, no Spring: values in, values out.
 */
@NullMarked
package dev.revgraph.revision;

import org.jspecify.annotations.NullMarked;
