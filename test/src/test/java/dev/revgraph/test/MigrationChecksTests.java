package dev.revgraph.test;

import dev.revgraph.autogenerate.ModelSource;
import dev.revgraph.test.fixtures.good.GoodModel;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabases;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in checks as a user sees them: sample test classes that implement {@link MigrationChecks},
 * run through the JUnit Platform's {@code EngineTestKit}, and what JUnit reported for each check.
 */
class MigrationChecksTests {

    private static final String SINGLE_HEAD = "singleHead";

    private static final String UPGRADE = "upgradesFromEmptyToHeads";

    private static final String MODEL = "migrationsBuildTheModelSchema";

    private static final String STAIRWAY = "everyDowngradeRestoresTheSchemaBeforeItsUpgrade";

    private static final String BASE = "downgradeToBaseLeavesNothingBehind";

    @Test
    void aCorrectRevisionSetPassesEveryCheckOnH2() {
        assertAllPass(KitRun.of(GoodOnH2.class));
    }

    @Test
    void aCorrectRevisionSetPassesEveryCheckOnPostgres() {
        requireServer(DatabaseKind.POSTGRESQL);
        assertAllPass(KitRun.of(GoodOnPostgres.class));
    }

    @Test
    void aCorrectRevisionSetPassesEveryCheckOnMariaDb() {
        requireServer(DatabaseKind.MARIADB);
        assertAllPass(KitRun.of(GoodOnMariaDb.class));
    }

    @Test
    void eachCheckReportsWhatItProved() {
        KitRun run = KitRun.of(GoodOnH2.class);
        assertThat(run.outcome(STAIRWAY).entriesStartingWith(STAIRWAY)).containsValue(
                "Every downgrade restored the schema from before its upgrade: 6 revisions checked on H2");
        assertThat(run.outcome(SINGLE_HEAD).entriesStartingWith(SINGLE_HEAD)).containsValue(
                "A single head: f6c0ffee0006 (classpath:db/good/0006_f6c0ffee0006_number_comments.sql)");
    }

    @Test
    void twoHeadsFailOnlyTheSingleHeadCheck() {
        KitRun run = KitRun.of(TwoHeads.class);
        assertThat(run.outcome(SINGLE_HEAD).failed()).isTrue();
        assertThat(run.outcome(SINGLE_HEAD).message()).isEqualTo("Expected a single head but found 2: "
                + "bb00000000b2 (classpath:db/two-heads/0002_bb00000000b2_add_note_title.sql), "
                + "cc00000000c3 (classpath:db/two-heads/0003_cc00000000c3_add_note_author.sql). "
                + "Merge them: migrations merge heads -m \"merge heads\" (or, if the branches are meant to stay apart, "
                + "declare them: @MigrationsTest(heads = {\"bb00000000b2\", \"cc00000000c3\"}))");
        // upgrading to "heads" works with two heads, so every other check still proves what it proves
        assertThat(run.outcome(UPGRADE).passed()).isTrue();
        assertThat(run.outcome(STAIRWAY).passed()).isTrue();
        assertThat(run.outcome(BASE).passed()).isTrue();
    }

    @Test
    void declaredHeadsPassTheHeadsCheck() {
        KitRun run = KitRun.of(TwoDeclaredHeads.class);
        assertThat(run.outcome(SINGLE_HEAD).passed()).isTrue();
    }

    @Test
    void declaredHeadsThatAreNotTheHeadsFailTheHeadsCheck() {
        KitRun run = KitRun.of(WrongDeclaredHeads.class);
        assertThat(run.outcome(SINGLE_HEAD).message()).isEqualTo("Expected the heads aa00000000a1, bb00000000b2 but "
                + "found 2: bb00000000b2 (classpath:db/two-heads/0002_bb00000000b2_add_note_title.sql), "
                + "cc00000000c3 (classpath:db/two-heads/0003_cc00000000c3_add_note_author.sql). "
                + "aa00000000a1 (classpath:db/two-heads/0001_aa00000000a1_create_notes.sql) is not a head: it has the "
                + "children bb00000000b2, cc00000000c3; cc00000000c3 (classpath:db/two-heads/0003_cc00000000c3_add_"
                + "note_author.sql) is a head but not declared. Declare the heads the revisions have, or merge the ones "
                + "that should be one: migrations merge <revisions> -m \"...\"");
    }

