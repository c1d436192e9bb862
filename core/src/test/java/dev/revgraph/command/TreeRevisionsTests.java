package dev.revgraph.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.logging.Logger;

import javax.sql.DataSource;

import dev.revgraph.dialect.DatabaseId;
import dev.revgraph.script.ScriptParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TreeRevisionsTests {

    /** Valid MariaDB: the backslash escapes the quote. Under standard SQL rules the quote never closes. */
    private static final String MARIADB_REVISION = """
            -- revision: aa00000000a1
            -- down_revision:
            -- message: seed

            -- migrate:upgrade
            INSERT INTO notes (body) VALUES ('it\\'s; fine');

            -- migrate:downgrade
            DELETE FROM notes;
            """;

    @TempDir
    Path directory;

    @Test
    void splitsStatementsWithTheRulesOfTheTreesDatabase() throws IOException {
        MigrationTree tree = tree(DatabaseId.MARIADB, null);
        TreeRevisions revisions = TreeRevisions.load(CommandContext.builder().tree(tree).build(), tree, null);
        assertThat(revisions.graph().revisions()).extracting((revision) -> revision.id()).containsExactly("aa00000000a1");
        assertThat(revisions.vendor()).isEqualTo(DatabaseId.MARIADB);
    }

    @Test
    void readsTheGraphWhileTheDatabaseIsDownWhenNoLocationNeedsTheVendor() throws IOException {
        Files.writeString(this.directory.resolve("0001_base.sql"), """
                -- revision: bb00000000b1
                -- down_revision:

                -- migrate:upgrade
                CREATE TABLE notes (body VARCHAR(100));
                """);
        MigrationTree tree = tree(null, new UnreachableDataSource());
        TreeRevisions revisions = TreeRevisions.load(CommandContext.builder().tree(tree).build(), tree, null);
        assertThat(revisions.vendor()).isNull();
        assertThat(revisions.graph().revisions()).hasSize(1);
    }

    @Test
    void withoutAKnownDatabaseFallsBackToStandardSqlRules() throws IOException {
        MigrationTree tree = tree(null, new UnreachableDataSource());
        Files.writeString(this.directory.resolve("0001_seed.sql"), MARIADB_REVISION);
        assertThatExceptionOfType(ScriptParseException.class)
            .isThrownBy(() -> TreeRevisions.load(CommandContext.builder().tree(tree).build(), tree, null))
            .withMessageContaining("0001_seed.sql:6");
    }

    private MigrationTree tree(DatabaseId databaseId, DataSource dataSource) throws IOException {
        if (!Files.exists(this.directory.resolve("0001_seed.sql")) && databaseId != null) {
            Files.writeString(this.directory.resolve("0001_seed.sql"), MARIADB_REVISION);
        }
        MigrationTree.Builder builder = MigrationTree.builder("main")
            .locations(List.of("filesystem:" + this.directory))
            .databaseId(databaseId);
        if (dataSource != null) {
            builder.dataSource(dataSource);
        }
        return builder.build();
    }

    /** A database that does not answer. */
    private static final class UnreachableDataSource implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            throw new SQLException("Connection refused", "08001");
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
