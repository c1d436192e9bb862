package dev.revgraph.sample.migrations;

import dev.revgraph.test.MigrationChecks;
import dev.revgraph.test.MigrationsTest;
import dev.revgraph.testdb.DatabaseKind;
import org.junit.jupiter.api.Nested;

/**
 * The test kit's five checks on the sample's main tree, on each database it runs on: a single head
 * ({@code d3a5b7c9e1f2}, past the merge of the {@code comments} and {@code likes} branches); an empty
 * database upgrades to it (on PostgreSQL through the {@code transactional: false} revision that builds
 * an index concurrently); the schema the revisions build is the one the entities describe; every
 * revision's downgrade restores the schema from before it; and a downgrade to base leaves nothing behind.
 *
 * <p>The locations and package are the application's ({@code application.yml}); {@code {vendor}} picks
 * {@code db/postgresql}, {@code db/mariadb} or {@code db/h2}. PostgreSQL and MariaDB come from
 * {@code REVGRAPH_TEST_POSTGRES_URL} and {@code REVGRAPH_TEST_MARIADB_URL} ({@code scripts/dev-databases.sh}),
 * else Testcontainers; without either the checks are skipped, or fail with
 * {@code REVGRAPH_TEST_REQUIRE_DATABASES=true}.
 *
 * <p>The kit creates Java revisions outside Spring, through their public no-argument constructor: the data
 * migration {@code 9c0d7e41a2b3} has one that uses the default catalog URL (see
 * {@code LinkResourcesToTheCatalog}).
 */
class MainTreeMigrationsTests {

    static final String REVISIONS = "classpath:db/revisions";

    static final String VENDOR_REVISIONS = "classpath:db/{vendor}";

    static final String JAVA_REVISIONS = "dev.revgraph.sample.revisions";

    @Nested
    @MigrationsTest(locations = { REVISIONS, VENDOR_REVISIONS }, javaPackages = JAVA_REVISIONS,
            database = DatabaseKind.H2, modelSource = FeedbackModel.class)
    class OnH2 implements MigrationChecks {

    }

    @Nested
    @MigrationsTest(locations = { REVISIONS, VENDOR_REVISIONS }, javaPackages = JAVA_REVISIONS,
            database = DatabaseKind.POSTGRESQL, modelSource = FeedbackModel.class)
    class OnPostgres implements MigrationChecks {

    }

    @Nested
    @MigrationsTest(locations = { REVISIONS, VENDOR_REVISIONS }, javaPackages = JAVA_REVISIONS,
            database = DatabaseKind.MARIADB, modelSource = FeedbackModel.class)
    class OnMariaDb implements MigrationChecks {

    }
}
