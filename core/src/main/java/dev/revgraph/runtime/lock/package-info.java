/**
 * The migration lock: one migrator per (database, schema, version table), held on a dedicated idle
 * connection and polled, never waited for with a blocking call.
 */
@NullMarked
package dev.revgraph.runtime.lock;

import org.jspecify.annotations.NullMarked;
