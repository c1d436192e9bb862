/**
 * Workload W3 of issue 7: reading a 500-table database and comparing it with the entity model, for
 * RevGraph beside the bulk-read and {@code DatabaseMetaData} floors, Liquibase's {@code diff} and
 * Hibernate's {@code validate}. Run it with {@link dev.revgraph.benchmarks.compare.CompareBenchmarks}.
 */
@NullMarked
package dev.revgraph.benchmarks.compare;

import org.jspecify.annotations.NullMarked;
