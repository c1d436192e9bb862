package dev.revgraph.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start-up under {@code migrations.on-startup=validate} that found pending revisions.
 */
class PendingRevisionsFailureAnalyzer extends AbstractFailureAnalyzer<PendingRevisionsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PendingRevisionsException cause) {
        StringBuilder description = new StringBuilder(
                "migrations.on-startup is validate, and the database is not up to date:\n");
        cause.pending().forEach((tree, revisions) -> description.append("\n    tree ").append(tree).append(": ")
            .append(String.join(", ", revisions)));
        return new FailureAnalysis(description.toString(), "Apply the pending revisions before starting this build: "
                + "run `migrations upgrade` (java -jar app.jar migrations upgrade, or a Kubernetes init container or "
                + "Job doing so), or set migrations.on-startup=upgrade to apply them at start-up.", cause);
    }

}
