/**
 * Offline SQL ({@code upgrade --sql}, {@code downgrade --sql}, {@code stamp --sql}): a plan written out as
 * the SQL an online run would execute, for a dialect, with no connection.
 */
@NullMarked
package dev.revgraph.command.offline;

import org.jspecify.annotations.NullMarked;
