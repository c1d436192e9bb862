/**
 * Comparing an entity model's {@link dev.revgraph.schema.Schema} with a database's, without false
 * differences.
 *
 * <p>Both sides are put into one canonical form per database by its {@link dev.revgraph.diff.Canonicalizer}
 * (type aliases and implied sizes, deparsed defaults, check expressions the server rewrote, identifier
 * case and truncation), and constraints and indexes are matched by structure, never by name.
 * {@link dev.revgraph.diff.SchemaComparator} lists what differs as {@link dev.revgraph.diff.Difference}s:
 * what {@code check} prints, what the Actuator {@code drift} view shows, and what autogenerate turns into
 * operations.
 */
@NullMarked
package dev.revgraph.diff;

import org.jspecify.annotations.NullMarked;
