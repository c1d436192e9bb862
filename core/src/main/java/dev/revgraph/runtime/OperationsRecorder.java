package dev.revgraph.runtime;

import java.util.ArrayList;
import java.util.List;

import dev.revgraph.operation.Operation;
import dev.revgraph.operation.Operations;

/**
 * Records what a Java revision would do, without running it, so that its statements are known (and
 * counted) before the first one runs and an {@code op.irreversible(...)} in a downgrade is refused before
 * anything runs. A revision that asks for the JDBC connection cannot be recorded: it runs live instead.
 */
final class OperationsRecorder implements Operations {

    private final List<Operation> operations = new ArrayList<>();

    @Override
    public void apply(Operation operation) {
        this.operations.add(operation);
    }

    List<Operation> operations() {
        return List.copyOf(this.operations);
    }

    /** Thrown into a recorded migration that asks for the connection; the recording is abandoned. */
    static final class NeedsConnection extends RuntimeException {

        NeedsConnection() {
            super("recording abandoned: the migration asked for the JDBC connection", null, false, false);
        }
    }
}