    @Test
    void aDowngradeThatForgetsAnIndexFailsTheStairwayNamingTheRevisionAndTheIndex() {
        KitRun run = KitRun.of(ForgottenIndex.class);
        assertThat(run.outcome(STAIRWAY).failed()).isTrue();
        assertThat(run.outcome(STAIRWAY).message()).isEqualTo("Downgrade of f2000000000b "
                + "(classpath:db/forgotten-index/0002_f2000000000b_index_bar.sql) did not restore the schema from before "
                + "its upgrade: index IX_FOO on BAR was left behind. Make its downgrade undo everything its upgrade does.");
        assertThat(run.outcome(SINGLE_HEAD).passed()).isTrue();
        assertThat(run.outcome(UPGRADE).passed()).isTrue();
    }

    @Test
    void aDowngradeThatForgetsAnIndexFailsTheStairwayOnPostgres() {
        requireServer(DatabaseKind.POSTGRESQL);
        KitRun run = KitRun.of(ForgottenIndexOnPostgres.class);
        assertThat(run.outcome(STAIRWAY).message()).contains("Downgrade of f2000000000b",
                "index ix_foo on bar was left behind");
    }

    @Test
    void aModelFieldWithNoMigrationFailsTheModelCheckNamingTheTableAndColumn() {
        KitRun run = KitRun.of(ModelWithUnmigratedField.class);
        assertThat(run.outcome(MODEL).failed()).isTrue();
        // the comparator names the table as the database stores it: H2 folds unquoted names to upper case
        assertThat(run.outcome(MODEL).message()).isEqualToIgnoringCase("The schema built by the migrations differs "
                + "from the model on H2 (1 difference):\n"
                + "  column resources.score is in the model but not in the database (integer)\n"
                + "Write a revision that brings the migrations to the model (migrations revision --autogenerate -m "
                + "\"...\", then rebuild), or change the model.");
        assertThat(run.outcome(STAIRWAY).passed()).isTrue();
    }

    @Test
    void aModelFieldWithNoMigrationFailsTheModelCheckOnPostgres() {
        requireServer(DatabaseKind.POSTGRESQL);
        KitRun run = KitRun.of(ModelWithUnmigratedFieldOnPostgres.class);
        assertThat(run.outcome(MODEL).message()).contains("differs from the model on PostgreSQL (1 difference):\n"
                + "  column resources.score is in the model but not in the database (integer)\n");
    }

    @Test
    void aModelFieldWithNoMigrationFailsTheModelCheckOnMariaDb() {
        requireServer(DatabaseKind.MARIADB);
        KitRun run = KitRun.of(ModelWithUnmigratedFieldOnMariaDb.class);
        assertThat(run.outcome(MODEL).message()).contains("differs from the model on MariaDB (1 difference):\n"
                + "  column resources.score is in the model but not in the database (integer)\n");
    }

    @Test
    void withoutAModelSourceTheModelCheckIsSkippedWithTheReason() {
        KitRun run = KitRun.of(TwoHeads.class);
        assertThat(run.outcome(MODEL).aborted()).isTrue();
        assertThat(run.outcome(MODEL).message()).startsWith("No model source: this check compares the schema the "
                + "migrations build with the entity model, so it needs one.");
    }

