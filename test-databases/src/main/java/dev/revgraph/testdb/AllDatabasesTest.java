package dev.revgraph.testdb;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs a test method once per {@link DatabaseKind}, passing the kind as its first parameter; pair it
 * with {@link TestDatabaseExtension#ofAllKinds()}:
 *
 * <pre>{@code
 * @AllDatabasesTest
 * void dropsTheTable(DatabaseKind kind) throws SQLException {
 *     DataSource dataSource = databases.database(kind).dataSource();
 *     ...
 * }
 * }</pre>
 *
 * The runs are named after the product ("PostgreSQL", "MariaDB", "H2"); a kind without a server skips
 * only its own run.
 */
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ParameterizedTest(name = "{0}")
@EnumSource(DatabaseKind.class)
public @interface AllDatabasesTest {
}
