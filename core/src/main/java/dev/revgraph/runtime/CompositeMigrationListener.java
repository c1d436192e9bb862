package dev.revgraph.runtime;

import java.time.Duration;
import java.util.List;

import dev.revgraph.revision.Plan;
import dev.revgraph.revision.Step;

/** Calls several listeners in order. */
final class CompositeMigrationListener implements MigrationListener {

    private final List<MigrationListener> listeners;

    CompositeMigrationListener(List<MigrationListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void planned(Plan plan) {
        this.listeners.forEach((listener) -> listener.planned(plan));
    }

    @Override
    public void stepStarted(Step step, int index, int total) {
        this.listeners.forEach((listener) -> listener.stepStarted(step, index, total));
    }

    @Override
    public void beforeStatement(Step step, int statementIndex, String sql) {
        this.listeners.forEach((listener) -> listener.beforeStatement(step, statementIndex, sql));
    }

    @Override
    public void afterStatement(Step step, int statementIndex, String sql) {
        this.listeners.forEach((listener) -> listener.afterStatement(step, statementIndex, sql));
    }

    @Override
    public void afterBookkeeping(Step step) {
        this.listeners.forEach((listener) -> listener.afterBookkeeping(step));
    }

    @Override
    public void afterCommit(Step step, Duration elapsed) {
        this.listeners.forEach((listener) -> listener.afterCommit(step, elapsed));
    }

    @Override
    public void stepFailed(Step step, RuntimeException error) {
        this.listeners.forEach((listener) -> listener.stepFailed(step, error));
    }

    @Override
    public void finished(MigrationResult result) {
        this.listeners.forEach((listener) -> listener.finished(result));
    }
}
