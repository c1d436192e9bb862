package dev.revgraph.test;

import java.util.List;

import dev.revgraph.test.fixtures.good.GoodModel;
import dev.revgraph.test.fixtures.injected.CreateTenantTable;
import dev.revgraph.testdb.AllDatabasesTest;
import dev.revgraph.testdb.DatabaseKind;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Each check on its own, from plain code, on every database: what it returns when the revisions are
 * right, and what it says when they are not.
 */
class MigrationCheckTests {

    private static final List<String> GOOD_ORDER = List.of("a1c0ffee0001", "b2c0ffee0002", "d4c0ffee0004",
            "c3c0ffee0003", "e5c0ffee0005", "f6c0ffee0006");

    @AllDatabasesTest
    void theStairwayChecksEveryRevisionOfACorrectSetInUpgradeOrder(DatabaseKind kind) {
        CheckResult result = MigrationCheck.stairway(good(kind).build());
        assertThat(result.checked()).containsExactlyInAnyOrderElementsOf(GOOD_ORDER);
        assertThat(result.checked().get(0)).isEqualTo("a1c0ffee0001");
        assertThat(result.checked().get(5)).isEqualTo("f6c0ffee0006");
        assertThat(result.skipped()).isEmpty();
    }

    @AllDatabasesTest
    void aCorrectSetPassesEveryCheckOnItsOwn(DatabaseKind kind) {
        MigrationCheckConfig config = good(kind).build();
        assertThat(MigrationCheck.singleHead(config).checked()).containsExactly("f6c0ffee0006");
        assertThat(MigrationCheck.upgradesFromEmptyToHeads(config).checked()).hasSize(6);
        assertThat(MigrationCheck.migrationsBuildTheModelSchema(config).summary())
            .isEqualTo("The migrations build the model's 3 tables on " + kind.displayName());
        assertThat(MigrationCheck.downgradeToBaseLeavesNothingBehind(config).summary())
            .isEqualTo("Downgrading 6 revisions to base left nothing behind on " + kind.displayName());
    }

    @AllDatabasesTest
    void theStairwayNamesTheRevisionAndTheIndexItsDowngradeForgot(DatabaseKind kind) {
        MigrationCheckConfig config = config(kind, "classpath:db/forgotten-index").build();
        assertThat(failure(() -> MigrationCheck.stairway(config)))
            .startsWith("Downgrade of f2000000000b (classpath:db/forgotten-index/0002_f2000000000b_index_bar.sql) did "
                    + "not restore the schema from before its upgrade: ")
            .containsIgnoringCase("index ix_foo on bar was left behind");
    }

    @AllDatabasesTest
    void theBaseCheckNamesTheSequenceLeftBehind(DatabaseKind kind) {
        MigrationCheckConfig config = config(kind, "classpath:db/leftover-sequence").build();
        assertThat(failure(() -> MigrationCheck.downgradeToBaseLeavesNothingBehind(config)))
            .containsIgnoringCase("sequence order_numbers was left behind");
    }

    @AllDatabasesTest
    void theStairwayNamesAViewLeftBehind(DatabaseKind kind) {
        MigrationCheckConfig config = config(kind, "classpath:db/leftover-view").build();
        assertThat(failure(() -> MigrationCheck.stairway(config)))
            .startsWith("Downgrade of 7e0000000002 (classpath:db/leftover-view/0002_7e0000000002_name_view.sql) did "
                    + "not restore the schema from before its upgrade: ")
            .containsIgnoringCase("view people_names was left behind");
    }

    @Test
    void theBaseCheckNamesATypeLeftBehindOnPostgres() {
        MigrationCheckConfig config = config(DatabaseKind.POSTGRESQL, "classpath:db/leftover-type").build();
        assertThat(failure(() -> MigrationCheck.downgradeToBaseLeavesNothingBehind(config))).isEqualTo("Downgrade "
                + "to base left the schema different from the empty one it started from on PostgreSQL: type mood was "
                + "left behind. The downgrade of the revision that creates each must drop it.");
    }

