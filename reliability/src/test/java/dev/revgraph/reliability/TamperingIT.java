package dev.revgraph.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.sql.DataSource;

import dev.revgraph.RevGraphException;
import dev.revgraph.runtime.MigrationResult;
import dev.revgraph.runtime.MigrationSettings;
import dev.revgraph.runtime.Migrator;
import dev.revgraph.runtime.ResolveAction;
import dev.revgraph.runtime.UnknownRevisionsPolicy;
import dev.revgraph.script.LoadedRevisions;
import dev.revgraph.script.RevisionLoader;
import dev.revgraph.testdb.DatabaseKind;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Scenario 6, tampering: a database migrated through {@code tm_01 -> tm_02 -> tm_03 -> tm_java} (three SQL
 * files and a Java revision), then an applied script or the version table is tampered with. Each gets its
 * own diagnosis before anything changes — the {@link StatementLog} shows no statement but reads, session
 * settings and the migration lock — and the version rows stay as they were; only {@code stamp} and
 * {@code resolve}, each audited by a history row, change them, after which the run goes through.
 * Line-ending (CRLF) and BOM changes are normalised and accepted; a renamed file is the same revision
 * (the id is in its header).
 */
class TamperingIT {

    enum Tampering {

        EDITED_STATEMENT, EDITED_COMMENT, EDITED_WHITESPACE, CRLF_LINE_ENDINGS, BOM_ADDED, RENAMED_FILE,
        DELETED_SCRIPT, DELETED_HEAD_REVISION, JAVA_METADATA_CHANGED, JAVA_CHECKSUM_CHANGED, UNKNOWN_VERSION_ROW,
        ANCESTOR_AND_DESCENDANT_ROWS, DUPLICATE_VERSION_ROW, VERSION_TABLE_EMPTIED, VERSION_TABLE_DROPPED

    }

