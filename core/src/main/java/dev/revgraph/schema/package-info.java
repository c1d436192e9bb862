/**
 * The neutral schema model and the readers that fill it from a live database's catalog.
 *
 * <p>A {@link dev.revgraph.schema.Schema} holds {@link dev.revgraph.schema.Table}s (with their columns,
 * keys, indexes, foreign keys, checks and comments) and {@link dev.revgraph.schema.Sequence}s, always in
 * the same order, so two readings of the same catalog are {@code equals} and render the same
 * {@link dev.revgraph.schema.Schema#describe() description}. A {@link dev.revgraph.schema.CatalogReader}
 * (one per database, chosen by {@link dev.revgraph.schema.CatalogReaders}) reads a whole schema with a
 * fixed number of queries, however many tables it has; {@link dev.revgraph.schema.SnapshotDiff} says in
 * words how two snapshots differ.
 *
 * <p>The model records what the catalog says, raw and parsed, and makes no judgement: deciding that
 * {@code character varying(255)} matches {@code VARCHAR(255)}, or that MariaDB's {@code 'NULL'} default
 * means no default, is the comparison's work.
 */
@NullMarked
package dev.revgraph.schema;

import org.jspecify.annotations.NullMarked;
