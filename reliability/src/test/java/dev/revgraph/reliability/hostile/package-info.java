/** Hostile Java revisions for the bad-input trials; only loaded when a test names this package. */
package dev.revgraph.reliability.hostile;
