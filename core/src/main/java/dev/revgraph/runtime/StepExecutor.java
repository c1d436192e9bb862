package dev.revgraph.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import dev.revgraph.ErrorCode;
import dev.revgraph.RevGraphException;
import dev.revgraph.dialect.Dialect;
import dev.revgraph.revision.Plan;
import dev.revgraph.revision.Revision;
import dev.revgraph.revision.RevisionGraph;
import dev.revgraph.revision.RowChange;
import dev.revgraph.revision.Step;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the steps of a plan on the migration connection with the transaction and bookkeeping protocol
 * of DESIGN.md §4.
 *
 * <p><b>Atomic steps</b> (transactional DDL and a transactional revision): the statements, the version
 * and applied rows and a {@code success} history row commit together, one commit per step (or one for
 * the whole plan in {@link TransactionMode#ALL}). A failure rolls back and then writes a {@code failed}
 * history row in a transaction of its own.
 *
 * <p><b>Other steps</b> (MariaDB, MySQL, H2, or {@code transactional: false}): a {@code running}
 * history row with the statement count is committed before the first statement; after each statement
 * but the last, the counter advances in a commit of its own (together with the statement itself where
 * the statement does not commit on its own); the last statement's advance is folded into the final
 * transaction that writes the version and applied rows and sets {@code success}. So a step of n
 * statements costs n + 1 commits of bookkeeping. A failure sets {@code failed} with the count of
 * statements done and the error; a crash leaves {@code running}. Either way the next run refuses until
 * the revision is resolved.
 */
final class StepExecutor {

    private static final Logger logger = LoggerFactory.getLogger(StepExecutor.class);

    private final Connection connection;

    private final Dialect dialect;

    private final RevisionGraph graph;

    private final BookkeepingStore store;

    private final MigrationListener listener;

    private final @Nullable String user;

    StepExecutor(Connection connection, Dialect dialect, RevisionGraph graph, BookkeepingStore store,
            MigrationListener listener) {
        this.connection = connection;
        this.dialect = dialect;
        this.graph = graph;
        this.store = store;
        this.listener = listener;
        this.user = BookkeepingStore.user(connection);
    }

    // --- upgrade and downgrade ----------------------------------------------------------------------

    /**
     * Runs every step, or stops at the first boundary between steps after {@code stop} says so (not in
     * transaction mode ALL, whose steps commit together); returns the steps committed.
     */
    List<Step> run(Plan plan, Set<String> rows, List<StepWork> works, TransactionMode mode, BooleanSupplier stop)
            throws SQLException {
        if (mode == TransactionMode.ALL && this.dialect.supportsTransactionalDdl()) {
            return runAll(plan, rows, works);
        }
        List<Step> done = new ArrayList<>();
        Set<String> current = rows;
        int total = plan.steps().size();
        HistoryRow running = null; // this step's running row, committed with the previous step's final writes
        for (int i = 0; i < total; i++) {
            Step step = plan.steps().get(i);
            if (stop.getAsBoolean()) {
                if (running != null) {
                    settleUnstarted(step, running);
                }
                logger.info("Asked to stop: not starting {} ({} of {} steps ran)", step.describe(), i, total);
                return done;
            }
            Set<String> after = this.graph.applyStep(current, step);
            if (atomic(step)) {
                runAtomic(step, i + 1, total, current, after, works.get(i));
            }
            else {
                Step next = (i + 1 < total) ? plan.steps().get(i + 1) : null;
                NextStep following = (next != null && !atomic(next))
                        ? new NextStep(next, after, this.graph.applyStep(after, next), works.get(i + 1)) : null;
                running = runTracked(step, i + 1, total, current, after, works.get(i), running, following, stop);
            }
            done.add(step);
            current = after;
        }
        return done;
    }

    private boolean atomic(Step step) {
        return this.dialect.supportsTransactionalDdl() && revision(step).info().transactional();
    }

    private void runAtomic(Step step, int index, int total, Set<String> before, Set<String> after, StepWork work)
            throws SQLException {
        Instant started = BookkeepingStore.now();
        long start = System.nanoTime();
        this.listener.stepStarted(step, index, total);
        this.connection.setAutoCommit(false);
        Progress progress = new Progress(work.total());
        try {
            runStatements(step, work, progress, null);
            writeAtomicBookkeeping(step, before, after, started, start, progress);
            this.listener.afterBookkeeping(step);
            this.connection.commit();
        }
        catch (SQLException | RuntimeException ex) {
            rollbackQuietly();
            RuntimeException failure = failure(step, work, progress, ex,
                    "Nothing of it was committed: its transaction was rolled back, and the version rows are still "
                            + rows(before) + ". Fix the revision and run again.");
            recordAtomicFailure(step, before, after, started, start, progress, failure);
            this.listener.stepFailed(step, failure);
            throw failure;
        }
        this.listener.afterCommit(step, elapsed(start));
    }

    /**
     * Runs a tracked step. Its {@code running} row is committed before its first statement: by the
     * previous tracked step's final commit ({@code running}), or here. Its own final commit carries the
     * next step's {@code running} row when there is one ({@code next}): one commit per revision instead
     * of two, with the same record after a crash (the next step running, no statement done). Returns
     * the next step's row, or null.
     */
    private @Nullable HistoryRow runTracked(Step step, int index, int total, Set<String> before, Set<String> after,
            StepWork work, @Nullable HistoryRow running, @Nullable NextStep next, BooleanSupplier stop)
            throws SQLException {
        long start = System.nanoTime();
        this.listener.stepStarted(step, index, total);
        this.connection.setAutoCommit(false);
        Progress progress = new Progress(work.total());
        HistoryRow row = running;
        if (row == null) {
            row = HistoryRow.id(this.store.insertHistory(this.connection, entry(step, before, after,
                    BookkeepingStore.now(), null, null, HistoryEntry.Status.RUNNING, progress, null, false)));
            this.connection.commit();
        }
        HistoryRow nextRow = null;
        try {
            runStatements(step, work, progress, row);
            this.connection.setAutoCommit(false);
            List<String> writes = new ArrayList<>();
            writes.add(this.store.sql().finishHistorySuccess(row, BookkeepingStore.now(), elapsed(start),
                    progress.done));
            writes.addAll(rowWrites(step, before));
            // a run that is asked to stop ends after this step: then the next one gets no running row
            NextStep following = (next != null && !stop.getAsBoolean()) ? next : null;
            if (following != null) {
                writes.add(this.store.sql().insertHistory(entry(following.step(), following.before(),
                        following.after(), BookkeepingStore.now(), null, null, HistoryEntry.Status.RUNNING,
                        new Progress(following.work().total()), null, false)));
            }
            this.store.writeBatch(this.connection, writes);
            this.listener.afterBookkeeping(step);
            this.connection.commit();
            if (following != null) {
                nextRow = HistoryRow.of(revision(following.step()).id(), row.floor());
            }
        }
        catch (SQLException | RuntimeException ex) {
            rollbackQuietly();
            boolean leftNothing = progress.done == 0 && !progress.connectionUsed;
            String consequence = leftNothing
                    ? "Nothing of it ran, so nothing was left behind; fix the revision and run again."
                    : consequenceOfPartialRun(step, progress);
            RuntimeException failure = failure(step, work, progress, ex, consequence);
            try {
                this.connection.setAutoCommit(false);
                this.store.finishHistory(this.connection, row, BookkeepingStore.now(), elapsed(start),
                        HistoryEntry.Status.FAILED, progress.done, errorText(failure), leftNothing);
                this.connection.commit();
            }
            catch (SQLException | RuntimeException recordFailure) {
                failure.addSuppressed(recordFailure);
                logger.error("Could not record the failure of {} in the history table; its row stays 'running', so "
                        + "the next run refuses as it should", step.describe(), recordFailure);
            }
            this.listener.stepFailed(step, failure);
            throw failure;
        }
        this.listener.afterCommit(step, elapsed(start));
        return nextRow;
    }

    /**
     * Closes the running row of a step that will not start after all (a stop came after the previous
     * step's commit had written it): no statement ran, so it is written as a failed attempt that left
     * nothing behind, which no later run has to resolve.
     */
    private void settleUnstarted(Step step, HistoryRow running) throws SQLException {
        this.connection.setAutoCommit(false);
        this.store.finishHistory(this.connection, running, BookkeepingStore.now(), Duration.ZERO,
                HistoryEntry.Status.FAILED, 0, "Not started: the migration was asked to stop", true);
        this.connection.commit();
    }

    private List<Step> runAll(Plan plan, Set<String> rows, List<StepWork> works) throws SQLException {
        this.connection.setAutoCommit(false);
        List<Step> done = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        Set<String> current = rows;
        int total = plan.steps().size();
        for (int i = 0; i < total; i++) {
            Step step = plan.steps().get(i);
            Set<String> after = this.graph.applyStep(current, step);
            Instant started = BookkeepingStore.now();
            long start = System.nanoTime();
            this.listener.stepStarted(step, i + 1, total);
            Progress progress = new Progress(works.get(i).total());
            try {
                runStatements(step, works.get(i), progress, null);
                writeAtomicBookkeeping(step, current, after, started, start, progress);
                this.listener.afterBookkeeping(step);
            }
            catch (SQLException | RuntimeException ex) {
                rollbackQuietly();
                RuntimeException failure = failure(step, works.get(i), progress, ex,
                        "Nothing of this run was committed (transaction mode ALL): every step was rolled back, and "
                                + "the version rows are still " + rows(rows) + ".");
                recordAtomicFailure(step, current, after, started, start, progress, failure);
                this.listener.stepFailed(step, failure);
                throw failure;
            }
            done.add(step);
            starts.add(start);
            current = after;
        }
        this.connection.commit();
        for (int i = 0; i < done.size(); i++) {
            this.listener.afterCommit(done.get(i), elapsed(starts.get(i)));
        }
        return done;
    }

    /**
     * Runs the step's statements. With a {@code historyRow} (a tracked step) the counter advances after
     * every statement but the last known one, committed with it; a {@code transactional: false} revision
     * runs its statements in autocommit (PostgreSQL's {@code CREATE INDEX CONCURRENTLY} refuses a
     * transaction block).
     */
    private void runStatements(Step step, StepWork work, Progress progress, @Nullable HistoryRow historyRow)
            throws SQLException {
        boolean autoCommit = historyRow != null && !revision(step).info().transactional();
        this.connection.setAutoCommit(autoCommit);
        JdbcOperations.StatementSink sink = (sql, line) -> {
            int index = progress.done + 1;
            progress.current = new StepWork.Statement(sql, line);
            this.listener.beforeStatement(step, index, sql);
            try (Statement statement = this.connection.createStatement()) {
                statement.execute(sql);
            }
            catch (SQLException ex) {
                throw new StatementFailure(index, line, sql, ex);
            }
            progress.done = index;
            progress.current = null;
            this.listener.afterStatement(step, index, sql);
            if (historyRow != null && (progress.total == null || index < progress.total)) {
                try {
                    this.store.updateProgress(this.connection, historyRow, index);
                    BookkeepingStore.commitIfNeeded(this.connection);
                }
                catch (SQLException ex) {
                    throw new BookkeepingFailure(ex);
                }
            }
        };
        try {
            if (work.statements() != null) {
                for (StepWork.Statement statement : work.statements()) {
                    sink.execute(statement.sql(), statement.line());
                }
            }
            else {
                JdbcOperations operations = new JdbcOperations(this.connection, this.dialect, sink);
                try {
                    if (step.direction() == Step.Direction.UP) {
                        work.live().upgrade(operations);
                    }
                    else {
                        work.live().downgrade(operations);
                    }
                }
                finally {
                    progress.connectionUsed = operations.connectionUsed();
                }
            }
        }
        catch (BookkeepingFailure ex) {
            throw ex.sqlException;
        }
    }

    // --- stamps -------------------------------------------------------------------------------------

    /**
     * Runs a stamp plan in one transaction on every database (it changes rows only): the version rows,
     * one history row per step, and the applied table brought to exactly the applied set of the new rows.
     */
    Set<String> stamp(Plan plan, Set<String> rows, Map<String, AppliedRow> applied, Map<String, String> checksums)
            throws SQLException {
        this.connection.setAutoCommit(false);
        List<Long> starts = new ArrayList<>();
        Set<String> current = rows;
        Long lastHistoryId = null;
        try {
            if (plan.purge()) {
                this.store.deleteAllVersionRows(this.connection);
                Set<String> purged = Set.copyOf(plan.rowsBefore());
                if (plan.steps().isEmpty()) {
                    lastHistoryId = this.store.insertHistory(this.connection, new HistoryEntry(0, null,
                            HistoryEntry.Direction.STAMP, List.copyOf(current), List.of(), null, BookkeepingStore.now(),
                            BookkeepingStore.now(), Duration.ZERO, HistoryEntry.Status.SUCCESS, 0, 0, null, this.user,
                            true));
                }
                current = purged;
            }
            int total = plan.steps().size();
            for (int i = 0; i < total; i++) {
                Step step = plan.steps().get(i);
                long start = System.nanoTime();
                this.listener.stepStarted(step, i + 1, total);
                for (RowChange change : this.graph.rowChanges(current, step)) {
                    this.store.applyRowChange(this.connection, change);
                }
                Set<String> after = this.graph.applyStep(current, step);
                Instant now = BookkeepingStore.now();
                lastHistoryId = this.store.insertHistory(this.connection, new HistoryEntry(0, step.revisionId(),
                        HistoryEntry.Direction.STAMP, List.copyOf(current), List.copyOf(after),
                        (step.revisionId() != null) ? checksums.get(step.revisionId()) : null, now, now, elapsed(start),
                        HistoryEntry.Status.SUCCESS, 0, 0, null, this.user, true));
                this.listener.afterBookkeeping(step);
                starts.add(start);
                current = after;
            }
            Set<String> target = new LinkedHashSet<>();
            this.graph.applied(current).forEach((revision) -> target.add(revision.id()));
            for (String revision : applied.keySet()) {
                if (!target.contains(revision)) {
                    this.store.deleteApplied(this.connection, revision);
                }
            }
            for (String revision : target) {
                if (!applied.containsKey(revision)) {
                    this.store.insertApplied(this.connection, revision, checksums.get(revision), AppliedOrigin.STAMP,
                            lastHistoryId);
                }
            }
            this.connection.commit();
        }
        catch (SQLException | RuntimeException ex) {
            rollbackQuietly();
            throw ex;
        }
        for (int i = 0; i < starts.size(); i++) {
            this.listener.afterCommit(plan.steps().get(i), elapsed(starts.get(i)));
        }
        return current;
    }

    // --- bookkeeping --------------------------------------------------------------------------------

    /** An atomic step's {@code success} history row, version rows and applied row, as one batch (no commit). */
    private void writeAtomicBookkeeping(Step step, Set<String> before, Set<String> after, Instant started, long start,
            Progress progress) throws SQLException {
        List<String> writes = new ArrayList<>();
        writes.add(this.store.sql().insertHistory(entry(step, before, after, started, BookkeepingStore.now(),
                elapsed(start), HistoryEntry.Status.SUCCESS, progress, null, true)));
        writes.addAll(rowWrites(step, before));
        this.store.writeBatch(this.connection, writes);
    }

    /**
     * A step's version-row changes and its applied row, each to change exactly one row. The applied row
     * points at the latest history row of the revision: the one this step wrote, in the same batch or
     * before it.
     */
    private List<String> rowWrites(Step step, Set<String> before) {
        List<String> writes = this.store.rowWrites(this.graph.rowChanges(before, step));
        Revision revision = revision(step);
        writes.add((step.direction() == Step.Direction.UP)
                ? this.store.sql().insertAppliedByLatestHistory(revision.id(), revision.info().checksum(),
                        AppliedOrigin.RUN)
                : this.store.sql().deleteApplied(revision.id()));
        return writes;
    }

    private void recordAtomicFailure(Step step, Set<String> before, Set<String> after, Instant started, long start,
            Progress progress, RuntimeException failure) {
        try {
            this.connection.setAutoCommit(false);
            this.store.insertHistory(this.connection, entry(step, before, after, started, BookkeepingStore.now(),
                    elapsed(start), HistoryEntry.Status.FAILED, progress, errorText(failure), true));
            this.connection.commit();
        }
        catch (SQLException | RuntimeException ex) {
            rollbackQuietly();
            failure.addSuppressed(ex);
            logger.warn("Could not record the failure of {} in the history table: {}", step.describe(), ex.getMessage());
        }
    }

    private HistoryEntry entry(Step step, Set<String> before, Set<String> after, Instant started,
            @Nullable Instant finished, @Nullable Duration duration, HistoryEntry.Status status, Progress progress,
            @Nullable String error, boolean atomic) {
        Revision revision = revision(step);
        return new HistoryEntry(0, revision.id(), (step.direction() == Step.Direction.UP)
                ? HistoryEntry.Direction.UPGRADE : HistoryEntry.Direction.DOWNGRADE, List.copyOf(before),
                List.copyOf(after), revision.info().checksum(), started, finished, duration, status, progress.done,
                progress.total, error, this.user, atomic);
    }

    // --- failures -----------------------------------------------------------------------------------

    private RuntimeException failure(Step step, StepWork work, Progress progress, Exception ex, String consequence) {
        Revision revision = revision(step);
        if (ex instanceof RevGraphException revGraph && revGraph.errorCode() == ErrorCode.IRREVERSIBLE) {
            return new RevGraphException(ErrorCode.IRREVERSIBLE, "Revision " + revision.id() + " ("
                    + revision.source() + "): " + revGraph.getMessage() + ". " + consequence, ex);
        }
        String total = (progress.total != null) ? " of " + progress.total : "";
        StringBuilder message = new StringBuilder("Revision ").append(revision.id()).append(" (")
            .append(revision.source()).append(") failed: ").append(step.describe()).append('\n');
        int index = 0;
        int line = 0;
        String statementSql = null;
        String sqlState = null;
        Throwable cause = ex;
        if (ex instanceof StatementFailure statement) {
            index = statement.index;
            line = statement.line;
            statementSql = Redaction.shorten(statement.sql);
            sqlState = statement.getCause().getSQLState();
            cause = statement.getCause();
            message.append("  at statement ").append(index).append(total);
            if (line > 0) {
                message.append(", line ").append(line).append(" of ").append(work.source());
            }
            message.append(" [SQLSTATE ").append(sqlState).append("]: ")
                .append(Redaction.redact(statement.getCause().getMessage())).append('\n');
            message.append("  statement: ").append(statementSql).append('\n');
        }
        else if (ex instanceof SQLException sql) {
            sqlState = sql.getSQLState();
            message.append("  while writing the bookkeeping rows [SQLSTATE ").append(sqlState).append("]: ")
                .append(Redaction.redact(sql.getMessage())).append('\n');
        }
        else {
            index = progress.done + 1;
            message.append("  after statement ").append(progress.done).append(total).append(": ")
                .append(ex.getClass().getName()).append(": ").append(Redaction.redact(ex.getMessage())).append('\n');
        }
        message.append("  ").append(consequence);
        return new MigrationFailedException(message.toString(), revision.id(), revision.source(), index, line,
                statementSql, sqlState, cause);
    }

    private String consequenceOfPartialRun(Step step, Progress progress) {
        String id = revision(step).id();
        String total = (progress.total != null) ? String.valueOf(progress.total) : "?";
        return "Statements 1 to " + progress.done + " of " + total + " ran and are committed; statement "
                + (progress.done + 1) + " failed; the rest did not run. The version rows are unchanged. Until the "
                + "database is repaired, the migrator refuses to go on: undo statements 1 to " + progress.done
                + " and run `migrations resolve " + id + " --retry` (it runs again from its first statement), or "
                + "finish the revision by hand and run `migrations resolve " + id + " --mark-applied`.";
    }

    private static String errorText(RuntimeException failure) {
        String message = Redaction.redact(failure.getMessage());
        return (message.length() <= 4000) ? message : message.substring(0, 3997) + "...";
    }

    private void rollbackQuietly() {
        try {
            if (!this.connection.getAutoCommit()) {
                this.connection.rollback();
            }
        }
        catch (SQLException ex) {
            logger.debug("Rollback failed", ex);
        }
    }

    private static Revision revision(Step step) {
        Revision revision = step.revision();
        if (revision == null) {
            throw new IllegalStateException("A step that runs a revision has one: " + step);
        }
        return revision;
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static String rows(Set<String> rows) {
        return rows.isEmpty() ? "(none)" : String.join(", ", rows);
    }

    /** The tracked step after the current one, whose running row the current step's final commit writes. */
    private record NextStep(Step step, Set<String> before, Set<String> after, StepWork work) {
    }

    /** Where a step is. */
    private static final class Progress {

        final @Nullable Integer total;

        int done;

        boolean connectionUsed;

        StepWork.@Nullable Statement current;

        Progress(@Nullable Integer total) {
            this.total = total;
        }
    }

    /** A statement the database refused, with where it was. */
    private static final class StatementFailure extends RuntimeException {

        final int index;

        final int line;

        final String sql;

        StatementFailure(int index, int line, String sql, SQLException cause) {
            super(cause.getMessage(), cause, false, false);
            this.index = index;
            this.line = line;
            this.sql = sql;
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    /** A bookkeeping write that failed inside the statement loop, carried out of the sink. */
    private static final class BookkeepingFailure extends RuntimeException {

        final SQLException sqlException;

        BookkeepingFailure(SQLException cause) {
            super(cause.getMessage(), cause, false, false);
            this.sqlException = cause;
        }
    }
}
