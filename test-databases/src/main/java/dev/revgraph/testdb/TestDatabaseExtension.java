package dev.revgraph.testdb;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.jspecify.annotations.Nullable;

/**
 * Gives a test class a fresh database of its own and drops it after the class's last test. Register
 * it on a {@code static} field.
 *
 * <p>One kind: the database is created before the class's {@code @BeforeAll} methods (the whole
 * class is skipped when there is no server), and test, lifecycle methods and constructors may take
 * it as a {@link TestDatabase} parameter:
 *
 * <pre>{@code
 * class PostgresDialectTests {
 *
 *     @RegisterExtension
 *     static final TestDatabaseExtension postgres = TestDatabaseExtension.of(DatabaseKind.POSTGRESQL);
 *
 *     @Test
 *     void readsTheServerVersion(TestDatabase database) throws SQLException {
 *         try (Connection connection = database.connect()) {
 *             assertThat(connection.getMetaData().getDatabaseMajorVersion()).isGreaterThanOrEqualTo(15);
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>Every kind, one test run per kind: each database is created the first time a test asks for it
 * (a kind without a server skips only its own runs):
 *
 * <pre>{@code
 * @RegisterExtension
 * static final TestDatabaseExtension databases = TestDatabaseExtension.ofAllKinds();
 *
 * @AllDatabasesTest
 * void createsTheVersionTable(DatabaseKind kind) throws SQLException {
 *     try (Connection connection = databases.database(kind).connect()) {
 *         ...
 *     }
 * }
 * }</pre>
 *
 * Tests in {@code @Nested} classes share the outer class's databases.
 */
public final class TestDatabaseExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private final Set<DatabaseKind> kinds;
    private final Function<DatabaseKind, TestDatabase> factory;
    private final Map<DatabaseKind, TestDatabase> databases = new EnumMap<>(DatabaseKind.class);
    private @Nullable String owner;

    TestDatabaseExtension(Set<DatabaseKind> kinds, Function<DatabaseKind, TestDatabase> factory) {
        this.kinds = EnumSet.copyOf(kinds);
        this.factory = factory;
    }

    /** A database of the given kind, created before the class's tests run. */
    public static TestDatabaseExtension of(DatabaseKind kind) {
        return new TestDatabaseExtension(EnumSet.of(kind), TestDatabases::create);
    }

    /** A database of each kind, each created when a test first asks for it. */
    public static TestDatabaseExtension ofAllKinds() {
        return new TestDatabaseExtension(EnumSet.allOf(DatabaseKind.class), TestDatabases::create);
    }

    /**
     * The database of the only kind this extension was made for.
     * @throws IllegalStateException if it was made for several kinds
     */
    public TestDatabase database() {
        if (kinds.size() != 1) {
            throw new IllegalStateException("This extension has a database of each of " + kinds
                    + "; ask for one with database(DatabaseKind)");
        }
        return database(kinds.iterator().next());
    }

    /**
     * The class's database of the given kind, created on first use.
     * @throws org.opentest4j.TestAbortedException when there is no server of that kind and databases
     * are not required
     * @throws IllegalStateException when there is none and they are, or outside the registering class
     */
    public synchronized TestDatabase database(DatabaseKind kind) {
        if (!kinds.contains(kind)) {
            throw new IllegalArgumentException("This extension has databases of " + kinds + " only, not " + kind);
        }
        if (owner == null) {
            throw new IllegalStateException("No test class is running: register TestDatabaseExtension with "
                    + "@RegisterExtension on a static field, and ask for the database from the class's tests");
        }
        TestDatabase database = databases.get(kind);
        if (database == null) {
            database = factory.apply(kind);
            databases.put(kind, database);
        }
        return database;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (this) {
            if (owner != null) {
                return; // a @Nested class of the owner
            }
            owner = context.getUniqueId();
        }
        if (kinds.size() == 1) {
            database();
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (!context.getUniqueId().equals(owner)) {
            return;
        }
        owner = null;
        List<RuntimeException> failures = new ArrayList<>();
        for (TestDatabase database : databases.values()) {
            try {
                database.close();
            }
            catch (RuntimeException ex) {
                failures.add(ex);
            }
        }
        databases.clear();
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == TestDatabase.class && kinds.size() == 1;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return database();
    }

    @Override
    public String toString() {
        return "TestDatabaseExtension" + kinds;
    }
}
