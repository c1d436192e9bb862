package dev.revgraph.autoconfigure;

import dev.revgraph.RevGraphException;
import dev.revgraph.revision.MultipleHeadsException;
import dev.revgraph.runtime.FailedRevisionException;
import dev.revgraph.runtime.MigrationFailedException;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a migration that failed at start-up into what to do about it: the engine's message (which names
 * the revision, file, statement and SQLSTATE) as the description, and the property or command that
 * resolves it as the action.
 */
class MigrationsFailureAnalyzer extends AbstractFailureAnalyzer<RevGraphException> {

    @Override
    protected @Nullable FailureAnalysis analyze(Throwable rootFailure, RevGraphException cause) {
        String action = action(cause);
        if (action == null) {
            return null;
        }
        return new FailureAnalysis("RevGraph could not migrate the database:\n\n" + cause.getMessage(), action, cause);
    }

    private static @Nullable String action(RevGraphException cause) {
        if (cause instanceof MissingRevisionLocationException missing) {
            return "Check the spelling of " + missing.location() + " in migrations.locations, "
                    + "migrations.java-packages or migrations.trees.<name>.*; create the folder (or package), or "
                    + "remove it from the configuration.";
        }
        if (cause instanceof MultipleHeadsException heads) {
            return "The revisions have " + heads.heads().size() + " heads (" + String.join(", ", heads.heads())
                    + "). Set migrations.target to heads (the default) to upgrade every branch, to label@head for "
                    + "one branch, or to a revision id; or join the branches with `migrations merge heads -m "
                    + "\"merge heads\"`.";
        }
        return switch (cause.errorCode()) {
            case CHECKSUM_MISMATCH -> "If the applied revision was edited on purpose, record the edit with "
                    + "`migrations resolve REV --accept-checksum`; otherwise restore the file as it was applied and "
                    + "put the change in a new revision (`migrations revision -m \"...\"`). "
                    + "migrations.validate-checksums=false turns the check off.";
            case UNKNOWN_APPLIED_REVISION -> "The database was migrated by a newer build of the application. Deploy "
                    + "that build (or newer); or set migrations.unknown-revisions=allow-ahead to start with a warning "
                    + "while the database is ahead; or, if those revisions were abandoned, move the version rows with "
                    + "`migrations stamp REV --purge`.";
            case NOT_EMPTY_WITHOUT_VERSION_TABLE -> "Stamp the revision the schema already matches with "
                    + "`migrations stamp REV`, or set migrations.baseline-on-startup=REV to stamp it at start-up "
                    + "(migrations.baseline-on-startup=base migrates it from base anyway). To migrate a different "
                    + "schema, set migrations.schema.";
            case LOCK_TIMEOUT -> "Another instance is migrating this database (the message names it). Wait for it to "
                    + "finish, or stop it if it is stuck, then start again; migrations.lock.timeout sets how long "
                    + "start-up waits.";
            case FAILED_REVISION -> failedRevisionAction(cause);
            case PARSE_ERROR, DUPLICATE_REVISION, DUPLICATE_LABEL, MISSING_PARENT, CYCLE, SELF_LOOP ->
                "Fix the revisions named above; `migrations history` and `migrations heads` show the graph once it "
                        + "loads.";
            case NOT_FOUND, AMBIGUOUS -> "Check migrations.target (and migrations.trees.<name>.target): it must name "
                    + "a revision or label of the tree, heads, or head.";
            default -> null;
        };
    }

    private static String failedRevisionAction(RevGraphException cause) {
        String revision = "REV";
        if (cause instanceof FailedRevisionException failed && failed.record().revision() != null) {
            revision = failed.record().revision();
        }
        else if (cause instanceof MigrationFailedException failed && failed.revision() != null) {
            revision = failed.revision();
        }
        if (cause instanceof MigrationFailedException) {
            return "Fix revision " + revision + " (or the data it met) and start again. Where the database commits "
                    + "every DDL statement, check what the revision left behind, then run `migrations resolve "
                    + revision + " --retry` to run it again or `--mark-applied` if you finished it by hand.";
        }
        return "Check what the interrupted revision " + revision + " left behind, then run `migrations resolve "
                + revision + " --retry` to run it again from the start, or `migrations resolve " + revision
                + " --mark-applied` if you completed it by hand.";
    }

}
