package dev.revgraph.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says what to do when start-up stops because the entity model and the database differ. */
class MigrationsDriftFailureAnalyzer extends AbstractFailureAnalyzer<MigrationsDriftException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrationsDriftException cause) {
        DriftReport report = cause.report();
        if (report.status() != DriftReport.Status.DRIFT) {
            return new FailureAnalysis(report.summary(), "Make the comparison possible (see above), or set "
                    + "migrations.drift.on-startup=warn (or off) to start without it.", cause);
        }
        return new FailureAnalysis(report.describe(), "Write a revision that brings the database to the entity "
                + "model: run the application with 'migrations revision --autogenerate -m \"<what changed>\"', "
                + "review it, rebuild, and start again. To start anyway, set migrations.drift.on-startup=warn "
                + "(or off).", cause);
    }

}
