package dev.revgraph.runtime.lock;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import dev.revgraph.dialect.Dialect;

/**
 * Takes the migration lock the way the database allows: PostgreSQL's advisory lock, MariaDB's and
 * MySQL's {@code GET_LOCK}, a lock row elsewhere (H2).
 *
 * <pre>{@code
 * try (MigrationLock lock = MigrationLocks.acquire(dialect, dataSource, target, "revgraph_lock", Duration.ofMinutes(10))) {
 *     // migrate
 * }
 * }</pre>
 */
public final class MigrationLocks {

    private MigrationLocks() {
    }

    /**
     * Takes the lock for {@code target} on a new connection from {@code dataSource}, polling until
     * {@code timeout}.
     * @param lockTable the lock table, qualified and quoted, for databases that lock with a row
     * @throws LockTimeoutException naming the holder when the lock stays taken
     */
    public static MigrationLock acquire(Dialect dialect, DataSource dataSource, LockTarget target, String lockTable,
            Duration timeout) {
        return lock(dialect, target, lockTable).acquire(dataSource, timeout);
    }

    /**
     * Whether some session holds the lock for {@code target} now, asked on {@code connection} without
     * taking it: PostgreSQL's {@code pg_locks}, MariaDB's and MySQL's {@code IS_USED_LOCK}, H2's
     * {@code INFORMATION_SCHEMA.LOCKS} (the lock table, not the row: another tree's lock in the schema counts).
     * Empty where a lock row cannot be seen from outside its session's open transaction (the rest).
     */
    public static Optional<Boolean> isHeld(Dialect dialect, Connection connection, LockTarget target,
            String lockTable) throws SQLException {
        return lock(dialect, target, lockTable).isHeld(connection);
    }

    private static PollingLock lock(Dialect dialect, LockTarget target, String lockTable) {
        return switch (dialect.id()) {
            case POSTGRESQL -> new PostgresAdvisoryLock(target);
            case MARIADB, MYSQL -> new MySqlNamedLock(target);
            default -> new TableLock(target, dialect, lockTable);
        };
    }
}
