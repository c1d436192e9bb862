package dev.revgraph.runtime;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import dev.revgraph.revision.Step;

import org.jspecify.annotations.Nullable;

/**
 * For tests only: halts the JVM ({@link Runtime#halt(int)}: no shutdown hooks, no rollback, no
 * {@code finally}) the n-th time a phase is reached, as a crash or a kill would. Set
 * {@code -Drevgraph.test.halt-at=<phase>:<n>} with phase {@code before-statement},
 * {@code after-statement}, {@code after-bookkeeping} or {@code after-commit}. Without the property it
 * does nothing.
 */
final class FaultInjectionListener implements MigrationListener {

    static final String PROPERTY = "revgraph.test.halt-at";

    /** The exit status of a halted JVM, so that a test can tell the halt from other endings. */
    static final int HALT_STATUS = 86;

    private final @Nullable String phase;

    private final int n;

    private final AtomicInteger reached = new AtomicInteger();

    private FaultInjectionListener(@Nullable String phase, int n) {
        this.phase = phase;
        this.n = n;
    }

    static FaultInjectionListener fromSystemProperty() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return new FaultInjectionListener(null, 0);
        }
        int colon = value.lastIndexOf(':');
        String phase = ((colon < 0) ? value : value.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
        int n = (colon < 0) ? 1 : Integer.parseInt(value.substring(colon + 1).strip());
        if (!phase.matches("before-statement|after-statement|after-bookkeeping|after-commit")) {
            throw new IllegalArgumentException(PROPERTY + "=" + value + ": the phase must be before-statement, "
                    + "after-statement, after-bookkeeping or after-commit");
        }
        return new FaultInjectionListener(phase, n);
    }

    @Override
    public void beforeStatement(Step step, int statementIndex, String sql) {
        reach("before-statement");
    }

    @Override
    public void afterStatement(Step step, int statementIndex, String sql) {
        reach("after-statement");
    }

    @Override
    public void afterBookkeeping(Step step) {
        reach("after-bookkeeping");
    }

    @Override
    public void afterCommit(Step step, Duration elapsed) {
        reach("after-commit");
    }

    private void reach(String current) {
        if (current.equals(this.phase) && this.reached.incrementAndGet() == this.n) {
            System.err.println("revgraph.test.halt-at: halting at " + current + ":" + this.n);
            System.err.flush();
            Runtime.getRuntime().halt(HALT_STATUS);
        }
    }
}
