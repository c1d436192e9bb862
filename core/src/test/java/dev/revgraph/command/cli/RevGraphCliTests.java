package dev.revgraph.command.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.revgraph.command.ExitStatus;
import dev.revgraph.testdb.AllDatabasesTest;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabaseExtension;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command through the command line's entry point, in process ({@link RevGraphCli#execute}), against
 * real databases: the workflows of the seeds, with the version rows checked after each step. (The shaded
 * jar itself is built after the tests run, so it is checked by hand: {@code java -jar
 * core/target/revgraph-core-<version>-cli.jar --help}.)
 */
class RevGraphCliTests {

    @RegisterExtension
    static final TestDatabaseExtension databases = TestDatabaseExtension.ofAllKinds();

    @TempDir
    static Path directory;

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = RevGraphCli.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    private static Path revisions(DatabaseKind kind) throws IOException {
        Path revisions = Files.createDirectories(directory.resolve(kind.id()));
        for (String name : List.of("0001_create_account.sql", "0002_add_email.sql", "0003_feedback.sql",
                "0004_likes.sql")) {
            try (InputStream in = RevGraphCliTests.class.getResourceAsStream("/command/branched/" + name)) {
                Files.copy(in, revisions.resolve(name));
            }
        }
        return revisions;
    }

    private static Set<String> versionRows(TestDatabase db) throws SQLException {
        Set<String> rows = new TreeSet<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT version_num FROM revgraph_version")) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    private static void execute(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @AllDatabasesTest
    void runsTheAlembicWorkflowsEndToEnd(DatabaseKind kind) throws Exception {
        TestDatabase db = databases.database(kind);
        Path revisions = revisions(kind);
        List<String> connection = List.of("--url", db.jdbcUrl(), "--user", db.user(), "--password", db.password(),
                "--locations", "filesystem:" + revisions);
        Commands commands = new Commands(connection);

        Run pending = commands.run("pending");
        assertThat(pending.status()).isEqualTo(ExitStatus.FOUND);
        assertThat(pending.out()).startsWith("main: 4 pending\n  upgrade  -> 1975ea83b712, create account table\n");

        ok(commands.run("upgrade", "feedback@head"));
        assertThat(versionRows(db)).containsExactly("3b8d11f0c2aa");
        assertThat(commands.run("current").out()).isEqualTo("3b8d11f0c2aa (head)\n");

        Run verbose = commands.run("current", "--verbose");
        assertThat(verbose.out()).startsWith("Current revision(s) for " + db.jdbcUrl() + ":\nRev: 3b8d11f0c2aa (head)");
        assertThat(verbose.out()).doesNotContain("password");

        ok(commands.run("downgrade", "-1"));
        assertThat(versionRows(db)).containsExactly("27c6a30d7c24");

        ok(commands.run("upgrade", "feedback@+1"));
        assertThat(versionRows(db)).containsExactly("3b8d11f0c2aa");

        Run upgrade = commands.run("upgrade");
        assertThat(upgrade.status()).isZero();
        assertThat(upgrade.out()).contains("Running upgrade 1975ea83b712 -> ae1027a6acf0, add email to account (1/1)");
        assertThat(versionRows(db)).containsExactly("3b8d11f0c2aa", "ae1027a6acf0");

        Run upToDate = commands.run("pending");
        assertThat(upToDate.status()).isZero();
        assertThat(upToDate.out()).isEqualTo("main: up to date (ae1027a6acf0, 3b8d11f0c2aa)\n");

        assertThat(commands.run("heads").out()).isEqualTo("ae1027a6acf0 (head)\n3b8d11f0c2aa (feedback) (head)\n");

        Run merge = commands.run("merge", "heads", "-m", "merge feedback", "--rev-id", "4c2e9f1a7b3d");
        assertThat(merge.status()).isZero();
        assertThat(merge.out()).startsWith("Generating " + revisions.resolve("4c2e9f1a7b3d_merge_feedback.sql"));
        assertThat(commands.run("pending").status()).isEqualTo(ExitStatus.FOUND);
        assertThat(commands.run("upgrade", "--json").out()).contains("\"rowsAfter\": [\"4c2e9f1a7b3d\"]");
        assertThat(versionRows(db)).containsExactly("4c2e9f1a7b3d");

        assertThat(commands.run("history", "--indicate-current").out()).startsWith(
                "ae1027a6acf0, 3b8d11f0c2aa -> 4c2e9f1a7b3d (feedback) (head) (current) (mergepoint), merge feedback\n");
        assertThat(commands.run("show", "current").out()).startsWith("Rev: 4c2e9f1a7b3d (head) (mergepoint)\n");

        Run ambiguous = commands.run("downgrade", "-1");
        assertThat(ambiguous.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(ambiguous.err()).startsWith("ERROR [revgraph] Ambiguous walk: revision 4c2e9f1a7b3d leads to "
                + "ae1027a6acf0, 3b8d11f0c2aa");
        ok(commands.run("downgrade", "3b8d11f0c2aa"));
        assertThat(versionRows(db)).containsExactly("3b8d11f0c2aa", "ae1027a6acf0");

        // the feedback branch shares its base (1975ea83b712) with the main line: label@base takes that too
        ok(commands.run("downgrade", "feedback@base"));
        assertThat(versionRows(db)).isEmpty();

        // an edited script: refused by checksum, then accepted deliberately
        ok(commands.run("upgrade"));
        Files.writeString(revisions.resolve("4c2e9f1a7b3d_merge_feedback.sql"), "-- reviewed\n",
                StandardOpenOption.APPEND);
        Run mismatch = commands.run("upgrade");
        assertThat(mismatch.status()).isEqualTo(ExitStatus.DATABASE);
        assertThat(mismatch.err()).startsWith("ERROR [revgraph] ").contains("4c2e9f1a7b3d");
        ok(commands.run("resolve", "4c2e", "--accept-checksum"));
        ok(commands.run("upgrade"));

        // stamps move rows only
        ok(commands.run("stamp", "ae1027a6acf0"));
        assertThat(versionRows(db)).containsExactly("ae1027a6acf0");
        ok(commands.run("stamp", "3b8d11f0c2aa"));
        assertThat(versionRows(db)).containsExactly("3b8d11f0c2aa", "ae1027a6acf0");
        ok(commands.run("stamp", "--purge", "1975ea83b712"));
        assertThat(versionRows(db)).containsExactly("1975ea83b712");
        ok(commands.run("stamp", "base"));
        assertThat(versionRows(db)).isEmpty();

        // from base again, the tables are there: the first revision fails, a database error
        Run failed = commands.run("upgrade");
        assertThat(failed.status()).isEqualTo(ExitStatus.DATABASE);
        assertThat(failed.err()).startsWith("ERROR [revgraph] ").contains("1975ea83b712").doesNotContain("password");
        for (String table : List.of("likes", "feedback", "account")) {
            execute(db, "DROP TABLE " + table);
        }
        // a failure on the first statement left nothing behind, so the next upgrade may simply run again
        ok(commands.run("upgrade"));
        assertThat(versionRows(db)).containsExactly("4c2e9f1a7b3d");
        ok(commands.run("downgrade", "base"));
        assertThat(versionRows(db)).isEmpty();
    }

    private static void ok(Run run) {
        assertThat(run.status()).as(run.err()).isZero();
    }

    @Test
    void usageErrorsExitWithTwo() {
        Run unknownOption = cli("upgrade", "--frobnicate");
        assertThat(unknownOption.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(unknownOption.err()).startsWith("ERROR [revgraph] Unknown option: '--frobnicate'")
            .contains("Run 'revgraph upgrade --help' for usage.");
        Run missingTarget = cli("downgrade");
        assertThat(missingTarget.status()).isEqualTo(ExitStatus.USAGE);
        Run unknownRevision = cli("--locations", "classpath:command/branched", "show", "nope");
        assertThat(unknownRevision.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(unknownRevision.err()).isEqualTo("ERROR [revgraph] No such revision or branch 'nope'\n");
        Run badLocation = cli("--locations", "classpath:command/missing", "heads");
        assertThat(badLocation.status()).isEqualTo(ExitStatus.USAGE);
    }

    @Test
    void databaseErrorsExitWithThreeAndNeverShowThePassword() {
        Run run = cli("--url", "jdbc:postgresql://127.0.0.1:1/nothing?password=s3cret", "--user", "x", "--password",
                "hunter2", "--locations", "classpath:command/branched", "current");
        assertThat(run.status()).isEqualTo(ExitStatus.DATABASE);
        assertThat(run.err()).startsWith("ERROR [revgraph] ").doesNotContain("s3cret").doesNotContain("hunter2");
    }

    @Test
    void theUrlIsMaskedInVerboseOutputAndJson() {
        assertThat(dev.revgraph.command.JdbcUrls.mask("jdbc:postgresql://h/db?user=a&password=secret&ssl=true"))
            .isEqualTo("jdbc:postgresql://h/db?user=a&password=****&ssl=true");
        assertThat(dev.revgraph.command.JdbcUrls.mask("jdbc:mariadb://a:secret@h/db"))
            .isEqualTo("jdbc:mariadb://a:****@h/db");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("revision", "merge", "upgrade", "downgrade", "stamp", "current", "history",
                "heads", "branches", "show", "pending", "check", "resolve")) {
            Run help = cli(command, "--help");
            assertThat(help.status()).as(command).isZero();
            assertThat(help.out()).as(command).startsWith("Usage: revgraph " + command).contains("--tree", "--json");
        }
        Run top = cli("--help");
        assertThat(top.out()).contains("--url", "--password", "REVGRAPH_PASSWORD", "Exit status: 0 success");
    }

    @Test
    void offlineSqlNeedsNoDatabase() {
        Run run = cli("--locations", "classpath:command/branched", "upgrade", "--sql", "--dialect", "postgresql",
                "1975ea83b712");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("BEGIN;", "CREATE TABLE account", "COMMIT;");
    }

    @Test
    void checkNeedsTheEntityModelOfAnApplication() {
        Run run = cli("--locations", "classpath:command/branched", "check");
        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err()).contains("check needs the entity model");
    }

    /** Runs commands with the same connection options. */
    private record Commands(List<String> connection) {

        Run run(String... command) {
            List<String> args = new ArrayList<>(this.connection);
            args.addAll(List.of(command));
            return cli(args.toArray(String[]::new));
        }
    }
}