    static Stream<Arguments> cases() {
        List<Arguments> arguments = new ArrayList<>();
        for (DatabaseKind kind : DatabaseKind.values()) {
            for (Tampering tampering : Tampering.values()) {
                arguments.add(arguments(kind, tampering));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void eachTamperingGetsItsOwnDiagnosisBeforeAnyChange(DatabaseKind kind, Tampering tampering) throws Exception {
        Path work = WorkDirectory.of("tampering", kind.id(), tampering.name().toLowerCase(Locale.ROOT));
        ScriptTree tree = new ScriptTree(work.resolve("revisions"));
        tree.plain("tm_01", "");
        Path second = tree.revision("tm_02", "tm_01", List.of("-- the second step", "CREATE TABLE t_tm_02 (id INTEGER NOT NULL PRIMARY KEY, n INTEGER)",
                "INSERT INTO rel_marks (revision_id, applied_by) VALUES ('tm_02', 'sql')"),
                List.of("DROP TABLE t_tm_02", "DELETE FROM rel_marks WHERE revision_id = 'tm_02'"));
        tree.plain("tm_03", "tm_02");
        try (TrialDatabase database = TrialDatabase.shared(kind)) {
            migrator(database, tree, "v1", UnknownRevisionsPolicy.ALLOW_AHEAD).upgrade("heads");
            assertThat(DatabaseFacts.versionRows(database)).containsExactly("tm_java");
            String java = switch (tampering) {
                case DELETED_HEAD_REVISION -> null;
                case JAVA_METADATA_CHANGED -> "v2";
                case JAVA_CHECKSUM_CHANGED -> "v3";
                default -> "v1";
            };
            String text = Files.readString(second, StandardCharsets.UTF_8);
            switch (tampering) {
                case EDITED_STATEMENT -> Files.writeString(second, text.replace("n INTEGER", "n BIGINT"));
                case EDITED_COMMENT -> Files.writeString(second, text.replace("-- the second step", "-- the 2nd step"));
                case EDITED_WHITESPACE -> Files.writeString(second, text.replace("n INTEGER)", "n  INTEGER)"));
                case CRLF_LINE_ENDINGS -> Files.writeString(second, text.replace("\n", "\r\n"));
                case BOM_ADDED -> Files.writeString(second, "\uFEFF" + text);
                case RENAMED_FILE -> Files.move(second, second.resolveSibling("0099_renamed.sql"));
                case DELETED_SCRIPT -> Files.delete(second);
                case DELETED_HEAD_REVISION, JAVA_METADATA_CHANGED, JAVA_CHECKSUM_CHANGED -> {
                    // the build changes: see java above
                }
                case UNKNOWN_VERSION_ROW -> database.execute("UPDATE revgraph_version SET version_num = 'zz_unknown'");
                case ANCESTOR_AND_DESCENDANT_ROWS -> database.execute("INSERT INTO revgraph_version (version_num) VALUES ('tm_02')");
                case DUPLICATE_VERSION_ROW -> {
                    // The primary key of version_num refuses a duplicate row: there is nothing to diagnose.
                    Throwable refused = catchThrowable(() -> database.execute(
                            "INSERT INTO revgraph_version (version_num) VALUES ('tm_java')"));
                    assertThat(refused).as("the database refuses a duplicate version row").isInstanceOf(
                            java.sql.SQLException.class);
                    assertThat(((java.sql.SQLException) refused).getSQLState()).startsWith("23");
                    return;
                }
                case VERSION_TABLE_EMPTIED -> database.execute("DELETE FROM revgraph_version");
                case VERSION_TABLE_DROPPED -> database.execute("DROP TABLE revgraph_version");
            }
            List<String> rowsBefore = DatabaseFacts.tableExists(database, "revgraph_version")
                    ? DatabaseFacts.versionRows(database) : null;
            int historyBefore = DatabaseFacts.historyDirections(database).size();
            StatementLog.clear();
            Throwable outcome = catchThrowable(() -> migratorLogged(database, tree, java, UnknownRevisionsPolicy.ALLOW_AHEAD)
                .upgrade("heads"));
            List<String> changes = changes(StatementLog.sql());
            String context = kind + ", " + tampering;
            Reports.record("tampering", context + ": " + ((outcome == null) ? "accepted"
                    : ((outcome instanceof RevGraphException revGraph) ? revGraph.code() : outcome.getClass().getSimpleName())
                            + ": " + outcome.getMessage().lines().findFirst().orElse("")));
            assertThat(changes).as("%s: statements that change something, before the diagnosis (outcome: %s)", context,
                    outcome).isEmpty();
            assertThat(DatabaseFacts.tableExists(database, "revgraph_version") ? DatabaseFacts.versionRows(database) : null)
                .as("%s: version rows untouched", context).isEqualTo(rowsBefore);
            assertThat(DatabaseFacts.historyDirections(database)).as(context).hasSize(historyBefore);
            switch (tampering) {
                case EDITED_STATEMENT, EDITED_COMMENT, EDITED_WHITESPACE -> {
                    assertCode(outcome, "checksum_mismatch", "tm_02", "0002_tm_02.sql");
                    settle(database, tree, java, (migrator) -> migrator.resolve("tm_02", ResolveAction.ACCEPT_CHECKSUM),
                            "resolve");
                }
                case JAVA_METADATA_CHANGED, JAVA_CHECKSUM_CHANGED -> {
                    assertCode(outcome, "checksum_mismatch", "tm_java", "TamperJavaRevision");
                    settle(database, tree, java, (migrator) -> migrator.resolve("tm_java", ResolveAction.ACCEPT_CHECKSUM),
                            "resolve");
                }
                case CRLF_LINE_ENDINGS, BOM_ADDED, RENAMED_FILE -> assertThat(outcome).as(context).isNull();
                case DELETED_SCRIPT -> assertCode(outcome, "missing_parent", "tm_02", "0003_tm_03.sql");
                case DELETED_HEAD_REVISION -> {
                    assertThat(outcome).as("%s: allow-ahead starts", context).isNull();
                    assertThat(migrator(database, tree, null, UnknownRevisionsPolicy.ALLOW_AHEAD).status().ahead()).isTrue();
                    assertThat(catchThrowable(() -> migratorLogged(database, tree, null, UnknownRevisionsPolicy.FAIL)
                        .upgrade("heads"))).satisfies((ex) -> assertCode(ex, "unknown_applied_revision", "tm_java"));
                }
                case UNKNOWN_VERSION_ROW -> {
                    assertCode(outcome, "unknown_applied_revision", "zz_unknown");
                    settle(database, tree, java, (migrator) -> migrator.stamp(List.of("tm_java"), true), "stamp");
                }
                case ANCESTOR_AND_DESCENDANT_ROWS -> {
                    assertThat(outcome).as("%s: refused", context).isInstanceOf(RevGraphException.class);
                    assertThat(outcome.getMessage()).contains("tm_02").contains("tm_java");
                    settle(database, tree, java, (migrator) -> migrator.stamp(List.of("tm_java"), true), "stamp");
                }
                case VERSION_TABLE_EMPTIED, VERSION_TABLE_DROPPED -> {
                    assertThat(outcome).as("%s: refused", context).isInstanceOf(RevGraphException.class);
                    assertThat(outcome.getMessage()).as(context).containsIgnoringCase("revgraph_version");
                    settle(database, tree, java, (migrator) -> migrator.stamp(List.of("tm_java"), true), "stamp");
                }
                default -> throw new IllegalStateException(tampering.name());
            }
        }
    }

    /** Runs the remedy, checks it is audited, and that the next run goes through applying nothing. */
    private static void settle(TrialDatabase database, ScriptTree tree, String java, ThrowingConsumer remedy,
            String direction) throws Exception {
        remedy.accept(migrator(database, tree, java, UnknownRevisionsPolicy.ALLOW_AHEAD));
        List<String> directions = DatabaseFacts.historyDirections(database);
        assertThat(directions.get(directions.size() - 1)).as("the remedy is audited").isEqualTo(direction);
        MigrationResult result = migrator(database, tree, java, UnknownRevisionsPolicy.ALLOW_AHEAD).upgrade("heads");
        assertThat(result.plan().steps()).as("nothing to run after the remedy").isEmpty();
        assertThat(DatabaseFacts.versionRows(database)).containsExactly("tm_java");
    }

    private static void assertCode(Throwable outcome, String code, String... named) {
        assertThat(outcome).isInstanceOf(RevGraphException.class);
        assertThat(((RevGraphException) outcome).code()).as(outcome.getMessage()).isEqualTo(code);
        for (String name : named) {
            assertThat(outcome.getMessage()).contains(name);
        }
    }

    /**
     * The statements that could change something: anything but a read, a session setting, or the migration
     * lock (PostgreSQL's and MariaDB's lock functions are SELECTs; H2's lock is a row in revgraph_lock).
     */
    private static List<String> changes(List<String> sql) {
        return sql.stream().filter((statement) -> {
            String text = statement.strip().toUpperCase(Locale.ROOT);
            return !(text.startsWith("SELECT") || text.startsWith("SET ") || text.startsWith("RESET ")
                    || text.contains("REVGRAPH_LOCK"));
        }).toList();
    }

    private static Migrator migrator(TrialDatabase database, ScriptTree tree, String java, UnknownRevisionsPolicy policy) {
        return create(database.dataSource(), database, tree, java, policy);
    }

    private static Migrator migratorLogged(TrialDatabase database, ScriptTree tree, String java,
            UnknownRevisionsPolicy policy) {
        return create(StatementLog.wrap(database.dataSource()), database, tree, java, policy);
    }

    private static Migrator create(DataSource dataSource, TrialDatabase database, ScriptTree tree, String java,
            UnknownRevisionsPolicy policy) {
        LoadedRevisions revisions = RevisionLoader.forClassLoader(TamperingIT.class.getClassLoader())
            .load(List.of(tree.location()), database.vendor(),
                    (java != null) ? List.of("dev.revgraph.reliability.tamper." + java) : List.of());
        return Migrator.create(dataSource, revisions, MigrationSettings.builder().unknownRevisions(policy).build());
    }

    @FunctionalInterface
    private interface ThrowingConsumer {

        void accept(Migrator migrator) throws Exception;

    }

}