    @AllDatabasesTest
    void theStairwaySkipsIrreversibleRevisionsAndChecksTheOthers(DatabaseKind kind) {
        MigrationCheckConfig config = config(kind, "classpath:db/irreversible")
            .javaPackages("dev.revgraph.test.fixtures.irreversible")
            .build();
        CheckResult result = MigrationCheck.stairway(config);
        assertThat(result.checked()).containsExactly("1a0000000001", "1a0000000004");
        assertThat(result.skipped()).containsOnlyKeys("1a0000000002", "1a0000000003");
    }

    @Test
    void createsJavaRevisionsWithTheInstantiatorGiven() {
        MigrationCheckConfig reflective = MigrationCheckConfig.builder()
            .locations()
            .javaPackages("dev.revgraph.test.fixtures.injected")
            .database(DatabaseKind.H2)
            .build();
        assertThat(catchThrowable(() -> MigrationCheck.stairway(reflective)))
            .hasMessageContaining("CreateTenantTable")
            .hasMessageContaining("public no-argument constructor");

        MigrationCheckConfig injected = reflective.toBuilder()
            .instantiator((type) -> new CreateTenantTable("acme"))
            .build();
        assertThat(MigrationCheck.stairway(injected).checked()).containsExactly("1b0000000001");
        assertThat(MigrationCheck.downgradeToBaseLeavesNothingBehind(injected).summary())
            .contains("left nothing behind");
    }

    @AllDatabasesTest
    void aFailingUpgradeNamesTheRevisionAndTheDatabasesComplaint(DatabaseKind kind) {
        MigrationCheckConfig config = config(kind, "classpath:db/failing-upgrade").build();
        assertThatExceptionOfType(AssertionError.class)
            .isThrownBy(() -> MigrationCheck.upgradesFromEmptyToHeads(config))
            .withMessageStartingWith("Upgrading an empty database to heads failed: ")
            .withMessageContaining("fa0000000002")
            .withMessageContaining("ALTER TABLE item ADD COLUMN price INTEGER");
    }

    @Test
    void theStairwayIsSkippedWhenItWouldCheckNothing() {
        MigrationCheckConfig config = config(DatabaseKind.H2, "classpath:db/forgotten-index")
            .skip("f1000000000a", "created by hand")
            .skip("f2000000000b", "dropped by hand")
            .build();
        assertThatExceptionOfType(TestAbortedException.class).isThrownBy(() -> MigrationCheck.stairway(config))
            .withMessage("everyDowngradeRestoresTheSchemaBeforeItsUpgrade checked nothing: every revision was skipped "
                    + "(f1000000000a: created by hand; f2000000000b: dropped by hand)");
    }

    @Test
    void theModelCheckIsSkippedWithoutAModel() {
        MigrationCheckConfig config = config(DatabaseKind.H2, "classpath:db/good").build();
        assertThatExceptionOfType(TestAbortedException.class)
            .isThrownBy(() -> MigrationCheck.migrationsBuildTheModelSchema(config))
            .withMessageContaining("No model source");
    }

    @Test
    void aSkipNeedsAReason() {
        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> MigrationCheckConfig.builder().skip("f1000000000a", " "))
            .withMessage("Say why the downgrade of f1000000000a is not checked");
    }

    /** The message of the {@link AssertionError} {@code check} throws. */
    static String failure(ThrowingCallable check) {
        Throwable thrown = catchThrowable(check);
        assertThat(thrown).isInstanceOf(AssertionError.class);
        return thrown.getMessage();
    }

    private static MigrationCheckConfig.Builder good(DatabaseKind kind) {
        return config(kind, "classpath:db/good").javaPackages("dev.revgraph.test.fixtures.good")
            .modelSource(new GoodModel());
    }

    private static MigrationCheckConfig.Builder config(DatabaseKind kind, String location) {
        return MigrationCheckConfig.builder().locations(location).database(kind);
    }
}
