package dev.revgraph.runtime;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.revgraph.RevGraphException;
import dev.revgraph.revision.Plan;
import dev.revgraph.revision.Revision;
import dev.revgraph.testdb.AllDatabasesTest;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MigratorTests {

    @RegisterExtension
    static final TestDatabaseExtension databases = TestDatabaseExtension.ofAllKinds();

    @TempDir
    Path directory;

    private TestDatabase database(DatabaseKind kind) throws SQLException {
        TestDatabase database = databases.database(kind);
        Databases.clean(database);
        return database;
    }

    private Migrator migrator(TestDatabase database, RevisionFiles files) {
        return migrator(database, files, MigrationSettings.defaults());
    }

    private Migrator migrator(TestDatabase database, RevisionFiles files, MigrationSettings settings) {
        return Migrator.create(database.dataSource(), files.load(Databases.vendor(database.kind())), settings);
    }

    private RevisionFiles linear() {
        return new RevisionFiles(this.directory)
            .add("a1", List.of(), "", RevisionFiles.revlogTable() + "\n" + RevisionFiles.standardUpgrade("a1"),
                    RevisionFiles.standardDowngrade("a1") + "\nDROP TABLE revlog;")
            .add("b2", "a1")
            .add("c3", "b2");
    }

    /** Branches x and y from b2, merged by m9. */
    private RevisionFiles branched() {
        return linear().add("x1", List.of("c3"), "-- branch_labels: x\n", RevisionFiles.standardUpgrade("x1"),
                RevisionFiles.standardDowngrade("x1"))
            .add("y1", List.of("c3"), "-- branch_labels: y\n", RevisionFiles.standardUpgrade("y1"),
                    RevisionFiles.standardDowngrade("y1"))
            .add("x2", "x1")
            .add("m9", "x2", "y1");
    }

    @AllDatabasesTest
    void createsItsTablesOnFirstUseAndAppliesALinearChain(DatabaseKind kind) throws SQLException {
        TestDatabase database = database(kind);
        Migrator migrator = migrator(database, linear());
        assertThat(migrator.status().tablesExist()).isFalse();
        assertThat(migrator.status().pending().revisionIds()).containsExactly("a1", "b2", "c3");

        MigrationResult result = migrator.upgrade("heads");

        assertThat(result.stepsRun()).hasSize(3);
        assertThat(result.rowsAfter()).containsExactly("c3");
        assertThat(versionRows(database)).containsExactly("c3");
        assertThat(applied(database)).containsExactlyInAnyOrder("a1", "b2", "c3");
        assertThat(Databases.list(database, "SELECT rev FROM revlog")).containsExactlyInAnyOrder("a1", "b2", "c3");
        List<HistoryEntry> history = migrator.history();
        assertThat(history).extracting(HistoryEntry::revision).containsExactly("a1", "b2", "c3");
        assertThat(history).allSatisfy((entry) -> {
            assertThat(entry.status()).isEqualTo(HistoryEntry.Status.SUCCESS);
            assertThat(entry.statementsDone()).isEqualTo(entry.statementsTotal());
            assertThat(entry.finished()).isNotNull();
            assertThat(entry.user()).isNotBlank();
        });
        assertThat(history.get(1).rowsBefore()).containsExactly("a1");
        assertThat(history.get(1).rowsAfter()).containsExactly("b2");
        MigrationStatus status = migrator.status();
        assertThat(status.upToDate()).isTrue();
        assertThat(status.versionRows()).containsExactly("c3");
        assertThat(status.applied()).containsExactly("a1", "b2", "c3");
    }

    @AllDatabasesTest
    void aSecondUpgradeAtHeadsAppliesNothing(DatabaseKind kind) throws SQLException {
        TestDatabase database = database(kind);
        Migrator migrator = migrator(database, linear());
        migrator.upgrade("heads");

        MigrationResult again = migrator.upgrade("heads");

        assertThat(again.stepsRun()).isEmpty();
        assertThat(again.rowsAfter()).containsExactly("c3");
        assertThat(migrator.history()).hasSize(3);
    }

    @AllDatabasesTest
    void keepsTheVersionRowsAlembicWouldThroughBranchesMergeAndUnmerge(DatabaseKind kind) throws SQLException {
        TestDatabase database = database(kind);
        Migrator migrator = migrator(database, branched());

        assertStep(database, migrator, migrator.upgrade("x2"), Set.of("x2"));
        assertStep(database, migrator, migrator.upgrade("y1"), Set.of("x2", "y1"));
        assertStep(database, migrator, migrator.upgrade("heads"), Set.of("m9"));
        assertStep(database, migrator, migrator.downgrade("x2"), Set.of("x2", "y1"));
        assertStep(database, migrator, migrator.downgrade("x@-1"), Set.of("x1", "y1"));
        assertStep(database, migrator, migrator.downgrade("c3"), Set.of("c3"));
        assertStep(database, migrator, migrator.downgrade("base"), Set.of());
        assertThat(Databases.list(database, "SELECT version_num FROM revgraph_version")).isEmpty();
    }

    @AllDatabasesTest
    void stampsUpDownAndWithPurgeWithoutRunningAnything(DatabaseKind kind) throws SQLException {
        TestDatabase database = database(kind);
        Migrator migrator = migrator(database, branched());

        assertStep(database, migrator, migrator.stamp(List.of("x2"), false), Set.of("x2"));
        assertStep(database, migrator, migrator.stamp(List.of("y1"), false), Set.of("x2", "y1"));
        assertStep(database, migrator, migrator.stamp(List.of("m9"), false), Set.of("m9"));
        assertStep(database, migrator, migrator.stamp(List.of("b2"), false), Set.of("b2"));
        assertStep(database, migrator, migrator.stamp(List.of("x1"), true), Set.of("x1"));
        assertStep(database, migrator, migrator.stamp(List.of("base"), true), Set.of());
        assertThat(migrator.history()).extracting(HistoryEntry::direction).containsOnly(HistoryEntry.Direction.STAMP);
        assertThat(Databases.list(database, "SELECT version_num FROM revgraph_version")).isEmpty();
        // nothing ran: revlog was never created
        assertThat(migrator.status().applied()).isEmpty();
    }

    @AllDatabasesTest
    void adoptsADatabaseThatAlembicManaged(DatabaseKind kind) throws SQLException {
        TestDatabase database = database(kind);
        Databases.execute(database,
                "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc "
                        + "PRIMARY KEY (version_num))",
                "INSERT INTO alembic_version (version_num) VALUES ('b2')", RevisionFiles.revlogTable(),
                "CREATE TABLE t_a1 (id INTEGER)", "CREATE TABLE t_b2 (id INTEGER)",
                "INSERT INTO revlog (rev) VALUES ('a1')", "INSERT INTO revlog (rev) VALUES ('b2')");
        Migrator migrator = migrator(database, linear(), MigrationSettings.builder().versionTable("alembic_version")
            .build());
        assertThat(migrator.status().pending().revisionIds()).containsExactly("c3");

        MigrationResult result = migrator.upgrade("heads");

        assertThat(result.plan().revisionIds()).containsExactly("c3");
        assertThat(Databases.list(database, "SELECT version_num FROM alembic_version")).containsExactly("c3");
        assertThat(Databases.list(database, "SELECT CONCAT(revision, ':', origin) FROM revgraph_applied")
            .stream().sorted()).containsExactly("a1:adopted", "b2:adopted", "c3:run");
    }

    @AllDatabasesTest
    void refusesANonEmptySchemaWithoutVersionTable(DatabaseKind kind) throws SQLException {
        TestDatabase database = database(kind);
        Databases.execute(database, "CREATE TABLE legacy (id INTEGER)");
        Migrator migrator = migrator(database, linear());

        assertThatExceptionOfType(RevGraphException.class).isThrownBy(() -> migrator.upgrade("heads"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("not_empty_without_version_table"))
            .satisfies((ex) -> assertThat(ex.getMessage()).containsIgnoringCase("legacy"))
            .withMessageContaining("stamp")
            .withMessageContaining("baseline");
        assertThatExceptionOfType(RevGraphException.class).isThrownBy(migrator::validate)
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("not_empty_without_version_table"));
        assertThat(migrator.status().tablesExist()).isFalse();
    }

    @AllDatabasesTest
    void migratesASecondTreeFromBaseInASchemaThatAnotherTreeManages(DatabaseKind kind) throws Exception {
        TestDatabase database = database(kind);
        migrator(database, linear()).upgrade("heads");
        RevisionFiles audit = new RevisionFiles(this.directory.resolve("audit"));
        java.nio.file.Files.createDirectories(audit.directory());
        audit.add("au1", List.of(), "", "CREATE TABLE audit_log (id INTEGER);", "DROP TABLE audit_log;");
        MigrationSettings.Builder auditSettings = MigrationSettings.builder().tree("audit")
            .versionTable("audit_version").appliedTable("audit_applied").historyTable("audit_history");
        Migrator unaware = migrator(database, audit, auditSettings.build());
        assertThatExceptionOfType(RevGraphException.class).isThrownBy(() -> unaware.upgrade("heads"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("not_empty_without_version_table"));

        Migrator migrator = migrator(database, audit, auditSettings
            .otherTreeTables(List.of("revgraph_version", "revgraph_applied", "revgraph_history")).build());
        MigrationResult result = migrator.upgrade("heads");

        assertThat(result.rowsAfter()).containsExactly("au1");
        assertThat(Databases.list(database, "SELECT version_num FROM audit_version")).containsExactly("au1");
        assertThat(versionRows(database)).containsExactly("c3");
    }

    @AllDatabasesTest
    void stillRefusesANonEmptySchemaWhenNoOtherTreeHasMigratedIt(DatabaseKind kind) throws SQLException {
        TestDatabase database = database(kind);
        Databases.execute(database, "CREATE TABLE legacy (id INTEGER)");
        Migrator migrator = migrator(database, linear(), MigrationSettings.builder()
            .otherTreeTables(List.of("audit_version", "audit_applied", "audit_history")).build());

        assertThatExceptionOfType(RevGraphException.class).isThrownBy(() -> migrator.upgrade("heads"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("not_empty_without_version_table"));
    }

    @AllDatabasesTest
    void baselinesANonEmptySchemaWhenToldTo(DatabaseKind kind) throws SQLException {
        TestDatabase database = database(kind);
        Databases.execute(database, RevisionFiles.revlogTable(), "CREATE TABLE t_a1 (id INTEGER)",
                "INSERT INTO revlog (rev) VALUES ('a1')");
        Migrator migrator = migrator(database, linear(), MigrationSettings.builder().baselineOnStartup("a1").build());
        assertThat(migrator.planUpgrade("heads").revisionIds()).containsExactly("b2", "c3");

        MigrationResult result = migrator.upgrade("heads");

        assertThat(result.stepsRun()).extracting((step) -> step.revisionId()).containsExactly("b2", "c3");
        assertThat(versionRows(database)).containsExactly("c3");
        assertThat(Databases.list(database, "SELECT CONCAT(revision, ':', origin) FROM revgraph_applied")
            .stream().sorted()).containsExactly("a1:stamp", "b2:run", "c3:run");
    }

    @AllDatabasesTest
    void validatesChecksumsAndAcceptsADeliberateEdit(DatabaseKind kind) throws SQLException {
        TestDatabase database = database(kind);
        RevisionFiles files = linear();
        migrator(database, files).upgrade("heads");
        files.write("0002_b2.sql", "-- revision: b2\n-- down_revision: a1\n-- message: revision b2, edited\n\n"
                + "-- migrate:upgrade\n" + RevisionFiles.standardUpgrade("b2") + "\n\n-- migrate:downgrade\n"
                + RevisionFiles.standardDowngrade("b2") + "\n");
        Migrator edited = migrator(database, files);

        assertThatExceptionOfType(RevGraphException.class).isThrownBy(() -> edited.upgrade("heads"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("checksum_mismatch"))
            .withMessageContaining("b2 (filesystem:")
            .withMessageContaining("0002_b2.sql")
            .withMessageContaining("resolve REV --accept-checksum");
        assertThatExceptionOfType(RevGraphException.class).isThrownBy(edited::validate);
        Migrator unchecked = migrator(database, files, MigrationSettings.builder().validateChecksums(false).build());
        assertThat(unchecked.upgrade("heads").stepsRun()).isEmpty();

        edited.resolve("b2", ResolveAction.ACCEPT_CHECKSUM);

        edited.validate();
        assertThat(edited.upgrade("heads").stepsRun()).isEmpty();
        assertThat(edited.history()).last().satisfies((entry) -> {
            assertThat(entry.direction()).isEqualTo(HistoryEntry.Direction.RESOLVE);
            assertThat(entry.error()).startsWith("accept-checksum");
        });
    }

    @AllDatabasesTest
    void allowsADatabaseAheadOfTheBuildButRefusesToChangeItsRows(DatabaseKind kind) throws Exception {
        TestDatabase database = database(kind);
        RevisionFiles newer = linear().add("d4", "c3");
        migrator(database, newer).upgrade("heads");
        RevisionFiles older = new RevisionFiles(this.directory.resolve("older"));
        java.nio.file.Files.createDirectories(older.directory());
        older.add("a1", List.of(), "", RevisionFiles.revlogTable() + "\n" + RevisionFiles.standardUpgrade("a1"),
                RevisionFiles.standardDowngrade("a1") + "\nDROP TABLE revlog;")
            .add("b2", "a1")
            .add("c3", "b2");
        Migrator migrator = migrator(database, older);

        MigrationStatus status = migrator.status();
        assertThat(status.ahead()).isTrue();
        assertThat(status.unknownRevisions()).containsExactly("d4");
        assertThat(status.pending().isEmpty()).isTrue();
        migrator.validate();
        MigrationResult result = migrator.upgrade("heads");
        assertThat(result.stepsRun()).isEmpty();
        assertThat(result.rowsAfter()).containsExactly("d4");
        assertThatExceptionOfType(RevGraphException.class).isThrownBy(() -> migrator.downgrade("b2"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("unknown_applied_revision"))
            .withMessageContaining("d4")
            .withMessageContaining("stamp --purge");
        assertThatExceptionOfType(RevGraphException.class).isThrownBy(() -> migrator.stamp(List.of("b2"), false))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("unknown_applied_revision"));

        Migrator strict = migrator(database, older, MigrationSettings.builder()
            .unknownRevisions(UnknownRevisionsPolicy.FAIL).build());
        assertThatExceptionOfType(RevGraphException.class).isThrownBy(() -> strict.upgrade("heads"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("unknown_applied_revision"))
            .withMessageContaining("d4");
        assertThatExceptionOfType(RevGraphException.class).isThrownBy(strict::validate);
        assertThat(versionRows(database)).containsExactly("d4");
    }

    @AllDatabasesTest
    void refusesUnknownRowsTheHistoryCannotPlace(DatabaseKind kind) throws SQLException {
        TestDatabase database = database(kind);
        Migrator migrator = migrator(database, linear());
        migrator.upgrade("heads");
        Databases.execute(database, "UPDATE revgraph_version SET version_num = 'zz' WHERE version_num = 'c3'");

        assertThatExceptionOfType(RevGraphException.class).isThrownBy(() -> migrator.upgrade("heads"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("unknown_applied_revision"))
            .withMessageContaining("zz");
        assertThat(migrator.stamp(List.of("c3"), true).rowsAfter()).containsExactly("c3");
        assertThat(migrator.upgrade("heads").stepsRun()).isEmpty();
    }

    @AllDatabasesTest
    void refusesToDowngradeThroughAnIrreversibleRevisionBeforeRunningAnything(DatabaseKind kind) throws SQLException {
        TestDatabase database = database(kind);
        RevisionFiles files = linear().add("d4", List.of("c3"), "-- irreversible: data is lost\n",
                RevisionFiles.standardUpgrade("d4"), null);
        Migrator migrator = migrator(database, files);
        migrator.upgrade("heads");

        assertThatExceptionOfType(RevGraphException.class).isThrownBy(() -> migrator.downgrade("b2"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("irreversible"))
            .withMessageContaining("d4");
        assertThat(versionRows(database)).containsExactly("d4");
        assertThat(migrator.history()).hasSize(4);
    }

    private void assertStep(TestDatabase database, Migrator migrator, MigrationResult result, Set<String> rows)
            throws SQLException {
        assertThat(result.rowsAfter()).containsExactlyInAnyOrderElementsOf(rows);
        assertThat(result.plan().rowsAfter()).containsExactlyInAnyOrderElementsOf(rows);
        assertThat(versionRows(database)).containsExactlyInAnyOrderElementsOf(rows);
        Set<String> applied = new LinkedHashSet<>();
        for (Revision revision : migrator.graph().applied(rows)) {
            applied.add(revision.id());
        }
        assertThat(applied(database)).containsExactlyInAnyOrderElementsOf(applied);
        Plan pending = migrator.planUpgrade("heads");
        assertThat(pending.rowsBefore()).containsExactlyInAnyOrderElementsOf(rows);
    }

    static Set<String> versionRows(TestDatabase database) throws SQLException {
        return Databases.strings(database, "SELECT version_num FROM revgraph_version");
    }

    static Set<String> applied(TestDatabase database) throws SQLException {
        return Databases.strings(database, "SELECT revision FROM revgraph_applied");
    }
}
