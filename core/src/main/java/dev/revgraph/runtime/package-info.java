/**
 * The online runtime: runs a {@link dev.revgraph.revision.Plan} against a live database through
 * {@link dev.revgraph.runtime.Migrator}, keeping the version, applied and history tables, holding the
 * migration lock, and recording enough about every step that a failure on a database without
 * transactional DDL leaves a precise record instead of a guess.
 *
 * <p>Session advisory locks (PostgreSQL {@code pg_try_advisory_lock}, MariaDB {@code GET_LOCK}) belong
 * to a server session: behind PgBouncer in transaction pooling mode they do not hold. Point migrations at
 * the database directly, or at a session-pooled port.
 */
@NullMarked
package dev.revgraph.runtime;

import org.jspecify.annotations.NullMarked;
