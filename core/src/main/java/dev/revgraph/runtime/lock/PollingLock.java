package dev.revgraph.runtime.lock;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import dev.revgraph.ErrorCode;
import dev.revgraph.RevGraphException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shape every lock shares: a dedicated connection, a non-blocking attempt polled with backoff until
 * the timeout, and a release in {@link #close()}. Never a blocking lock call: a session blocked in one
 * deadlocks with {@code CREATE INDEX CONCURRENTLY}, which waits for every other transaction.
 */
abstract class PollingLock implements MigrationLock {

    private static final Logger logger = LoggerFactory.getLogger(PollingLock.class);

    private static final long FIRST_PAUSE_MILLIS = 20;

    private static final long MAX_PAUSE_MILLIS = 500;

    protected final LockTarget target;

    private Connection connection;

    private boolean held;

    PollingLock(LockTarget target) {
        this.target = target;
    }

    /** Takes the lock on a new connection from {@code dataSource}, waiting at most {@code timeout}. */
    final MigrationLock acquire(DataSource dataSource, Duration timeout) {
        try {
            this.connection = dataSource.getConnection();
            prepare(this.connection);
            long deadline = System.nanoTime() + timeout.toNanos();
            long pause = FIRST_PAUSE_MILLIS;
            boolean logged = false;
            while (!tryAcquire(this.connection)) {
                if (System.nanoTime() - deadline >= 0) {
                    String holder = describeHolder(this.connection);
                    close();
                    throw new LockTimeoutException("Could not take the migration lock (" + description() + ") for "
                            + this.target + " within " + timeout.toMillis() + " ms: it is held by " + holder
                            + ". Another migrator is running; wait for it, or end that session if it is stuck.",
                            holder);
                }
                if (!logged) {
                    logger.info("Waiting for the migration lock ({}) for {}", description(), this.target);
                    logged = true;
                }
                long remaining = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
                sleep(Math.min(remaining, pause + ThreadLocalRandom.current().nextLong(pause / 2 + 1)));
                pause = Math.min(MAX_PAUSE_MILLIS, pause * 2);
            }
            this.held = true;
            return this;
        }
        catch (SQLException ex) {
            close();
            throw new RevGraphException(ErrorCode.LOCK_TIMEOUT, "Could not take the migration lock for " + this.target
                    + ": " + ex.getMessage() + " [SQLSTATE " + ex.getSQLState() + "]", ex);
        }
        catch (RuntimeException ex) {
            close();
            throw ex;
        }
    }

    /** Sets the connection up before the first attempt. */
    void prepare(Connection connection) throws SQLException {
    }

    /** Puts back what {@link #prepare} changed, before the connection goes back to its pool. */
    void restore(Connection connection) throws SQLException {
    }

    /** One attempt that returns at once: true when the lock is now held. */
    abstract boolean tryAcquire(Connection connection) throws SQLException;

    /** Who holds the lock, in words; best effort. */
    abstract String describeHolder(Connection connection) throws SQLException;

    /**
     * Whether some session holds the lock now, asked on {@code connection} without taking it; empty where
     * the lock cannot be seen from outside the session that holds it.
     */
    Optional<Boolean> isHeld(Connection connection) throws SQLException {
        return Optional.empty();
    }

    /** Gives the lock back; the connection is closed afterwards either way. */
    abstract void release(Connection connection) throws SQLException;

    @Override
    public final void close() {
        Connection current = this.connection;
        this.connection = null;
        if (current == null) {
            return;
        }
        try {
            if (this.held) {
                release(current);
            }
        }
        catch (SQLException ex) {
            logger.warn("Could not release the migration lock ({}) for {}; closing its connection releases it: {}",
                    description(), this.target, ex.getMessage());
        }
        finally {
            this.held = false;
            try {
                restore(current);
            }
            catch (SQLException ex) {
                logger.debug("Could not put the lock connection's session back", ex);
            }
            try {
                current.close();
            }
            catch (SQLException ex) {
                logger.debug("Could not close the lock connection", ex);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new RevGraphException(ErrorCode.LOCK_TIMEOUT, "Interrupted while waiting for the migration lock");
        }
    }
}
