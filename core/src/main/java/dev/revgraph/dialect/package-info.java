/**
 * One class per database, rendering {@link dev.revgraph.operation.Operation}s to its SQL and answering
 * what it can do. {@link dev.revgraph.dialect.Dialects} picks the dialect from a connection.
 */
@NullMarked
package dev.revgraph.dialect;

import org.jspecify.annotations.NullMarked;
