package dev.revgraph.runtime;

/** How the steps of a plan are grouped into transactions where the database has transactional DDL. */
public enum TransactionMode {

    /** One transaction per revision: a failing revision leaves nothing of itself (the default). */
    PER_REVISION,

    /**
     * One transaction for the whole plan: a failure leaves nothing of any step. Only for databases with
     * transactional DDL (PostgreSQL), and only for plans without {@code transactional: false} revisions.
     */
    ALL
}
