package dev.revgraph.command.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.revgraph.ErrorCode;
import dev.revgraph.RevGraphException;
import dev.revgraph.dialect.Dialect;
import dev.revgraph.revision.Plan;
import dev.revgraph.revision.Revision;
import dev.revgraph.revision.RevisionGraph;
import dev.revgraph.revision.RowChange;
import dev.revgraph.revision.Step;
import dev.revgraph.runtime.AppliedOrigin;
import dev.revgraph.runtime.MigrationSettings;
import dev.revgraph.runtime.TransactionMode;
import dev.revgraph.runtime.VersionTableSql;
import dev.revgraph.script.JavaRevisionScript;
import dev.revgraph.script.LoadedRevisions;
import dev.revgraph.script.RevisionScript;
import dev.revgraph.script.SqlRevisionScript;
import dev.revgraph.script.SqlStatement;

import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link Plan} as the SQL an online run would execute, for a dialect, with no connection:
 * Alembic's {@code --sql} mode. It consumes the same plan the runtime runs ({@link
 * RevisionGraph#planUpgrade} and friends), each SQL revision's statements as written, each Java
 * revision's operations as the dialect renders them, and the runtime's own {@link VersionTableSql} for
 * the version and applied rows, step by step as {@link RevisionGraph#rowChanges} says.
 *
 * <pre>{@code
 * Dialect dialect = Dialects.of(DatabaseId.POSTGRESQL, ServerVersion.of(15, 0));
 * Plan plan = graph.planUpgrade(Set.of(), "heads");
 * OfflineSql sql = new OfflineSqlRenderer(dialect, settings).render(graph, scripts, plan, true);
 * System.out.print(sql.script());      // BEGIN; CREATE TABLE revgraph_version ...; COMMIT; ...
 * sql.statements();                    // the statements alone, for comparison with an online run
 * }</pre>
 *
 * <p>Transactions are written as the runtime runs them: on databases with transactional DDL, one per
 * revision ({@link TransactionMode#PER_REVISION}) or one for the whole plan ({@link TransactionMode#ALL}),
 * none around {@code transactional: false} revisions; none at all where DDL commits itself (MariaDB,
 * MySQL, H2, Oracle). The history table's rows are not written: they record when and how a step ran,
 * which only a run knows.
 */
public final class OfflineSqlRenderer {

    private final Dialect dialect;

    private final MigrationSettings settings;

    private final VersionTableSql tables;

    public OfflineSqlRenderer(Dialect dialect, MigrationSettings settings) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tables = new VersionTableSql(dialect, settings);
    }

    /**
     * The SQL of {@code plan}.
     *
     * @param graph the graph the plan was made from
     * @param scripts the revisions' scripts
     * @param plan the plan
     * @param createTables whether to create the version, applied and history tables first (the plan starts
     *     from a database never migrated)
     * @throws RevGraphException {@code irreversible} when a Java revision refuses its downgrade;
     *     {@code unsupported} when the dialect cannot write an operation
     */
    public OfflineSql render(RevisionGraph graph, LoadedRevisions scripts, Plan plan, boolean createTables) {
        List<OfflineSql.Entry> entries = new ArrayList<>();
        boolean transactional = this.dialect.supportsTransactionalDdl();
        boolean onePerPlan = transactional && this.settings.transactionMode() == TransactionMode.ALL;
        Transaction transaction = new Transaction(entries);
        if (createTables) {
            // in the order the runtime creates them
            transaction.open(transactional);
            bookkeeping(entries, this.tables.createAppliedTable(), null);
            bookkeeping(entries, this.tables.createHistoryTable(), null);
            bookkeeping(entries, this.tables.createVersionTable(), null);
            if (!onePerPlan) {
                transaction.close();
            }
        }
        boolean stamp = plan.purge() || plan.steps().stream().allMatch((step) -> step.direction() == Step.Direction.STAMP);
        if (stamp) {
            stampSteps(entries, transaction, transactional, graph, scripts, plan);
        }
        else {
            runSteps(entries, transaction, transactional, onePerPlan, graph, scripts, plan);
        }
        transaction.close();
        return new OfflineSql(this.dialect, plan, entries);
    }

    private List<String> revisionStatements(LoadedRevisions scripts, Step step) {
        Revision revision = step.revision();
        if (step.direction() == Step.Direction.STAMP || revision == null) {
            return List.of();
        }
        RevisionScript script = scripts.find(revision.id())
            .orElseThrow(() -> new RevGraphException(ErrorCode.NOT_FOUND, "No script for revision " + revision.id()));
        boolean up = step.direction() == Step.Direction.UP;
        if (script instanceof SqlRevisionScript sql) {
            return (up ? sql.upgrade() : sql.downgrade()).stream().map(SqlStatement::sql).toList();
        }
        JavaRevisionScript java = (JavaRevisionScript) script;
        RenderingOperations operations = new RenderingOperations(this.dialect, revision.id() + " ("
                + revision.source() + ")");
        try {
            if (up) {
                java.migration().upgrade(operations);
            }
            else {
                java.migration().downgrade(operations);
            }
        }
        catch (IllegalStateException ex) {
            // JdbcOperations.connection(op): the revision runs JDBC itself, which only a live run can do
            throw new RevGraphException(ErrorCode.UNSUPPORTED, "Revision " + revision.id() + " ("
                    + revision.source() + ") cannot be written as offline SQL: " + ex.getMessage(), ex);
        }
        return operations.statements();
    }

    /** Upgrades and downgrades: each revision's statements, then its version rows and its applied row. */
    private void runSteps(List<OfflineSql.Entry> entries, Transaction transaction, boolean transactional,
            boolean onePerPlan, RevisionGraph graph, LoadedRevisions scripts, Plan plan) {
        Set<String> rows = plan.rowsBefore();
        for (Step step : plan.steps()) {
            Revision revision = Objects.requireNonNull(step.revision());
            boolean inTransaction = transactional && revision.info().transactional();
            if (!inTransaction) {
                transaction.close();
            }
            transaction.open(inTransaction);
            String id = revision.id();
            entries.add(new OfflineSql.Entry(OfflineSql.Kind.COMMENT, "-- Running " + step.describe(), id));
            for (String statement : revisionStatements(scripts, step)) {
                entries.add(new OfflineSql.Entry(OfflineSql.Kind.STATEMENT, statement, id));
            }
            for (RowChange change : graph.rowChanges(rows, step)) {
                bookkeeping(entries, this.tables.rowChange(change), id);
            }
            bookkeeping(entries, List.of((step.direction() == Step.Direction.UP)
                    ? this.tables.insertApplied(id, checksum(scripts, revision), AppliedOrigin.RUN, null)
                    : this.tables.deleteApplied(id)), id);
            rows = graph.applyStep(rows, step);
            if (!onePerPlan || !inTransaction) {
                transaction.close();
            }
        }
    }

    /**
     * A stamp, in one transaction as the runtime runs it: the version rows step by step, then the applied
     * table brought to the applied set of the new rows (origin {@code stamp}). Offline, the applied rows
     * before a purge are not known, so a purge deletes them all and inserts the new set.
     */
    private void stampSteps(List<OfflineSql.Entry> entries, Transaction transaction, boolean transactional,
            RevisionGraph graph, LoadedRevisions scripts, Plan plan) {
        transaction.open(transactional);
        if (plan.purge()) {
            bookkeeping(entries, List.of(this.tables.deleteAllVersionRows(), this.tables.deleteAllApplied()), null);
        }
        Set<String> rows = plan.rowsBefore();
        for (Step step : plan.steps()) {
            entries.add(new OfflineSql.Entry(OfflineSql.Kind.COMMENT, "-- Running " + step.describe(),
                    step.revisionId()));
            for (RowChange change : graph.rowChanges(rows, step)) {
                bookkeeping(entries, this.tables.rowChange(change), step.revisionId());
            }
            rows = graph.applyStep(rows, step);
        }
        Set<Revision> before = plan.purge() ? Set.of() : graph.applied(plan.rowsBefore());
        Set<Revision> after = graph.applied(rows);
        for (Revision revision : before) {
            if (!after.contains(revision)) {
                bookkeeping(entries, List.of(this.tables.deleteApplied(revision.id())), null);
            }
        }
        for (Revision revision : after) {
            if (!before.contains(revision)) {
                bookkeeping(entries, List.of(this.tables.insertApplied(revision.id(), checksum(scripts, revision),
                        AppliedOrigin.STAMP, null)), null);
            }
        }
        transaction.close();
    }

    private static @Nullable String checksum(LoadedRevisions scripts, Revision revision) {
        return scripts.find(revision.id()).map((script) -> script.info().checksum()).orElse(revision.info().checksum());
    }

    private static void bookkeeping(List<OfflineSql.Entry> entries, List<String> statements, @Nullable String revision) {
        for (String statement : statements) {
            entries.add(new OfflineSql.Entry(OfflineSql.Kind.BOOKKEEPING, statement, revision));
        }
    }

    /** Opens and closes transactions, never two at once. */
    private static final class Transaction {

        private final List<OfflineSql.Entry> entries;

        private boolean open;

        Transaction(List<OfflineSql.Entry> entries) {
            this.entries = entries;
        }

        void open(boolean wanted) {
            if (wanted && !this.open) {
                this.entries.add(new OfflineSql.Entry(OfflineSql.Kind.BEGIN, "BEGIN", null));
                this.open = true;
            }
        }

        void close() {
            if (this.open) {
                this.entries.add(new OfflineSql.Entry(OfflineSql.Kind.COMMIT, "COMMIT", null));
                this.open = false;
            }
        }
    }
}
