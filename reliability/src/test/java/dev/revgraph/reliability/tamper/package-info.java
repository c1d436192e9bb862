/**
 * One Java revision, {@code tm_java}, three times: {@code v1} as applied, {@code v2} with its declared
 * message edited, {@code v3} with a {@code checksum()} of its own.
 */
package dev.revgraph.reliability.tamper;
