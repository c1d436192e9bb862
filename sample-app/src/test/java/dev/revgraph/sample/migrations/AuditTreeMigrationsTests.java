package dev.revgraph.sample.migrations;

import dev.revgraph.test.MigrationCheckConfig;
import dev.revgraph.test.MigrationChecks;
import dev.revgraph.test.MigrationsTest;
import dev.revgraph.testdb.DatabaseKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestReporter;

/**
 * The test kit's checks on the {@code audit} tree, with its own revisions and version tables
 * ({@code migrations.trees.audit} in {@code application.yml}), on each database. The model check does not
 * apply: no entity describes {@code audit_log}, which the application writes with {@code JdbcClient}; each
 * class overrides it without {@code @Test}, so it is left out rather than reported as skipped.
 */
class AuditTreeMigrationsTests {

    static final String REVISIONS = "classpath:db/audit";

    static final String JAVA_REVISIONS = "dev.revgraph.sample.audit.revisions";

    /** Why the model check is left out (overridden without {@code @Test}, so JUnit does not run it). */
    static final String NO_MODEL = "No entity describes audit_log: the application writes it with JdbcClient";

    @Nested
    @MigrationsTest(locations = REVISIONS, javaPackages = JAVA_REVISIONS, database = DatabaseKind.H2,
            versionTable = "revgraph_audit_version", appliedTable = "revgraph_audit_applied",
            historyTable = "revgraph_audit_history")
    class OnH2 implements MigrationChecks {

        // not a test here: see NO_MODEL
        @Override
        public void migrationsBuildTheModelSchema(MigrationCheckConfig config, TestReporter reporter) {
        }
    }

    @Nested
    @MigrationsTest(locations = REVISIONS, javaPackages = JAVA_REVISIONS, database = DatabaseKind.POSTGRESQL,
            versionTable = "revgraph_audit_version", appliedTable = "revgraph_audit_applied",
            historyTable = "revgraph_audit_history")
    class OnPostgres implements MigrationChecks {

        // not a test here: see NO_MODEL
        @Override
        public void migrationsBuildTheModelSchema(MigrationCheckConfig config, TestReporter reporter) {
        }
    }

    @Nested
    @MigrationsTest(locations = REVISIONS, javaPackages = JAVA_REVISIONS, database = DatabaseKind.MARIADB,
            versionTable = "revgraph_audit_version", appliedTable = "revgraph_audit_applied",
            historyTable = "revgraph_audit_history")
    class OnMariaDb implements MigrationChecks {

        // not a test here: see NO_MODEL
        @Override
        public void migrationsBuildTheModelSchema(MigrationCheckConfig config, TestReporter reporter) {
        }
    }
}
