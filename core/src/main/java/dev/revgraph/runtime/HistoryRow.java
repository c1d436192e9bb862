package dev.revgraph.runtime;

import org.jspecify.annotations.Nullable;

/**
 * Which history row a bookkeeping write is for. A row inserted on its own has its id read back; a
 * {@code running} row inserted in the same batch as the previous step's final writes does not, and is
 * found instead as the only row of its revision with an id above one read back earlier in the same run:
 * under the migration lock this run is the only writer, and a plan runs each revision at most once.
 */
final class HistoryRow {

    private final long id;

    private final @Nullable String revision;

    private HistoryRow(long id, @Nullable String revision) {
        this.id = id;
        this.revision = revision;
    }

    /** The row with this id. */
    static HistoryRow id(long id) {
        return new HistoryRow(id, null);
    }

    /** The row of {@code revision} inserted after the row with id {@code after}. */
    static HistoryRow of(String revision, long after) {
        return new HistoryRow(after, revision);
    }

    /** An id at or below this row's: the lower bound for rows inserted after it in the same run. */
    long floor() {
        return this.id;
    }

    /** The {@code WHERE} condition that selects exactly this row. */
    String condition(VersionTableSql sql) {
        return (this.revision != null) ? "revision = " + sql.revisionLiteral(this.revision) + " AND id > " + this.id
                : "id = " + this.id;
    }

    @Override
    public String toString() {
        return (this.revision != null) ? "history row of " + this.revision + " after id " + this.id
                : "history row " + this.id;
    }
}
