package dev.revgraph.runtime.lock;

/**
 * The migration lock, held: one migrator per (database, schema, version table). Closing it releases the
 * lock and the dedicated connection it is held on.
 */
public interface MigrationLock extends AutoCloseable {

    /** What the lock is, for messages: {@code PostgreSQL advisory lock 7261...}. */
    String description();

    @Override
    void close();

    /** A lock that locks nothing, for {@code lockEnabled(false)}. */
    static MigrationLock none() {
        return new MigrationLock() {

            @Override
            public String description() {
                return "no lock (disabled)";
            }

            @Override
            public void close() {
            }
        };
    }
}
