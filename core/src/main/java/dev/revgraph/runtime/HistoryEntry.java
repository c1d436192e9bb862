package dev.revgraph.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One row of the history table: one step (or one {@code resolve}) as it was attempted.
 *
 * @param id the row's id, increasing
 * @param revision the revision run, stamped or resolved; {@code null} for a stamp that removed a branch
 * @param direction what the step did
 * @param rowsBefore the version rows before the step
 * @param rowsAfter the version rows after the step (what they were to become, for a failed step)
 * @param checksum the revision's checksum when the step ran
 * @param started when the step started
 * @param finished when it finished, or {@code null} while running (or when the process died)
 * @param duration how long it took, or {@code null} while running
 * @param status how it ended
 * @param statementsDone how many of its statements are known to have run (and, where DDL commits itself,
 *     committed)
 * @param statementsTotal how many statements it has, or {@code null} where that is not known beforehand (a
 *     Java revision that runs JDBC itself)
 * @param error the error, for a failed step: message and SQLSTATE, never credentials
 * @param user the database user that ran it
 * @param atomic whether the step ran in one transaction, so that a failure left nothing of it
 */
public record HistoryEntry(long id, @Nullable String revision, Direction direction, List<String> rowsBefore,
        List<String> rowsAfter, @Nullable String checksum, Instant started, @Nullable Instant finished,
        @Nullable Duration duration, Status status, int statementsDone, @Nullable Integer statementsTotal,
        @Nullable String error, @Nullable String user, boolean atomic) {

    public HistoryEntry {
        Objects.requireNonNull(direction, "direction");
        rowsBefore = List.copyOf(rowsBefore);
        rowsAfter = List.copyOf(rowsAfter);
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(status, "status");
    }

    /**
     * Whether this attempt may have left part of its work behind: it did not run in one transaction and
     * did not succeed. The migrator refuses to go on past such a record until it is resolved.
     */
    public boolean leftPartialWork() {
        return !this.atomic && this.status != Status.SUCCESS
                && (this.direction == Direction.UPGRADE || this.direction == Direction.DOWNGRADE);
    }

    /** What a history row records. */
    public enum Direction {

        UPGRADE, DOWNGRADE, STAMP, RESOLVE;

        /** The value in the {@code direction} column. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Direction fromCode(String code) {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        }
    }

    /** How a step ended. */
    public enum Status {

        /** Started and not finished: still running, or the process died. */
        RUNNING,

        SUCCESS,

        FAILED;

        /** The value in the {@code status} column. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Status fromCode(String code) {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        }
    }
}
