package dev.revgraph.runtime.lock;

import dev.revgraph.ErrorCode;
import dev.revgraph.RevGraphException;

/** The migration lock was not free within the configured time; the message names who holds it. */
public class LockTimeoutException extends RevGraphException {

    private final String holder;

    public LockTimeoutException(String message, String holder) {
        super(ErrorCode.LOCK_TIMEOUT, message);
        this.holder = holder;
    }

    /** Who holds the lock, as far as the database says: a process id, application name, session. */
    public String holder() {
        return this.holder;
    }
}
