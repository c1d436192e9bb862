package dev.revgraph.operation;

/**
 * What a {@link dev.revgraph.Migration} does to the schema, Alembic's {@code op}. The runtime provides
 * the implementation: it executes against a connection, or renders SQL offline.
 */
public interface Operations {

    /** Runs one SQL statement as written. */
    void execute(String sql);

    /**
     * Marks the current direction as impossible. A downgrade through a revision that calls this fails
     * before any statement runs.
     */
    void irreversible(String reason);
}
