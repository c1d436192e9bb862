package dev.revgraph.runtime;

/** How {@link Migrator#resolve(String, ResolveAction)} settles a revision the migrator refuses to pass. */
public enum ResolveAction {

    /**
     * Forget the record of a failed or interrupted attempt: the operator has undone what it did, and the
     * revision runs again from its first statement.
     */
    RETRY,

    /**
     * Record a failed or interrupted revision as applied: the operator has finished what it did by hand.
     * The version rows move as if its upgrade had run.
     */
    MARK_APPLIED,

    /** Record the current checksum of an applied revision whose script was deliberately edited. */
    ACCEPT_CHECKSUM
}
