package dev.revgraph.command.offline;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.revgraph.dialect.Dialect;
import dev.revgraph.dialect.Dialects;
import dev.revgraph.revision.Plan;
import dev.revgraph.revision.RevisionGraph;
import dev.revgraph.revision.Step;
import dev.revgraph.runtime.MigrationListener;
import dev.revgraph.runtime.MigrationSettings;
import dev.revgraph.runtime.Migrator;
import dev.revgraph.script.LoadedRevisions;
import dev.revgraph.script.RevisionLoader;
import dev.revgraph.testdb.AllDatabasesTest;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabaseExtension;
import dev.revgraph.testdb.TestDatabases;

import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Offline SQL is what an online run executes. For each database with a server, the same plan is run
 * online (statements captured by a {@link MigrationListener}) and written offline for the server's own
 * dialect and version: the revisions' statements must be equal, in order. The runtime writes the
 * version and applied rows through {@code VersionTableSql} without telling a listener, so for those the
 * offline script is executed on a second, empty database and the version and applied tables of both
 * databases must then hold the same rows.
 */
class OfflineOnlineEquivalenceTests {

    @RegisterExtension
    static final TestDatabaseExtension databases = TestDatabaseExtension.ofAllKinds();

    private static final LoadedRevisions REVISIONS = RevisionLoader
        .forClassLoader(OfflineOnlineEquivalenceTests.class.getClassLoader())
        .load(List.of("classpath:command/branched", "classpath:command/merge"), null,
                List.of("dev.revgraph.command.fixtures"));

    private static final MigrationSettings SETTINGS = MigrationSettings.defaults();

    @AllDatabasesTest
    void offlineSqlIsWhatTheOnlineRunExecutes(DatabaseKind kind) throws SQLException {
        TestDatabase online = databases.database(kind);
        RevisionGraph graph = RevisionGraph.of(REVISIONS.revisions());
        Dialect dialect;
        try (Connection connection = online.connect()) {
            dialect = Dialects.of(connection);
        }
        OfflineSqlRenderer renderer = new OfflineSqlRenderer(dialect, SETTINGS);
        List<String> executed = new ArrayList<>();
        Migrator migrator = Migrator.create(online.dataSource(), REVISIONS, SETTINGS, new MigrationListener() {
            @Override
            public void beforeStatement(Step step, int statementIndex, String sql) {
                executed.add(sql);
            }
        });

        try (TestDatabase offline = TestDatabases.create(kind)) {
            // base to one branch's head, on to every head (a merge, a Java revision), then all the way down
            Plan first = graph.planUpgrade(Set.of(), "3b8d11f0c2aa");
            Plan second = graph.planUpgrade(first.rowsAfter(), "heads");
            Plan third = graph.planDowngrade(second.rowsAfter(), "base");
            OfflineSql firstSql = renderer.render(graph, REVISIONS, first, true);
            OfflineSql secondSql = renderer.render(graph, REVISIONS, second, false);
            OfflineSql thirdSql = renderer.render(graph, REVISIONS, third, false);

            migrator.upgrade("3b8d11f0c2aa");
            assertThat(executed).containsExactlyElementsOf(firstSql.revisionStatements());
            run(offline, firstSql);
            assertSameBookkeeping(online, offline);

            executed.clear();
            migrator.upgrade("heads");
            assertThat(executed).containsExactlyElementsOf(secondSql.revisionStatements());
            assertThat(secondSql.revisionStatements()).contains("CREATE INDEX ix_feedback_body ON feedback (body)");
            run(offline, secondSql);
            assertSameBookkeeping(online, offline);
            assertThat(versionRows(online)).containsExactly("5d1f0e2c3b4a");

            executed.clear();
            migrator.downgrade("base");
            assertThat(executed).containsExactlyElementsOf(thirdSql.revisionStatements());
            run(offline, thirdSql);
            assertSameBookkeeping(online, offline);
            assertThat(versionRows(online)).isEmpty();

            // a stamp writes rows only, the same rows both ways
            Plan stamp = graph.planStamp(Set.of(), List.of("ae1027a6acf0", "3b8d11f0c2aa"), false);
            migrator.stamp(List.of("ae1027a6acf0", "3b8d11f0c2aa"), false);
            run(offline, renderer.render(graph, REVISIONS, stamp, false));
            assertSameBookkeeping(online, offline);
            assertThat(versionRows(online)).containsExactly("3b8d11f0c2aa", "ae1027a6acf0");
        }
    }

    /** Runs the script's statements as a client would (BEGIN and COMMIT left to autocommit). */
    private static void run(TestDatabase database, OfflineSql sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String each : sql.statements()) {
                statement.execute(each);
            }
        }
    }

    private static void assertSameBookkeeping(TestDatabase online, TestDatabase offline) throws SQLException {
        assertThat(versionRows(offline)).isEqualTo(versionRows(online));
        assertThat(appliedRows(offline)).isEqualTo(appliedRows(online));
    }

    private static Set<String> versionRows(TestDatabase database) throws SQLException {
        return rows(database, "SELECT version_num FROM revgraph_version");
    }

    private static Set<String> appliedRows(TestDatabase database) throws SQLException {
        return rows(database, "SELECT revision, checksum, origin FROM revgraph_applied");
    }

    private static Set<String> rows(TestDatabase database, String query) throws SQLException {
        Set<String> rows = new TreeSet<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? " " : "").append(result.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
