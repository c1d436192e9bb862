package dev.revgraph.runtime;

import java.util.ArrayList;
import java.util.List;

import dev.revgraph.ErrorCode;
import dev.revgraph.Migration;
import dev.revgraph.RevGraphException;
import dev.revgraph.dialect.DatabaseId;
import dev.revgraph.dialect.Dialect;
import dev.revgraph.operation.Irreversible;
import dev.revgraph.operation.Operation;
import dev.revgraph.revision.Step;
import dev.revgraph.script.JavaRevisionScript;
import dev.revgraph.script.NonTransactionalStatements;
import dev.revgraph.script.RevisionScript;
import dev.revgraph.script.SqlRevisionScript;

import org.jspecify.annotations.Nullable;

/**
 * What one step runs, worked out before the first statement of the plan: an SQL revision's statements
 * with their lines; a Java revision's operations, recorded without running and rendered; or, for a Java
 * revision that runs JDBC itself and so cannot be recorded, the migration to call live.
 *
 * <p>Recording calls the migration's {@code upgrade} or {@code downgrade} once more than running it
 * would: migrations should only issue operations there (reading data through the connection is what
 * makes a migration live). The payoff: a Java downgrade that calls {@code op.irreversible(...)} is
 * refused before anything runs, and the history knows every step's statement count beforehand.
 *
 * @param statements the statements in order, or {@code null} for a live migration
 * @param live the migration to run live, or {@code null}
 * @param source the revision's source, for messages
 */
record StepWork(@Nullable List<StepWork.Statement> statements, @Nullable Migration live, String source) {

    static StepWork stamp() {
        return new StepWork(List.of(), null, "");
    }

    /**
     * @throws RevGraphException {@code irreversible} when a recorded Java migration refuses this direction
     */
    static StepWork of(Step step, RevisionScript script, Dialect dialect) {
        boolean up = step.direction() == Step.Direction.UP;
        String source = script.info().source();
        if (script instanceof SqlRevisionScript sql) {
            return new StepWork((up ? sql.upgrade() : sql.downgrade()).stream()
                .map((statement) -> new Statement(statement.sql(), statement.line())).toList(), null, source);
        }
        Migration migration = ((JavaRevisionScript) script).migration();
        OperationsRecorder recorder = new OperationsRecorder();
        try {
            if (up) {
                migration.upgrade(recorder);
            }
            else {
                migration.downgrade(recorder);
            }
        }
        catch (OperationsRecorder.NeedsConnection ex) {
            return new StepWork(null, migration, source);
        }
        catch (RuntimeException ex) {
            // It fails when run as well, most likely; let it fail there, as the step it is.
            return new StepWork(null, migration, source);
        }
        List<Statement> statements = new ArrayList<>();
        for (Operation operation : recorder.operations()) {
            if (operation instanceof Irreversible irreversible) {
                throw new RevGraphException(ErrorCode.IRREVERSIBLE, "Revision " + script.id() + " (" + source
                        + ") cannot " + (up ? "be upgraded" : "be downgraded") + ": " + irreversible.reason()
                        + "; nothing was run");
            }
            for (String rendered : dialect.render(operation)) {
                refuseOutsideTransactions(script, up, rendered, dialect);
                statements.add(new Statement(rendered, 0));
            }
        }
        return new StepWork(statements, null, source);
    }

    /**
     * Refuses a statement PostgreSQL cannot run inside a transaction ({@code CREATE INDEX CONCURRENTLY},
     * ...) in a transactional Java revision: what SQL revisions get when they are loaded, here when the
     * plan is prepared, before its first statement.
     */
    private static void refuseOutsideTransactions(RevisionScript script, boolean up, String rendered, Dialect dialect) {
        if (dialect.id() != DatabaseId.POSTGRESQL || !script.info().transactional()) {
            return;
        }
        NonTransactionalStatements.find(rendered).ifPresent((what) -> {
            throw new RevGraphException(ErrorCode.PARSE_ERROR, "Revision " + script.id() + " ("
                    + script.info().source() + ") is transactional, but its " + (up ? "upgrade" : "downgrade")
                    + " runs " + what + " (" + rendered + "), which PostgreSQL refuses inside a transaction. "
                    + "Declare it @Revision(transactional = false), so that it runs in autocommit. Nothing was run.");
        });
    }

    /** How many statements the step runs, or {@code null} when it runs live. */
    @Nullable Integer total() {
        return (this.statements != null) ? this.statements.size() : null;
    }

    /**
     * One statement of a step.
     *
     * @param sql the statement
     * @param line its first line in the SQL file, or 0 when it was rendered from an operation
     */
    record Statement(String sql, int line) {
    }
}
