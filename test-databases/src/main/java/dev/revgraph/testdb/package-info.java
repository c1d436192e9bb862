/**
 * Real databases for tests: a fresh PostgreSQL, MariaDB or H2 database per test class, on the server
 * named by {@code REVGRAPH_TEST_POSTGRES_URL} / {@code REVGRAPH_TEST_MARIADB_URL}, else in a
 * Testcontainers container, else the test is skipped (or fails when
 * {@code REVGRAPH_TEST_REQUIRE_DATABASES=true}).
 *
 * <p>Start with {@link dev.revgraph.testdb.TestDatabaseExtension} in a JUnit test, or
 * {@link dev.revgraph.testdb.TestDatabases#create(DatabaseKind)} anywhere else.
 */
@NullMarked
package dev.revgraph.testdb;

import org.jspecify.annotations.NullMarked;
