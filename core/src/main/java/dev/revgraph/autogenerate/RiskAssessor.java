package dev.revgraph.autogenerate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.revgraph.dialect.Dialect;
import dev.revgraph.operation.AlterColumn;
import dev.revgraph.operation.CreateForeignKey;
import dev.revgraph.operation.CreateIndex;
import dev.revgraph.operation.CreatePrimaryKey;
import dev.revgraph.operation.CreateUniqueConstraint;
import dev.revgraph.operation.Operation;
import dev.revgraph.operation.QualifiedName;

import org.jspecify.annotations.Nullable;

/**
 * Counts, on the live database, the rows each risk of a plan concerns (one query per risk), and adds the
 * locking risks of operations on large tables, judged by the database's own estimate of their size (one
 * query for all tables: PostgreSQL's {@code pg_class.reltuples}, MariaDB's and MySQL's
 * {@code information_schema.TABLES.TABLE_ROWS}).
 *
 * <p>What locks: on PostgreSQL, {@code CREATE INDEX} without {@code CONCURRENTLY} (blocks writes while it
 * builds), and adding a primary key, unique constraint or foreign key, changing a type (a rewrite) or
 * setting {@code NOT NULL} (a full scan), each under a lock that blocks the table; on MariaDB and MySQL,
 * changing a column's type or nullability, which copies the table. H2 is embedded: nothing is said. A
 * count that fails (a check that names a column the revision adds) leaves the risk uncounted.
 */
public final class RiskAssessor {

    /** Tables with more rows than this are large, for locking risks. */
    public static final long DEFAULT_LARGE_TABLE_ROWS = 100_000;

    private final Dialect dialect;

    private final long largeTableRows;

    public RiskAssessor(Dialect dialect, long largeTableRows) {
        this.dialect = dialect;
        this.largeTableRows = largeTableRows;
    }

    /** The plan with its risks counted and its locking risks added. */
    public AutogeneratePlan assess(AutogeneratePlan plan, Connection connection, @Nullable String schema) {
        Map<String, Long> sizes = estimatedSizes(connection, schema);
        List<PlannedOperation> assessed = new ArrayList<>();
        for (PlannedOperation planned : plan.upgrade()) {
            List<Risk> risks = new ArrayList<>();
            for (Risk risk : planned.risks()) {
                risks.add(count(connection, risk));
            }
            String locking = locking(planned.operation());
            if (locking != null) {
                Long rows = sizes.get(tableOf(planned.operation()).toLowerCase(Locale.ROOT));
                if (rows != null && rows > largeTableRows) {
                    risks.add(new Risk(Risk.Kind.LOCKING, locking, null, rows, "rows, estimated"));
                }
            }
            assessed.add(planned.withRisks(risks));
        }
        return plan.withUpgrade(assessed);
    }

    private Risk count(Connection connection, Risk risk) {
        if (risk.countSql() == null) {
            return risk;
        }
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(risk.countSql())) {
            return result.next() ? risk.withRows(result.getLong(1)) : risk;
        }
        catch (SQLException ex) {
            rollbackIfNeeded(connection);
            return risk;
        }
    }

    /** PostgreSQL aborts the transaction on a failed query; the next count needs it back. */
    private static void rollbackIfNeeded(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        }
        catch (SQLException ex) {
            // nothing more to do: the next query reports its own failure
        }
    }

    /** Why {@code operation} locks a large table on this database, or {@code null}. */
    private @Nullable String locking(Operation operation) {
        return switch (dialect.id()) {
            case POSTGRESQL -> postgresLocking(operation);
            case MARIADB, MYSQL -> (operation instanceof AlterColumn alter && (alter.changesType()
                    || alter.changesNullable())) ? "ALTER TABLE ... MODIFY copies " + alter.table()
                            + ", blocking writes while it runs" : null;
            default -> null;
        };
    }

    private static @Nullable String postgresLocking(Operation operation) {
        if (operation instanceof CreateIndex index && !index.concurrently()) {
            return "CREATE INDEX without CONCURRENTLY blocks writes to " + index.table() + " while it builds; "
                    + "consider .concurrently() in a non-transactional revision";
        }
        if (operation instanceof AlterColumn alter && alter.changesType()) {
            return "changing the type of " + alter.table() + "." + alter.column()
                    + " rewrites the table under an ACCESS EXCLUSIVE lock";
        }
        if (operation instanceof AlterColumn alter && alter.changesNullable() && !alter.nullable().target()) {
            return "SET NOT NULL scans " + alter.table() + " under an ACCESS EXCLUSIVE lock";
        }
        if (operation instanceof CreateForeignKey foreignKey) {
            return "adding a foreign key scans " + foreignKey.table() + " while blocking writes to it; consider "
                    + "adding it NOT VALID and validating it separately";
        }
        if (operation instanceof CreateUniqueConstraint || operation instanceof CreatePrimaryKey) {
            return "building the index of the new key blocks writes while it runs";
        }
        return null;
    }

    private static String tableOf(Operation operation) {
        QualifiedName table = operation.accept(new TableOfOperation());
        return (table != null) ? table.name() : "";
    }

    private Map<String, Long> estimatedSizes(Connection connection, @Nullable String schema) {
        String sql = switch (dialect.id()) {
            case POSTGRESQL -> """
                    SELECT c.relname, c.reltuples::bigint FROM pg_catalog.pg_class c
                    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = COALESCE(?, current_schema()) AND c.relkind IN ('r', 'p')""";
            case MARIADB, MYSQL -> """
                    SELECT TABLE_NAME, TABLE_ROWS FROM information_schema.TABLES
                    WHERE TABLE_SCHEMA = COALESCE(?, DATABASE())""";
            default -> null;
        };
        Map<String, Long> sizes = new HashMap<>();
        if (sql == null) {
            return sizes;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long estimate = rows.getLong(2);
                    if (!rows.wasNull() && estimate >= 0) {
                        sizes.put(rows.getString(1).toLowerCase(Locale.ROOT), estimate);
                    }
                }
            }
        }
        catch (SQLException ex) {
            rollbackIfNeeded(connection);
        }
        return sizes;
    }
}