    @Test
    void aDowngradeToBaseThatLeavesASequenceFailsTheBaseCheck() {
        KitRun run = KitRun.of(LeftoverSequence.class);
        assertThat(run.outcome(BASE).failed()).isTrue();
        assertThat(run.outcome(BASE).message()).isEqualTo("Downgrade to base left the schema different from the empty "
                + "one it started from on H2: sequence ORDER_NUMBERS was left behind. The downgrade of the revision that "
                + "creates each must drop it.");
        // the stairway finds it too, and names the revision
        assertThat(run.outcome(STAIRWAY).message()).startsWith("Downgrade of 5e0000000001 "
                + "(classpath:db/leftover-sequence/0001_5e0000000001_create_orders.sql) did not restore");
    }

    @Test
    void irreversibleRevisionsAreSkippedByTheStairwayWithTheirReasonsAndTheOthersChecked() {
        KitRun run = KitRun.of(Irreversible.class);
        KitRun.Outcome stairway = run.outcome(STAIRWAY);
        assertThat(stairway.passed()).isTrue();
        assertThat(stairway.entriesStartingWith("skipped ")).containsExactly(
                entry("skipped 1a0000000002", "irreversible: drops the legacy column and the data in it"),
                entry("skipped 1a0000000003", "Revision 1a0000000003 (class dev.revgraph.test.fixtures.irreversible."
                        + "ArchiveEvents) cannot be downgraded: the archive is filled from production data; nothing was run"));
        assertThat(stairway.entriesStartingWith(STAIRWAY)).containsValue("Every downgrade restored the schema from "
                + "before its upgrade: 2 revisions checked on H2, 2 skipped");
        assertThat(run.outcome(BASE).aborted()).isTrue();
        assertThat(run.outcome(BASE).message()).isEqualTo("A downgrade to base cannot be checked: it would pass "
                + "1a0000000002 (classpath:db/irreversible/0002_1a0000000002_drop_legacy_column.sql), whose downgrade "
                + "is not checked (irreversible: drops the legacy column and the data in it)");
    }

    @Test
    void configuredSkipsAreReportedWithTheirReasons() {
        KitRun run = KitRun.of(SkippedIndex.class);
        assertThat(run.outcome(STAIRWAY).passed()).isTrue();
        assertThat(run.outcome(STAIRWAY).entriesStartingWith("skipped ")).containsExactly(
                entry("skipped f2000000000b", "the index is dropped by hand in production"));
    }

    @Test
    void noRevisionsFailEveryCheckRatherThanPassingHavingCheckedNothing() {
        KitRun run = KitRun.of(NoRevisions.class);
        String message = "No revisions were found in classpath:db/empty, so there is nothing to check. Point the "
                + "checks at the revisions: @MigrationsTest(locations = ..., javaPackages = ...)";
        for (String check : new String[] { SINGLE_HEAD, UPGRADE, STAIRWAY, BASE }) {
            assertThat(run.outcome(check).failed()).as(check).isTrue();
            assertThat(run.outcome(check).message()).as(check).isEqualTo(message);
        }
    }

    @Test
    void aClassWithoutTheAnnotationIsToldToAddIt() {
        KitRun run = KitRun.of(NotAnnotated.class);
        assertThat(run.outcome(SINGLE_HEAD).message()).contains(NotAnnotated.class.getName()
                + " runs RevGraph's migration checks but says nothing about the revisions: annotate it with "
                + "@MigrationsTest(");
    }

    @Test
    void everyCheckIsATestOfItsOwnInOrder() {
        KitRun run = KitRun.of(GoodOnH2.class);
        assertThat(run.outcomes().keySet()).containsExactly(SINGLE_HEAD, UPGRADE, MODEL, STAIRWAY, BASE);
    }

    private static java.util.Map.Entry<String, String> entry(String key, String value) {
        return java.util.Map.entry(key, value);
    }

    private static void assertAllPass(KitRun run) {
        assertThat(run.outcomes()).hasSize(5);
        run.outcomes().forEach((check, outcome) -> assertThat(outcome.passed()).as(check + ": " + outcome).isTrue());
    }

    /** Skips the test when there is no server of {@code kind}, or fails it when servers are required. */
    private static void requireServer(DatabaseKind kind) {
        TestDatabases.create(kind).close();
    }

    abstract static class GoodSet implements MigrationChecks {

