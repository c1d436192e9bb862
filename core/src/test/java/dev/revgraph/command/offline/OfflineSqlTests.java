package dev.revgraph.command.offline;

import java.util.List;

import dev.revgraph.command.CommandContext;
import dev.revgraph.command.CommandRunner;
import dev.revgraph.command.DowngradeCommand;
import dev.revgraph.command.ExitStatus;
import dev.revgraph.command.MigrationCommand;
import dev.revgraph.command.MigrationTree;
import dev.revgraph.command.SqlOptions;
import dev.revgraph.command.StampCommand;
import dev.revgraph.command.UpgradeCommand;
import dev.revgraph.dialect.DatabaseId;
import dev.revgraph.runtime.MigrationSettings;
import dev.revgraph.runtime.TransactionMode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code upgrade --sql}, {@code downgrade --sql} and {@code stamp --sql} as text, for every dialect. */
class OfflineSqlTests {

    private static final List<String> LOCATIONS = List.of("classpath:command/branched", "classpath:command/merge");

    private static final List<String> JAVA = List.of("dev.revgraph.command.fixtures");

    private static String run(MigrationCommand command) {
        return run(command, MigrationSettings.defaults());
    }

    private static String run(MigrationCommand command, MigrationSettings settings) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        CommandContext context = CommandContext.builder()
            .tree(MigrationTree.builder("main").locations(LOCATIONS).javaPackages(JAVA).settings(settings).build())
            .build();
        int status = new CommandRunner(context, new java.io.PrintWriter(out), new java.io.PrintWriter(err))
            .run(command, false);
        assertThat(err.toString()).isEmpty();
        assertThat(status).isZero();
        return out.toString();
    }

    private static SqlOptions sql(DatabaseId id) {
        return new SqlOptions(id, null);
    }

    @Test
    void postgresqlUpgradeFromBaseCreatesTheTablesAndCommitsEachRevision() {
        String script = run(new UpgradeCommand(null, "ae1027a6acf0", sql(DatabaseId.POSTGRESQL)));
        assertThat(script).startsWith("""
                -- RevGraph offline SQL: tree main, PostgreSQL 15.0.0

                BEGIN;

                CREATE TABLE revgraph_applied (""");
        assertThat(script).contains("CREATE TABLE revgraph_version (").endsWith("""
                COMMIT;

                BEGIN;

                -- Running upgrade  -> 1975ea83b712, create account table

                CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);

                INSERT INTO revgraph_version (version_num) VALUES ('1975ea83b712');

                INSERT INTO revgraph_applied (revision, checksum, origin, history_id) VALUES ('1975ea83b712', \
                '%s', 'run', NULL);

                COMMIT;

                BEGIN;

                -- Running upgrade 1975ea83b712 -> ae1027a6acf0, add email to account

                ALTER TABLE account ADD COLUMN email VARCHAR(100);

                UPDATE revgraph_version SET version_num = 'ae1027a6acf0' WHERE version_num = '1975ea83b712';

                INSERT INTO revgraph_applied (revision, checksum, origin, history_id) VALUES ('ae1027a6acf0', \
                '%s', 'run', NULL);

                COMMIT;
                """.formatted(checksum(script, "1975ea83b712"), checksum(script, "ae1027a6acf0")));
    }

    private static String checksum(String script, String revision) {
        return script.replaceAll("(?s).*VALUES \\('" + revision + "', '([0-9a-f]{64})'.*", "$1");
    }

    @Test
    void transactionModeAllWrapsThePlanInOneTransaction() {
        String script = run(new UpgradeCommand(null, "heads", sql(DatabaseId.POSTGRESQL)),
                MigrationSettings.builder().transactionMode(TransactionMode.ALL).build());
        assertThat(script.split("BEGIN;", -1)).hasSize(2);
        assertThat(script.split("COMMIT;", -1)).hasSize(2);
        assertThat(script.stripTrailing()).endsWith("COMMIT;");
    }

    @Test
    void javaRevisionsAreWrittenThroughTheDialect() {
        String script = run(new UpgradeCommand(null, "4c2e9f1a7b3d:heads", sql(DatabaseId.POSTGRESQL)));
        assertThat(script).doesNotContain("CREATE TABLE").contains("""
                -- Running upgrade 4c2e9f1a7b3d -> 5d1f0e2c3b4a, index feedback bodies

                CREATE INDEX ix_feedback_body ON feedback (body);

                UPDATE revgraph_version SET version_num = '5d1f0e2c3b4a' WHERE version_num = '4c2e9f1a7b3d';""");
    }

    @Test
    void mergesDeleteAllParentRowsButOne() {
        String script = run(new UpgradeCommand(null, "ae1027a6acf0,3b8d11f0c2aa:4c2e", sql(DatabaseId.POSTGRESQL)));
        assertThat(script).contains("-- Running upgrade ae1027a6acf0, 3b8d11f0c2aa -> 4c2e9f1a7b3d, merge feedback into main",
                "DELETE FROM revgraph_version WHERE version_num = 'ae1027a6acf0';",
                "UPDATE revgraph_version SET version_num = '4c2e9f1a7b3d' WHERE version_num = '3b8d11f0c2aa';");
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseId.class, names = { "MARIADB", "MYSQL", "H2" })
    void databasesWhereDdlCommitsItselfGetNoTransactions(DatabaseId id) {
        String script = run(new UpgradeCommand(null, "heads", sql(id)));
        assertThat(script).doesNotContain("BEGIN").doesNotContain("COMMIT")
            .contains("CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);")
            .contains("INSERT INTO likes (id, feedback_id) VALUES (1, 1);");
    }

    @Test
    void mysqlWritesIdentifiersAndIndexesItsOwnWay() {
        String script = run(new UpgradeCommand(null, "heads", sql(DatabaseId.MYSQL)));
        assertThat(script).contains("-- RevGraph offline SQL: tree main, MySQL 8.0.36",
                "CREATE INDEX ix_feedback_body ON feedback (body);",
                "INSERT INTO revgraph_version (version_num) VALUES ('1975ea83b712');");
    }

    @Test
    void sqlServerSeparatesBatchesWithGo() {
        String script = run(new UpgradeCommand(null, "1975ea83b712", sql(DatabaseId.SQLSERVER)));
        assertThat(script).contains("""
                BEGIN TRANSACTION;
                GO

                -- Running upgrade  -> 1975ea83b712, create account table

                CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
                GO

                INSERT INTO revgraph_version (version_num) VALUES (N'1975ea83b712');
                GO""");
    }

    @Test
    void oracleEndsEachStatementWithASlash() {
        String script = run(new UpgradeCommand(null, "1975ea83b712", sql(DatabaseId.ORACLE)));
        assertThat(script).doesNotContain("BEGIN").contains("""
                CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL)
                /

                INSERT INTO revgraph_version (version_num) VALUES ('1975ea83b712')
                /""");
    }

    @Test
    void sqliteHasTransactionalDdl() {
        String script = run(new UpgradeCommand(null, "1975ea83b712", sql(DatabaseId.SQLITE)));
        assertThat(script).contains("-- RevGraph offline SQL: tree main, SQLite 3.45.0", "BEGIN;", "COMMIT;",
                "INSERT INTO revgraph_version (version_num) VALUES ('1975ea83b712');");
    }

    @Test
    void downgradeRunsNewestFirstAndRemovesAppliedRows() {
        String script = run(new DowngradeCommand(null, "5d1f0e2c3b4a:feedback@base", sql(DatabaseId.POSTGRESQL)));
        assertThat(script).doesNotContain("CREATE TABLE revgraph").contains(
                "-- Running downgrade 5d1f0e2c3b4a -> 4c2e9f1a7b3d, index feedback bodies",
                "DROP INDEX ix_feedback_body;",
                "DELETE FROM revgraph_applied WHERE revision = '5d1f0e2c3b4a';",
                "-- Running downgrade 27c6a30d7c24 -> 1975ea83b712, create feedback table",
                "DROP TABLE feedback;");
        assertThat(script.indexOf("DROP TABLE likes")).isLessThan(script.indexOf("DROP TABLE feedback"));
    }

    @Test
    void stampWritesVersionAndAppliedRowsOnly() {
        String script = run(new StampCommand(null, List.of("ae1027a6acf0"), false, sql(DatabaseId.POSTGRESQL)));
        assertThat(script).contains("-- Running stamp_revision  -> ae1027a6acf0",
                "INSERT INTO revgraph_version (version_num) VALUES ('ae1027a6acf0');",
                "VALUES ('1975ea83b712', ", "'stamp', NULL);")
            .doesNotContain("CREATE TABLE account");
    }

    @Test
    void stampWithPurgeDeletesEveryRowFirst() {
        String script = run(new StampCommand(null, List.of("1975ea83b712:3b8d"), true, sql(DatabaseId.POSTGRESQL)));
        assertThat(script).contains("DELETE FROM revgraph_version;", "DELETE FROM revgraph_applied;",
                "INSERT INTO revgraph_version (version_num) VALUES ('3b8d11f0c2aa');");
    }

    @Test
    void theSqlOfAPlanIsAlsoAvailableAsStatementsAndJson() {
        java.io.StringWriter out = new java.io.StringWriter();
        CommandContext context = CommandContext.builder()
            .tree(MigrationTree.builder("main").locations(LOCATIONS).javaPackages(JAVA).build())
            .build();
        int status = new CommandRunner(context, new java.io.PrintWriter(out), new java.io.PrintWriter(
                new java.io.StringWriter())).run(new UpgradeCommand(null, "1975ea83b712", sql(DatabaseId.H2)), true);
        assertThat(status).isZero();
        assertThat(out.toString()).contains("\"dialect\": {", "\"id\": \"h2\"", "\"statements\": [",
                "\"INSERT INTO revgraph_version (version_num) VALUES ('1975ea83b712')\"", "\"script\": ");
    }

    @Test
    void downgradeWithSqlNeedsARange() {
        java.io.StringWriter err = new java.io.StringWriter();
        CommandContext context = CommandContext.builder()
            .tree(MigrationTree.builder("main").locations(LOCATIONS).build())
            .build();
        int status = new CommandRunner(context, new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(err)).run(new DowngradeCommand(null, "-1", sql(DatabaseId.POSTGRESQL)), false);
        assertThat(status).isEqualTo(ExitStatus.USAGE);
        assertThat(err.toString()).isEqualTo("ERROR [revgraph] downgrade with --sql requires <fromrev>:<torev>\n");
    }

    @Test
    void offlineSqlWithoutADialectSaysWhichToGive() {
        java.io.StringWriter err = new java.io.StringWriter();
        CommandContext context = CommandContext.builder()
            .tree(MigrationTree.builder("main").locations(LOCATIONS).build())
            .build();
        int status = new CommandRunner(context, new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(err)).run(new UpgradeCommand(null, "heads", new SqlOptions(null, null)), false);
        assertThat(status).isEqualTo(ExitStatus.USAGE);
        assertThat(err.toString()).contains("Offline SQL needs a database to write for: give --dialect");
    }
}
