package dev.revgraph.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the operations a migration issues, in order, without running anything: for tests, for
 * working out a migration's reverse, and for autogenerate.
 *
 * <pre>{@code
 * RecordingOperations recorder = new RecordingOperations();
 * migration.upgrade(recorder);
 * Optional<List<Operation>> undo = recorder.reversed();
 * }</pre>
 */
public final class RecordingOperations implements Operations {

    private final List<Operation> operations = new ArrayList<>();

    @Override
    public void apply(Operation operation) {
        operations.add(operation);
    }

    /** The operations applied so far, in order. */
    public List<Operation> operations() {
        return List.copyOf(operations);
    }

    /**
     * The operations that undo everything applied so far — each one's reverse, last first — or empty if
     * any of them cannot be reversed.
     */
    public Optional<List<Operation>> reversed() {
        List<Operation> reversed = new ArrayList<>(operations.size());
        for (int i = operations.size() - 1; i >= 0; i--) {
            Optional<Operation> reverse = operations.get(i).reverse();
            if (reverse.isEmpty()) {
                return Optional.empty();
            }
            reversed.add(reverse.get());
        }
        return Optional.of(List.copyOf(reversed));
    }
}
