/**
 * The test kit: JUnit 5 checks that prove, in an application's own test suite and against a real
 * database, that its revisions are correct.
 *
 * <p>One annotation turns them on; each check is a test of its own in the report:
 *
 * <pre>{@code
 * @MigrationsTest(locations = "classpath:db/revisions", javaPackages = "com.example.revisions",
 *         database = DatabaseKind.POSTGRESQL, modelSource = ApplicationModel.class)
 * class MigrationChecksTests implements MigrationChecks {
 * }
 * }</pre>
 *
 * Each check is also usable on its own from plain code, through {@link dev.revgraph.test.MigrationCheck}
 * and a {@link dev.revgraph.test.MigrationCheckConfig}.
 */
@NullMarked
package dev.revgraph.test;

import org.jspecify.annotations.NullMarked;
