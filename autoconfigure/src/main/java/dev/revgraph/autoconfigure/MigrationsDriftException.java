package dev.revgraph.autoconfigure;

/**
 * Thrown at start-up, with {@code migrations.drift.on-startup=fail}, when the entity model and the
 * migrated database differ (or could not be compared). {@link MigrationsDriftFailureAnalyzer} says what
 * to do.
 */
public class MigrationsDriftException extends RuntimeException {

    private final DriftReport report;

    public MigrationsDriftException(DriftReport report) {
        super(report.describe());
        this.report = report;
    }

    /** What the comparison found. */
    public DriftReport report() {
        return this.report;
    }

}
