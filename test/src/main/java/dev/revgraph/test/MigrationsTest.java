package dev.revgraph.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.revgraph.autogenerate.ModelSource;
import dev.revgraph.testdb.DatabaseKind;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Turns on RevGraph's migration checks for a test class that implements {@link MigrationChecks}: each
 * check is a test of its own in the report.
 *
 * <pre>{@code
 * @MigrationsTest(locations = "classpath:db/revisions", javaPackages = "com.example.revisions",
 *         database = DatabaseKind.POSTGRESQL, modelSource = ApplicationModel.class)
 * class MigrationChecksTests implements MigrationChecks {
 * }
 * }</pre>
 *
 * <p><b>The database</b>, a new one for each check: the first of
 * <ol>
 * <li>{@link #url()} (with {@link #user()} and {@link #password()}), when set: an empty database of your
 * own, from which each check removes what it built;</li>
 * <li>the system property {@code revgraph.test.url} (or the environment variable
 * {@code REVGRAPH_TEST_URL}), with {@code revgraph.test.user} and {@code revgraph.test.password}
 * ({@code REVGRAPH_TEST_USER}, {@code REVGRAPH_TEST_PASSWORD}): the same, for the whole build;</li>
 * <li>a database of the {@link #database()} kind created for each check and dropped after it, on the
 * server in {@code REVGRAPH_TEST_POSTGRES_URL} or {@code REVGRAPH_TEST_MARIADB_URL} (a JDBC URL with the
 * credentials of a user allowed to create databases), else in a Testcontainers container when Testcontainers
 * is on the test classpath and Docker answers, else none: the checks are skipped, or fail when
 * {@code REVGRAPH_TEST_REQUIRE_DATABASES=true}. H2 runs in memory, when asked for.</li>
 * </ol>
 *
 * <p>Anything the annotation cannot say (a {@code DataSource}, {@code CompareOptions}, other
 * {@code MigrationSettings}) is set by overriding {@link MigrationChecks#configure}. Test methods of the
 * class, and its lifecycle methods, may take the resulting {@link MigrationCheckConfig} as a parameter, to
 * run a check of {@link MigrationCheck} themselves.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(MigrationsExtension.class)
public @interface MigrationsTest {

    /** Where the SQL revisions are; {@code {vendor}} expands to {@code postgresql}, {@code mariadb}, {@code h2}. */
    String[] locations() default "classpath:db/revisions";

    /** The packages of the Java revisions. */
    String[] javaPackages() default {};

    /** The kind of database each check gets, unless a URL is given. */
    DatabaseKind database() default DatabaseKind.POSTGRESQL;

    /**
     * The JDBC URL of an empty database to run the checks in, instead of a new database per check;
     * {@code ${NAME}} is replaced by the system property or environment variable {@code NAME}
     * ({@code ${NAME:default}} with a default). When a variable it names is not set, the checks are
     * skipped, or fail when {@code REVGRAPH_TEST_REQUIRE_DATABASES=true}.
     */
    String url() default "";

    /** The user for {@link #url()}; placeholders as there. */
    String user() default "";

    /** The password for {@link #url()}; placeholders as there. */
    String password() default "";

    /** The schema the tree lives in; the connection's default when empty. */
    String schema() default "";

    /** The version table; {@code revgraph_version} when empty. */
    String versionTable() default "";

    /** The applied table; {@code revgraph_applied} when empty. */
    String appliedTable() default "";

    /** The history table; {@code revgraph_history} when empty. */
    String historyTable() default "";

    /** The heads the revisions must have (full ids); when empty, exactly one head, whichever it is. */
    String[] heads() default {};

    /** Revisions whose downgrade is not checked, each with the reason. */
    Skip[] skip() default {};

    /**
     * The entity model the migrations must build, a class with a no-argument constructor; without one
     * (and without {@link MigrationChecks#modelSource()}), that check is skipped with the reason.
     */
    Class<? extends ModelSource> modelSource() default ModelSource.class;

    /** Tables the model comparison leaves out, as globs ({@code tmp_*}); RevGraph's own always are. */
    String[] excludeTables() default {};
}
