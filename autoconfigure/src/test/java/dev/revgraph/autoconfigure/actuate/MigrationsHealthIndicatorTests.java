package dev.revgraph.autoconfigure.actuate;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.revgraph.command.CommandContext;
import dev.revgraph.command.MigrationTree;
import dev.revgraph.runtime.MigrationFailedException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.datasource.AbstractDataSource;

import static dev.revgraph.autoconfigure.actuate.TestTrees.A1;
import static dev.revgraph.autoconfigure.actuate.TestTrees.B2;
import static dev.revgraph.autoconfigure.actuate.TestTrees.BROKEN;
import static dev.revgraph.autoconfigure.actuate.TestTrees.C3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The {@link MigrationsHealthIndicator} on database states made for each test. */
class MigrationsHealthIndicatorTests {

    @Test
    void isUpAtTheHeads() {
        MigrationTree tree = TestTrees.main(TestTrees.h2("health-up"));
        CommandContext context = TestTrees.context(tree);
        TestTrees.migrator(context, tree).upgrade("heads");
        Health health = new MigrationsHealthIndicator(context, tree).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("tree", "main")
            .containsEntry("current", List.of(C3))
            .containsEntry("heads", List.of(C3))
            .containsEntry("pending", 0)
            .containsEntry("ahead", false)
            .doesNotContainKeys("pendingRevisions", "unknownRevisions", "inDoubt", "error");
    }

    @Test
    void isOutOfServiceWithPendingRevisions() {
        MigrationTree tree = TestTrees.main(TestTrees.h2("health-pending"));
        CommandContext context = TestTrees.context(tree);
        TestTrees.migrator(context, tree).upgrade(A1);
        Health health = new MigrationsHealthIndicator(context, tree).health();
        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(health.getDetails()).containsEntry("tree", "main")
            .containsEntry("current", List.of(A1))
            .containsEntry("heads", List.of(C3))
            .containsEntry("pending", 2)
            .containsEntry("pendingRevisions", List.of(B2, C3));
    }

    @Test
    void isOutOfServiceOnADatabaseNeverMigrated() {
        MigrationTree tree = TestTrees.main(TestTrees.h2("health-empty"));
        Health health = new MigrationsHealthIndicator(TestTrees.context(tree), tree).health();
        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(health.getDetails()).containsEntry("current", List.of()).containsEntry("pending", 3);
    }

    @Test
    void isDownWithAPartlyAppliedRevision() {
        MigrationTree tree = TestTrees.failing(TestTrees.h2("health-failed"));
        CommandContext context = TestTrees.context(tree);
        assertThatExceptionOfType(MigrationFailedException.class)
            .isThrownBy(() -> TestTrees.migrator(context, tree).upgrade("heads"));
        Health health = new MigrationsHealthIndicator(context, tree).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("tree", "failing").containsEntry("current", List.of(A1));
        assertThat(health.getDetails().get("error").toString()).contains(BROKEN)
            .contains("migrations resolve " + BROKEN + " --retry");
        assertThat(health.getDetails().get("inDoubt")).isInstanceOfSatisfying(
                MigrationsEndpoint.HistoryEntryDescriptor.class, (entry) -> {
                    assertThat(entry.revision()).isEqualTo(BROKEN);
                    assertThat(entry.status()).isEqualTo("failed");
                    assertThat(entry.statementsDone()).isEqualTo(1);
                    assertThat(entry.statementsTotal()).isEqualTo(2);
                });
    }

    @Test
    void isUpAndSaysAheadWhenANewerBuildMigratedTheDatabase() {
        DataSource dataSource = TestTrees.h2("health-ahead");
        MigrationTree newer = TestTrees.newer(dataSource);
        TestTrees.migrator(TestTrees.context(newer), newer).upgrade("heads");
        MigrationTree tree = TestTrees.main(dataSource);
        Health health = new MigrationsHealthIndicator(TestTrees.context(tree), tree).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("ahead", true)
            .containsEntry("unknownRevisions", List.of("d4e5f6a1b2c3"))
            .containsEntry("pending", 0);
    }

    @Test
    void isDownWithoutNamingTheHostWhenTheDatabaseCannotBeReached() {
        MigrationTree tree = TestTrees.main(new UnreachableDataSource());
        Health health = new MigrationsHealthIndicator(TestTrees.context(tree), tree).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        Map<String, Object> details = health.getDetails();
        assertThat(details).containsEntry("tree", "main").containsKey("error");
        assertThat(details.toString()).doesNotContain("10.20.30.40").doesNotContain("db.internal.example");
    }

    /** A database whose driver names its host in every refusal. */
    static class UnreachableDataSource extends AbstractDataSource {

        @Override
        public java.sql.Connection getConnection() throws SQLException {
            throw new SQLException("Connection to 10.20.30.40:5432 (db.internal.example:5432) refused", "08001");
        }

        @Override
        public java.sql.Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }
    }
}
