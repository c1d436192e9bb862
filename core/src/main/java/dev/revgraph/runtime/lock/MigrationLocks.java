package dev.revgraph.runtime.lock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import dev.revgraph.dialect.DatabaseId;
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

    /**
     * Whether some session holds the lock for {@code target} now, asked on {@code connection} without
     * taking it: PostgreSQL's {@code pg_locks}, MariaDB's and MySQL's {@code IS_USED_LOCK}. Empty where a
     * lock row cannot be seen from outside its session's open transaction (H2 and the rest).
     */
    public static Optional<Boolean> isHeld(Dialect dialect, Connection connection, LockTarget target)
            throws SQLException {
        String query = switch (dialect.id()) {
            case POSTGRESQL -> "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted "
                    + "AND objsubid = 1 AND classid::bigint = ? AND objid::bigint = ? "
                    + "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()))";
            case MARIADB, MYSQL -> "SELECT IS_USED_LOCK(?) IS NOT NULL";
            default -> null;
        };
        if (query == null) {
            return Optional.empty();
        }
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            if (dialect.id() == DatabaseId.POSTGRESQL) {
                statement.setLong(1, target.key() >>> 32);
                statement.setLong(2, target.key() & 0xFFFFFFFFL);
            }
            else {
                statement.setString(1, target.name());
            }
            try (ResultSet result = statement.executeQuery()) {
                return Optional.of(result.next() && result.getBoolean(1));
            }
        }
    }
}