        @Override
        public ModelSource modelSource() {
            return new GoodModel();
        }
    }

    @OnlyInTestKit
    @MigrationsTest(locations = "classpath:db/good", javaPackages = "dev.revgraph.test.fixtures.good",
            database = DatabaseKind.H2)
    static class GoodOnH2 extends GoodSet {
    }

    @OnlyInTestKit
    @MigrationsTest(locations = "classpath:db/good", javaPackages = "dev.revgraph.test.fixtures.good",
            database = DatabaseKind.POSTGRESQL)
    static class GoodOnPostgres extends GoodSet {
    }

    @OnlyInTestKit
    @MigrationsTest(locations = "classpath:db/good", javaPackages = "dev.revgraph.test.fixtures.good",
            database = DatabaseKind.MARIADB)
    static class GoodOnMariaDb extends GoodSet {
    }

    @OnlyInTestKit
    @MigrationsTest(locations = "classpath:db/two-heads", database = DatabaseKind.H2)
    static class TwoHeads implements MigrationChecks {
    }

    @OnlyInTestKit
    @MigrationsTest(locations = "classpath:db/two-heads", database = DatabaseKind.H2,
            heads = { "cc00000000c3", "bb00000000b2" })
    static class TwoDeclaredHeads implements MigrationChecks {
    }

    @OnlyInTestKit
    @MigrationsTest(locations = "classpath:db/two-heads", database = DatabaseKind.H2,
            heads = { "aa00000000a1", "bb00000000b2" })
    static class WrongDeclaredHeads implements MigrationChecks {
    }

    @OnlyInTestKit
    @MigrationsTest(locations = "classpath:db/forgotten-index", database = DatabaseKind.H2)
    static class ForgottenIndex implements MigrationChecks {
    }

    @OnlyInTestKit
    @MigrationsTest(locations = "classpath:db/forgotten-index", database = DatabaseKind.POSTGRESQL)
    static class ForgottenIndexOnPostgres implements MigrationChecks {
    }

    @OnlyInTestKit
    @MigrationsTest(locations = "classpath:db/forgotten-index", database = DatabaseKind.H2,
            skip = @Skip(revision = "f2000000000b", reason = "the index is dropped by hand in production"))
    static class SkippedIndex implements MigrationChecks {
    }

    @OnlyInTestKit
    @MigrationsTest(locations = "classpath:db/good", javaPackages = "dev.revgraph.test.fixtures.good",
            database = DatabaseKind.H2)
    static class ModelWithUnmigratedField implements MigrationChecks {

        @Override
        public ModelSource modelSource() {
            return GoodModel.withResourceScore();
        }
    }

    @OnlyInTestKit
    @MigrationsTest(locations = "classpath:db/good", javaPackages = "dev.revgraph.test.fixtures.good",
            database = DatabaseKind.POSTGRESQL)
    static class ModelWithUnmigratedFieldOnPostgres extends ModelWithUnmigratedField {
    }

    @OnlyInTestKit
    @MigrationsTest(locations = "classpath:db/good", javaPackages = "dev.revgraph.test.fixtures.good",
            database = DatabaseKind.MARIADB)
    static class ModelWithUnmigratedFieldOnMariaDb extends ModelWithUnmigratedField {
    }

    @OnlyInTestKit
    @MigrationsTest(locations = "classpath:db/leftover-sequence", database = DatabaseKind.H2)
    static class LeftoverSequence implements MigrationChecks {
    }

    @OnlyInTestKit
    @MigrationsTest(locations = "classpath:db/irreversible", javaPackages = "dev.revgraph.test.fixtures.irreversible",
            database = DatabaseKind.H2)
    static class Irreversible implements MigrationChecks {
    }

    @OnlyInTestKit
    @MigrationsTest(locations = "classpath:db/empty", database = DatabaseKind.H2)
    static class NoRevisions implements MigrationChecks {
    }

    @OnlyInTestKit
    static class NotAnnotated implements MigrationChecks {
    }
}
