package dev.revgraph.test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.revgraph.ErrorCode;
import dev.revgraph.RevGraphException;
import dev.revgraph.autogenerate.ModelSource;
import dev.revgraph.dialect.Dialects;
import dev.revgraph.diff.CompareOptions;
import dev.revgraph.diff.Difference;
import dev.revgraph.diff.SchemaComparator;
import dev.revgraph.revision.Revision;
import dev.revgraph.revision.RevisionGraph;
import dev.revgraph.revision.Step;
import dev.revgraph.runtime.MigrationResult;
import dev.revgraph.schema.Schema;
import dev.revgraph.script.LoadedRevisions;

import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The built-in checks, each usable on its own. A check returns what it proved, throws an
 * {@link AssertionError} whose message says what is wrong and what to do, or throws a
 * {@link TestAbortedException} (JUnit reports the test as skipped) when it cannot apply, with the reason.
 * No check passes having checked nothing: no revisions at all is a failure.
 *
 * <pre>{@code
 * MigrationCheckConfig config = MigrationCheckConfig.builder()
 *         .javaPackages("com.example.revisions")
 *         .database(DatabaseKind.POSTGRESQL)
 *         .build();
 *
 * @Test
 * void everyDowngradeIsReversible(TestReporter reporter) {
 *     CheckResult result = MigrationCheck.stairway(config);
 *     result.skipped().forEach((revision, reason) -> reporter.publishEntry("skipped " + revision, reason));
 * }
 * }</pre>
 *
 * Every check but {@link #singleHead} works in a database of its own from {@link CheckDatabases#open()},
 * so checks are independent of each other and of their order.
 */
public final class MigrationCheck {

    private MigrationCheck() {
    }

    /**
     * The revisions have a single head, or exactly the {@link MigrationCheckConfig#expectedHeads() declared
     * heads}. Needs no database.
     */
    public static CheckResult singleHead(MigrationCheckConfig config) {
        RevisionGraph graph = RevisionGraph.of(loadRevisions(config, vendorOf(config)).revisions());
        List<Revision> heads = List.copyOf(graph.realHeads());
        String found = heads.stream().map(CheckSession::describe).collect(Collectors.joining(", "));
        if (config.expectedHeads().isEmpty()) {
            if (heads.size() != 1) {
                throw new AssertionFailedError("Expected a single head but found " + heads.size() + ": " + found
                        + ". Merge them: migrations merge heads -m \"merge heads\" (or, if the branches are meant to "
                        + "stay apart, declare them: @MigrationsTest(heads = {" + heads.stream()
                            .map((head) -> "\"" + head.id() + "\"").collect(Collectors.joining(", ")) + "}))");
            }
            return new CheckResult("singleHead", "A single head: " + found, List.of(heads.get(0).id()), Map.of());
        }
        Set<String> expected = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (String identifier : config.expectedHeads()) {
            Optional<Revision> revision = graph.find(identifier);
            if (revision.isEmpty()) {
                problems.add(identifier + " is not a revision");
            }
            else {
                expected.add(revision.get().id());
                if (!heads.contains(revision.get())) {
                    problems.add(CheckSession.describe(revision.get()) + " is not a head: it has the children "
                            + String.join(", ", revision.get().childIds()));
                }
            }
        }
        heads.stream()
            .filter((head) -> !expected.contains(head.id()))
            .forEach((head) -> problems.add(CheckSession.describe(head) + " is a head but not declared"));
        if (!problems.isEmpty()) {
            throw new AssertionFailedError("Expected the heads " + String.join(", ", config.expectedHeads())
                    + " but found " + heads.size() + ": " + found + ". " + String.join("; ", problems)
                    + ". Declare the heads the revisions have, or merge the ones that should be one: "
                    + "migrations merge <revisions> -m \"...\"");
        }
        return new CheckResult("singleHead", "The declared heads: " + found,
                heads.stream().map(Revision::id).toList(), Map.of());
    }

    /** An empty database upgrades to the heads, and ends with exactly the heads in its version table. */
    public static CheckResult upgradesFromEmptyToHeads(MigrationCheckConfig config) {
        try (CheckSession session = CheckSession.open(config)) {
            MigrationResult result = upgradeToHeads(session, "Upgrading an empty database to heads failed");
            Set<String> heads = ids(session.graph().realHeads());
            Set<String> rows = session.migrator().status().versionRows();
            if (!rows.equals(heads)) {
                throw new AssertionFailedError("After upgrading an empty database to heads the version table holds "
                        + rows + ", not the heads " + heads, heads, rows);
            }
            List<String> applied = result.stepsRun().stream().map(Step::revisionId).toList();
            return new CheckResult("upgradesFromEmptyToHeads", "Upgraded an empty " + session.dialect().id().displayName()
                    + " database to " + String.join(", ", heads) + " in " + applied.size() + " steps", applied, Map.of());
        }
    }

    /**
     * The schema the migrations build equals the schema the entity model describes, compared as
     * {@code migrations check} compares them ({@link SchemaComparator}: canonical types, constraints
     * matched by structure). What CKAN's guide asks you to do by hand with two {@code pg_dump}s.
     * @throws TestAbortedException when the configuration has no model source
     */
    public static CheckResult migrationsBuildTheModelSchema(MigrationCheckConfig config) {
        ModelSource modelSource = config.modelSource();
        if (modelSource == null) {
            throw new TestAbortedException("No model source: this check compares the schema the migrations build "
                    + "with the entity model, so it needs one. Name it with @MigrationsTest(modelSource = "
                    + "YourModel.class), override modelSource() in the test class, or call "
                    + "MigrationCheckConfig.Builder.modelSource(...)");
        }
        try (CheckSession session = CheckSession.open(config)) {
            upgradeToHeads(session, "The migrations could not build the schema: upgrading an empty database to heads "
                    + "failed");
            CompareOptions options = config.compareOptions();
            Schema database = session.read(options.tableFilter());
            Schema model = modelSource.model(session.dialect());
            List<Difference> differences = SchemaComparator.compare(session.dialect(), model, database, options);
            if (!differences.isEmpty()) {
                throw new AssertionFailedError("The schema built by the migrations differs from the model on "
                        + session.dialect().id().displayName() + " (" + differences.size() + " "
                        + ((differences.size() == 1) ? "difference" : "differences") + "):\n"
                        + differences.stream().map((difference) -> "  " + difference.describe())
                            .collect(Collectors.joining("\n"))
                        + "\nWrite a revision that brings the migrations to the model (migrations revision "
                        + "--autogenerate -m \"...\", then rebuild), or change the model.");
            }
            return new CheckResult("migrationsBuildTheModelSchema", "The migrations build the model's "
                    + model.tables().size() + " tables on " + session.dialect().id().displayName(),
                    database.tableNames(), Map.of());
        }
    }

    /**
     * Shorthand for {@link #everyDowngradeRestoresTheSchemaBeforeItsUpgrade(MigrationCheckConfig)}: the
     * "stairway".
     */
    public static CheckResult stairway(MigrationCheckConfig config) {
        return everyDowngradeRestoresTheSchemaBeforeItsUpgrade(config);
    }

    /**
     * The stairway: for each revision in upgrade order, snapshot the schema, upgrade that one revision,
     * downgrade that one revision, and require the schema from before, in words if not
     * ({@link dev.revgraph.schema.SnapshotDiff}); then upgrade it again, and require what the first upgrade
     * built. Stops at the first revision that breaks it. Irreversible revisions and the configured skips
     * are upgraded but not downgraded, and reported with their reasons.
     * @throws TestAbortedException when every revision was skipped
     */
    public static CheckResult everyDowngradeRestoresTheSchemaBeforeItsUpgrade(MigrationCheckConfig config) {
        try (CheckSession session = CheckSession.open(config)) {
            RevisionGraph graph = session.graph();
            Map<String, String> skipped = new LinkedHashMap<>();
            List<String> checked = new ArrayList<>();
            Set<String> rows = new LinkedHashSet<>();
            for (Step step : graph.planUpgrade(Set.of(), "heads").steps()) {
                Revision revision = step.revision();
                SchemaSnapshot before = session.snapshot();
                upgradeOne(session, revision);
                rows = graph.applyStep(rows, step);
                String reason = skipReason(config, revision);
                Optional<String> target = (reason != null) ? Optional.empty()
                        : OneStepDowngrade.target(graph, rows, revision);
                if (reason == null && target.isEmpty()) {
                    reason = "no downgrade target undoes it alone";
                }
                if (reason != null) {
                    skipped.put(revision.id(), reason);
                    continue;
                }
                SchemaSnapshot upgraded = session.snapshot();
                try {
                    session.migrator().downgrade(target.get());
                }
                catch (RuntimeException ex) {
                    if (!isIrreversible(ex)) {
                        throw failure("Downgrade of " + CheckSession.describe(revision) + " failed: " + messageOf(ex), ex);
                    }
                    skipped.put(revision.id(), ex.getMessage());
                    continue;
                }
                List<String> changes = before.changesIn(session.snapshot(), "was left behind", "is missing");
                if (!changes.isEmpty()) {
                    throw new AssertionFailedError("Downgrade of " + CheckSession.describe(revision)
                            + " did not restore the schema from before its upgrade: " + sentences(changes)
                            + ". Make its downgrade undo everything its upgrade does.");
                }
                upgradeOne(session, revision);
                List<String> rebuilt = upgraded.changesIn(session.snapshot(), "is new", "is missing");
                if (!rebuilt.isEmpty()) {
                    throw new AssertionFailedError("Upgrading " + CheckSession.describe(revision) + " again after "
                            + "its downgrade built a different schema than the first time: " + sentences(rebuilt)
                            + ". Its downgrade must leave the schema its upgrade started from.");
                }
                checked.add(revision.id());
            }
            requireSomethingChecked("everyDowngradeRestoresTheSchemaBeforeItsUpgrade", checked, skipped);
            return new CheckResult("everyDowngradeRestoresTheSchemaBeforeItsUpgrade", "Every downgrade restored the "
                    + "schema from before its upgrade: " + checked.size() + " revisions checked on "
                    + session.dialect().id().displayName() + (skipped.isEmpty() ? "" : ", " + skipped.size() + " skipped"),
                    checked, skipped);
        }
    }

    /**
     * After upgrading an empty database to the heads and downgrading it to base, nothing is left but
     * RevGraph's own tables, with no rows in the version table: no table, index, sequence, view, type or
     * function.
     * @throws TestAbortedException when a revision is irreversible or its downgrade is skipped: a downgrade
     * to base cannot pass it
     */
    public static CheckResult downgradeToBaseLeavesNothingBehind(MigrationCheckConfig config) {
        try (CheckSession session = CheckSession.open(config)) {
            for (Revision revision : session.graph().revisions()) {
                String reason = skipReason(config, revision);
                if (reason != null) {
                    throw new TestAbortedException("A downgrade to base cannot be checked: it would pass "
                            + CheckSession.describe(revision) + ", whose downgrade is not checked (" + reason + ")");
                }
            }
            SchemaSnapshot before = session.snapshot();
            MigrationResult upgrade = upgradeToHeads(session, "Upgrading an empty database to heads failed");
            try {
                session.migrator().downgrade("base");
            }
            catch (RuntimeException ex) {
                if (isIrreversible(ex)) {
                    throw new TestAbortedException("A downgrade to base cannot be checked: " + ex.getMessage(), ex);
                }
                throw failure("Downgrading from heads to base failed: " + messageOf(ex), ex);
            }
            Set<String> rows = session.migrator().status().versionRows();
            if (!rows.isEmpty()) {
                throw new AssertionFailedError("After a downgrade to base the version table still holds " + rows);
            }
            List<String> leftovers = before.changesIn(session.snapshot(), "was left behind", "is missing");
            if (!leftovers.isEmpty()) {
                throw new AssertionFailedError("Downgrade to base left the schema different from the empty one it "
                        + "started from on " + session.dialect().id().displayName() + ": " + sentences(leftovers)
                        + ". The downgrade of the revision that creates each must drop it.");
            }
            List<String> revisions = upgrade.stepsRun().stream().map(Step::revisionId).toList();
            return new CheckResult("downgradeToBaseLeavesNothingBehind", "Downgrading " + revisions.size()
                    + " revisions to base left nothing behind on " + session.dialect().id().displayName(), revisions,
                    Map.of());
        }
    }

    /** Loads the revisions for {@code vendor}; no revisions at all is a failure: there is nothing to prove. */
    static LoadedRevisions loadRevisions(MigrationCheckConfig config, @Nullable String vendor) {
        LoadedRevisions revisions = config.load(vendor);
        if (revisions.scripts().isEmpty()) {
            throw new AssertionFailedError("No revisions were found in " + config.describeSources()
                    + ", so there is nothing to check. Point the checks at the revisions: "
                    + "@MigrationsTest(locations = ..., javaPackages = ...)");
        }
        return revisions;
    }

    private static MigrationResult upgradeToHeads(CheckSession session, String failure) {
        try {
            return session.migrator().upgrade("heads");
        }
        catch (RuntimeException ex) {
            throw failure(failure + ": " + messageOf(ex), ex);
        }
    }

    private static void upgradeOne(CheckSession session, Revision revision) {
        MigrationResult result;
        try {
            result = session.migrator().upgrade(revision.id());
        }
        catch (RuntimeException ex) {
            throw failure("Upgrade of " + CheckSession.describe(revision) + " failed: " + messageOf(ex), ex);
        }
        List<String> ran = result.stepsRun().stream().map(Step::revisionId).toList();
        if (!ran.equals(List.of(revision.id()))) {
            throw new IllegalStateException("Upgrading to " + revision.id() + " ran " + ran + ", not that revision alone");
        }
    }

    private static @Nullable String skipReason(MigrationCheckConfig config, Revision revision) {
        String configured = config.skips().get(revision.id());
        if (configured != null) {
            return configured;
        }
        String irreversible = revision.info().irreversible();
        return (irreversible != null) ? "irreversible: " + irreversible : null;
    }

    private static void requireSomethingChecked(String check, List<String> checked, Map<String, String> skipped) {
        if (checked.isEmpty()) {
            throw new TestAbortedException(check + " checked nothing: every revision was skipped ("
                    + skipped.entrySet().stream().map((entry) -> entry.getKey() + ": " + entry.getValue())
                        .collect(Collectors.joining("; ")) + ")");
        }
    }

    private static @Nullable String vendorOf(MigrationCheckConfig config) {
        String vendor = config.databases().vendor();
        if (vendor != null || config.locations().stream().noneMatch((location) -> location.contains("{vendor}"))) {
            return vendor;
        }
        try (CheckDatabase database = config.databases().open();
                Connection connection = database.dataSource().getConnection()) {
            return Dialects.of(connection).id().id();
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Could not connect to learn what {vendor} stands for: " + ex.getMessage(), ex);
        }
    }

    private static Set<String> ids(Set<Revision> revisions) {
        Set<String> ids = new LinkedHashSet<>();
        revisions.forEach((revision) -> ids.add(revision.id()));
        return ids;
    }

    private static String sentences(List<String> changes) {
        return String.join("; ", changes);
    }

    private static boolean isIrreversible(RuntimeException ex) {
        return ex instanceof RevGraphException revGraph && revGraph.errorCode() == ErrorCode.IRREVERSIBLE;
    }

    /** The message, and the database's own when the runtime wraps it without repeating it. */
    private static String messageOf(RuntimeException ex) {
        String message = String.valueOf(ex.getMessage());
        Throwable cause = ex.getCause();
        if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            return message + ": " + cause.getMessage();
        }
        return message;
    }

    private static AssertionFailedError failure(String message, Throwable cause) {
        return new AssertionFailedError(message, cause);
    }
}
