/**
 * Autogenerate: the operations that bring a database to its entity model, and the revision that carries
 * them.
 *
 * <p>An {@link dev.revgraph.autogenerate.Autogenerator} reads the database, compares it with the model a
 * {@link dev.revgraph.autogenerate.ModelSource} gives ({@link dev.revgraph.diff.SchemaComparator}), turns
 * the differences into {@link dev.revgraph.operation.Operation}s ordered by dependency, each tagged with
 * its {@link dev.revgraph.autogenerate.Risk}s, and the downgrade as their mechanical reverse
 * ({@link dev.revgraph.autogenerate.AutogeneratePlan}). {@link dev.revgraph.autogenerate.JavaRevisionRenderer}
 * writes the plan as a Java revision, {@link dev.revgraph.autogenerate.SqlRevisionRenderer} as an SQL
 * revision for the connected database.
 */
@NullMarked
package dev.revgraph.autogenerate;

import org.jspecify.annotations.NullMarked;
