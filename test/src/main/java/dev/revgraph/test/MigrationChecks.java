package dev.revgraph.test;

import dev.revgraph.autogenerate.ModelSource;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * RevGraph's built-in migration checks as JUnit tests: implement it in a class annotated with
 * {@link MigrationsTest}, and each check is a test of its own in the report, named as here.
 *
 * <pre>{@code
 * @MigrationsTest(javaPackages = "com.example.revisions", database = DatabaseKind.POSTGRESQL)
 * class MigrationChecksTests implements MigrationChecks {
 *
 *     @Override
 *     public ModelSource modelSource() {
 *         return new ApplicationModel();
 *     }
 * }
 * }</pre>
 *
 * An interface rather than a base class, so that the test class keeps its superclass, and may override a
 * single check (to add {@code @Disabled("why")}, say) or call {@link MigrationCheck} for checks of its
 * own. Skipped revisions and what each check proved are published to the report through
 * {@link TestReporter}.
 */
@Tag("migrations")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(MigrationsExtension.class)
public interface MigrationChecks {

    /** The entity model the migrations must build; {@code null} (the default) leaves it to {@link MigrationsTest#modelSource()}. */
    default @Nullable ModelSource modelSource() {
        return null;
    }

    /** Changes the configuration made from {@link MigrationsTest}; does nothing by default. */
    default void configure(MigrationCheckConfig.Builder config) {
    }

    /** {@link MigrationCheck#singleHead}: a single head, or exactly the declared ones. */
    @Test
    @Order(1)
    @DisplayName("singleHead")
    default void singleHead(MigrationCheckConfig config, TestReporter reporter) {
        MigrationsExtension.report(reporter, MigrationCheck.singleHead(config));
    }

    /** {@link MigrationCheck#upgradesFromEmptyToHeads}: an empty database upgrades to the heads. */
    @Test
    @Order(2)
    @DisplayName("upgradesFromEmptyToHeads")
    default void upgradesFromEmptyToHeads(MigrationCheckConfig config, TestReporter reporter) {
        MigrationsExtension.report(reporter, MigrationCheck.upgradesFromEmptyToHeads(config));
    }

    /** {@link MigrationCheck#migrationsBuildTheModelSchema}: the migrations build the model's schema. */
    @Test
    @Order(3)
    @DisplayName("migrationsBuildTheModelSchema")
    default void migrationsBuildTheModelSchema(MigrationCheckConfig config, TestReporter reporter) {
        MigrationsExtension.report(reporter, MigrationCheck.migrationsBuildTheModelSchema(config));
    }

    /** {@link MigrationCheck#everyDowngradeRestoresTheSchemaBeforeItsUpgrade}: the stairway. */
    @Test
    @Order(4)
    @DisplayName("everyDowngradeRestoresTheSchemaBeforeItsUpgrade")
    default void everyDowngradeRestoresTheSchemaBeforeItsUpgrade(MigrationCheckConfig config, TestReporter reporter) {
        MigrationsExtension.report(reporter, MigrationCheck.everyDowngradeRestoresTheSchemaBeforeItsUpgrade(config));
    }

    /** {@link MigrationCheck#downgradeToBaseLeavesNothingBehind}: base leaves nothing behind. */
    @Test
    @Order(5)
    @DisplayName("downgradeToBaseLeavesNothingBehind")
    default void downgradeToBaseLeavesNothingBehind(MigrationCheckConfig config, TestReporter reporter) {
        MigrationsExtension.report(reporter, MigrationCheck.downgradeToBaseLeavesNothingBehind(config));
    }
}
