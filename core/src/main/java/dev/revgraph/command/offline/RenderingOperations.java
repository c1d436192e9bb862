package dev.revgraph.command.offline;

import java.util.ArrayList;
import java.util.List;

import dev.revgraph.ErrorCode;
import dev.revgraph.RevGraphException;
import dev.revgraph.dialect.Dialect;
import dev.revgraph.operation.Irreversible;
import dev.revgraph.operation.Operation;
import dev.revgraph.operation.Operations;

/**
 * {@link Operations} that write each operation as the dialect's SQL instead of running it: what a Java
 * revision does, offline. An {@link Irreversible} operation stops the rendering, as it stops a run.
 */
final class RenderingOperations implements Operations {

    private final Dialect dialect;

    private final String revision;

    private final List<String> statements = new ArrayList<>();

    RenderingOperations(Dialect dialect, String revision) {
        this.dialect = dialect;
        this.revision = revision;
    }

    @Override
    public void apply(Operation operation) {
        if (operation instanceof Irreversible irreversible) {
            throw new RevGraphException(ErrorCode.IRREVERSIBLE, "Revision " + this.revision
                    + " cannot be downgraded: " + irreversible.reason());
        }
        this.statements.addAll(this.dialect.render(operation));
    }

    List<String> statements() {
        return List.copyOf(this.statements);
    }
}
