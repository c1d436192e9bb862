package dev.revgraph.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.revgraph.revision.Plan;
import dev.revgraph.revision.Step;

/**
 * Hears what a {@link Migrator} does, step by step. Every method does nothing by default. The phases
 * are also where tests inject faults ({@code revgraph.test.halt-at}).
 *
 * <p>A listener is called on the migrating thread; an exception it throws fails the step like a failing
 * statement would (before the commit) or propagates after it.
 */
public interface MigrationListener {

    /** The plan made under the lock, before anything runs (also when it is empty). */
    default void planned(Plan plan) {
    }

    /** A step starts; {@code index} counts from 1 to {@code total}. */
    default void stepStarted(Step step, int index, int total) {
    }

    /** A statement of the step is about to run; {@code statementIndex} counts from 1. */
    default void beforeStatement(Step step, int statementIndex, String sql) {
    }

    /** A statement of the step ran (its own commit, where DDL commits itself, included). */
    default void afterStatement(Step step, int statementIndex, String sql) {
    }

    /** The step's version, applied and history rows are written, not yet committed. */
    default void afterBookkeeping(Step step) {
    }

    /** The step is committed. */
    default void afterCommit(Step step, Duration elapsed) {
    }

    /** The step failed; what it left is recorded. */
    default void stepFailed(Step step, RuntimeException error) {
    }

    /** The run is over and every step of it committed. */
    default void finished(MigrationResult result) {
    }

    /** A listener that does nothing. */
    static MigrationListener none() {
        return new MigrationListener() {
        };
    }

    /** One listener that calls each of {@code listeners} in turn. */
    static MigrationListener composite(List<? extends MigrationListener> listeners) {
        return new CompositeMigrationListener(new ArrayList<>(listeners));
    }

    /** This listener, then {@code next}. */
    default MigrationListener andThen(MigrationListener next) {
        return composite(List.of(this, next));
    }
}
