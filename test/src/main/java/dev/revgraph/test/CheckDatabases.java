package dev.revgraph.test;

import java.util.Locale;
import java.util.Objects;

import javax.sql.DataSource;

import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.DriverManagerDataSource;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabases;

import org.jspecify.annotations.Nullable;

/**
 * Where each check gets the database it works in. Every check opens one of its own, so checks are
 * independent and run in any order.
 *
 * <ul>
 * <li>{@link #of(DatabaseKind)}: a new database per check on the server {@code revgraph-test-databases}
 * finds (the JDBC URL in {@code REVGRAPH_TEST_POSTGRES_URL} or {@code REVGRAPH_TEST_MARIADB_URL}, else a
 * Testcontainers container when Docker answers, else the check is skipped, or fails when
 * {@code REVGRAPH_TEST_REQUIRE_DATABASES=true}); H2 in memory when asked for.</li>
 * <li>{@link #url(String, String, String)} and {@link #dataSource(DataSource, String)}: a database of the
 * user's own, which must be empty; each check removes what it built.</li>
 * </ul>
 */
public interface CheckDatabases {

    /**
     * An empty database for one check.
     * @throws org.opentest4j.TestAbortedException when there is no server and databases are not required
     */
    CheckDatabase open();

    /**
     * The id {@code {vendor}} in a location expands to ({@code postgresql}, {@code mariadb}, {@code h2}),
     * when known without connecting; {@code null} otherwise.
     */
    @Nullable String vendor();

    /** A fresh database of {@code kind} for each check, dropped afterwards. */
    static CheckDatabases of(DatabaseKind kind) {
        Objects.requireNonNull(kind, "kind");
        return new CheckDatabases() {

            @Override
            public CheckDatabase open() {
                TestDatabase database = TestDatabases.create(kind);
                return CheckDatabase.disposable(database.dataSource(), database.toString(), database);
            }

            @Override
            public String vendor() {
                return kind.id();
            }

            @Override
            public String toString() {
                return "a new " + kind.displayName() + " database per check";
            }
        };
    }

    /**
     * The database at {@code url}, which must be empty; each check removes what it built. The user and
     * password may also be in the URL.
     */
    static CheckDatabases url(String url, @Nullable String user, @Nullable String password) {
        Objects.requireNonNull(url, "url");
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, user, password);
        String description = "the database at " + dataSource.maskedUrl() + ((user != null) ? " (user " + user + ")" : "");
        String vendor = vendorOf(url);
        return new CheckDatabases() {

            @Override
            public CheckDatabase open() {
                return CheckDatabase.shared(dataSource, description, () -> { });
            }

            @Override
            public @Nullable String vendor() {
                return vendor;
            }

            @Override
            public String toString() {
                return description;
            }
        };
    }

    /** The database behind {@code dataSource}, which must be empty; each check removes what it built. */
    static CheckDatabases dataSource(DataSource dataSource, String description) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new CheckDatabases() {

            @Override
            public CheckDatabase open() {
                return CheckDatabase.shared(dataSource, description, () -> { });
            }

            @Override
            public @Nullable String vendor() {
                return null;
            }

            @Override
            public String toString() {
                return description;
            }
        };
    }

    /** The vendor id a JDBC URL names, e.g. {@code postgresql} for {@code jdbc:postgresql://...}. */
    static @Nullable String vendorOf(String url) {
        String lower = url.trim().toLowerCase(Locale.ROOT);
        for (String vendor : new String[] { "postgresql", "mariadb", "mysql", "h2" }) {
            if (lower.startsWith("jdbc:" + vendor + ":")) {
                return vendor;
            }
        }
        return null;
    }
}
