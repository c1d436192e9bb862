package dev.revgraph.runtime;

import org.jspecify.annotations.Nullable;

/** One row of the applied table. */
record AppliedRow(String revision, @Nullable String checksum, @Nullable AppliedOrigin origin) {
}
