package dev.revgraph.runtime;

import java.sql.Connection;
import java.util.Objects;

import dev.revgraph.ErrorCode;
import dev.revgraph.RevGraphException;
import dev.revgraph.dialect.Dialect;
import dev.revgraph.operation.Irreversible;
import dev.revgraph.operation.Operation;
import dev.revgraph.operation.Operations;

/**
 * The {@link Operations} a Java revision receives when it runs online: each operation is rendered by the
 * database's {@link Dialect} and executed on the migration connection, inside the step's transaction
 * where there is one, counted in the history row like an SQL revision's statements.
 *
 * <p>A data migration that needs JDBC itself asks for the migration connection:
 *
 * <pre>{@code
 * public void upgrade(Operations op) {
 *     Connection connection = JdbcOperations.connection(op);
 *     try (PreparedStatement select = connection.prepareStatement("SELECT id, title FROM resources")) {
 *         ...
 *     }
 * }
 * }</pre>
 *
 * Do not commit, roll back or close that connection: the migrator owns its transactions. Statements run
 * on it directly are not counted, and a revision that uses it cannot be written as offline SQL
 * ({@code upgrade --sql}); a downgrade that uses it is checked for {@code op.irreversible(...)} only
 * when it runs.
 */
public final class JdbcOperations implements Operations {

    private final Connection connection;

    private final Dialect dialect;

    private final StatementSink sink;

    private boolean connectionUsed;

    JdbcOperations(Connection connection, Dialect dialect, StatementSink sink) {
        this.connection = connection;
        this.dialect = dialect;
        this.sink = sink;
    }

    /**
     * The migration connection behind {@code op}.
     * @throws IllegalStateException when {@code op} does not run against a live database (offline SQL, a
     *     recording), naming the problem
     */
    public static Connection connection(Operations op) {
        Objects.requireNonNull(op, "op");
        if (op instanceof JdbcOperations jdbc) {
            return jdbc.connection();
        }
        if (op instanceof OperationsRecorder) {
            throw new OperationsRecorder.NeedsConnection();
        }
        throw new IllegalStateException("This revision runs JDBC itself and needs a live database connection, "
                + "which " + op.getClass().getName() + " does not have (offline SQL cannot include it). "
                + "Call JdbcOperations.connection(op) on the Operations the revision receives, not on op.inSchema(...)");
    }

    /** The migration connection; see the class description for what not to do with it. */
    public Connection connection() {
        this.connectionUsed = true;
        return this.connection;
    }

    /** The database's dialect. */
    public Dialect dialect() {
        return this.dialect;
    }

    @Override
    public void apply(Operation operation) {
        Objects.requireNonNull(operation, "operation");
        if (operation instanceof Irreversible irreversible) {
            throw new RevGraphException(ErrorCode.IRREVERSIBLE, "This step cannot run: " + irreversible.reason());
        }
        for (String sql : this.dialect.render(operation)) {
            this.sink.execute(sql, 0);
        }
    }

    /** Whether the migration asked for the connection (and so may have done work the counters do not see). */
    boolean connectionUsed() {
        return this.connectionUsed;
    }

    /** Where rendered statements go: the step runner, which counts, reports and executes them. */
    @FunctionalInterface
    interface StatementSink {

        void execute(String sql, int line);
    }

    @Override
    public String toString() {
        return "JdbcOperations[" + this.dialect + "]";
    }
}
