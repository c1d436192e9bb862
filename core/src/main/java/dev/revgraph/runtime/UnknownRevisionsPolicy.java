package dev.revgraph.runtime;

/**
 * What to do when the version table holds revisions this build does not know (a newer build already
 * migrated the database; the application was rolled back).
 */
public enum UnknownRevisionsPolicy {

    /**
     * Start with a warning and report the database as ahead, provided the history shows the unknown rows
     * were applied on top of revisions this build knows. Commands that would change the rows still refuse.
     */
    ALLOW_AHEAD,

    /** Refuse, naming the unknown revisions. */
    FAIL
}
