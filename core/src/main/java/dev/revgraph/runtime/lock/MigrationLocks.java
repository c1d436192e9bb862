package dev.revgraph.runtime.lock;

import java.time.Duration;

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
        PollingLock lock = switch (dialect.id()) {
            case POSTGRESQL -> new PostgresAdvisoryLock(target);
            case MARIADB, MYSQL -> new MySqlNamedLock(target);
            default -> new TableLock(target, dialect, lockTable);
        };
        return lock.acquire(dataSource, timeout);
    }
}
