package dev.revgraph.autogenerate;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import dev.revgraph.command.CheckCommand;
import dev.revgraph.command.CommandContext;
import dev.revgraph.command.CommandRunner;
import dev.revgraph.command.ExitStatus;
import dev.revgraph.command.MigrationCommand;
import dev.revgraph.command.MigrationTree;
import dev.revgraph.command.RevisionCommand;
import dev.revgraph.command.RevisionFormat;
import dev.revgraph.command.UpgradeCommand;
import dev.revgraph.diff.CompareOptions;
import dev.revgraph.diff.ModelBuilder;
import dev.revgraph.runtime.MigrationSettings;
import dev.revgraph.script.RevisionLoader;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabaseExtension;
import org.junit.jupiter.api.BeforeEach;
import org.postgresql.ds.PGSimpleDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check} and {@code revision --autogenerate} as a person runs them: against a database migrated by
 * a tree's revisions, with the entity model from the context's {@link ModelSource}.
 */
class AutogenerateCommandTests {

    @RegisterExtension
    static final TestDatabaseExtension postgres = TestDatabaseExtension.of(DatabaseKind.POSTGRESQL);

    private static final String FIRST = """
            -- revision: a1b2c3d4e5f6
            -- down_revision:
            -- message: create items
            -- created: 2026-01-01T00:00:00Z

            -- migrate:upgrade
            CREATE TABLE cmd_items (id BIGINT NOT NULL, name VARCHAR(50), CONSTRAINT cmd_items_pkey PRIMARY KEY (id));

            -- migrate:downgrade
            DROP TABLE cmd_items;
            """;

    @TempDir
    Path directory;

    private Path revisions;

    private final Deque<String> ids = new ArrayDeque<>(List.of("0f0e0d0c0b0a", "1a1b1c1d1e1f", "2a2b2c2d2e2f"));

    @BeforeEach
    void writeTheFirstRevision() throws IOException {
        revisions = Files.createDirectories(directory.resolve("revisions"));
        Files.writeString(revisions.resolve("0001_create_items.sql"), FIRST);
    }

    @Test
    void checkListsTheDifferencesAndExitsWithOne(TestDatabase database) {
        String table = "cmd_check";
        prepare(database, table);
        Run run = run(context(database, table, model(table, true), ClassLoader.getSystemClassLoader()),
                new CheckCommand(null));
        assertThat(run.status()).isEqualTo(ExitStatus.FOUND);
        assertThat(run.out()).contains("main: 1 difference between the entity model and the database",
                "column " + table + ".note is in the model but not in the database (varchar(255))");
    }

    @Test
    void checkSaysNoDifferencesAndExitsWithZero(TestDatabase database) {
        String table = "cmd_clean";
        prepare(database, table);
        Run run = run(context(database, table, model(table, false), ClassLoader.getSystemClassLoader()),
                new CheckCommand(null));
        assertThat(run.status()).isEqualTo(ExitStatus.SUCCESS);
        assertThat(run.out()).contains("main: No differences between the entity model and the database");
    }

    @Test
    void autogenerateWritesAnSqlRevisionThatUpgradeAppliesAndThenFindsNothingMore(TestDatabase database)
            throws IOException {
        String table = "cmd_sql";
        prepare(database, table);
        CommandContext context = context(database, table, model(table, true), ClassLoader.getSystemClassLoader());
        Run generated = run(context, autogenerate(RevisionFormat.SQL));
        assertThat(generated.status()).as(generated.err()).isZero();
        assertThat(generated.out()).contains("Detected column " + table + ".note is in the model but not in the database",
                "  add column " + table + ".note VARCHAR(255)", "Generating ", "Rebuild the application");
        Path file = revisions.resolve("0f0e0d0c0b0a_add_note.sql");
        assertThat(Files.readString(file)).contains("-- down_revision: a1b2c3d4e5f6", "-- migrate:upgrade",
                "ALTER TABLE " + table + " ADD COLUMN note VARCHAR(255);", "ALTER TABLE " + table + " DROP COLUMN note;");
        assertThat(run(context, new UpgradeCommand(null, "heads")).status()).isZero();
        assertThat(run(context, new CheckCommand(null)).status()).isZero();
        Run nothing = run(context, autogenerate(RevisionFormat.SQL));
        assertThat(nothing.status()).isZero();
        assertThat(nothing.out()).contains("No changes in schema detected.").doesNotContain("Generating");
        try (Stream<Path> files = Files.list(revisions)) {
            assertThat(files.map((path) -> path.getFileName().toString())).containsExactlyInAnyOrder(
                    "0001_create_items.sql", "0f0e0d0c0b0a_add_note.sql");
        }
    }

    @Test
    void autogenerateWritesAJavaRevisionThatCompilesAndUpgradesOnceTheApplicationIsRebuilt(TestDatabase database)
            throws IOException {
        String table = "cmd_java";
        prepare(database, table);
        CommandContext context = context(database, table, model(table, true), ClassLoader.getSystemClassLoader());
        Run generated = run(context, autogenerate(RevisionFormat.JAVA));
        assertThat(generated.status()).as(generated.err()).isZero();
        assertThat(generated.out()).contains("rebuild the application before 'upgrade' sees db.changes.AddNote_0f0e0d0c0b0a");
        Path source = directory.resolve("src/main/java/db/changes/AddNote_0f0e0d0c0b0a.java");
        assertThat(source).exists();
        ClassLoader rebuilt = InProcessCompiler.compile(Map.of("db.changes.AddNote_0f0e0d0c0b0a",
                Files.readString(source)), directory.resolve("build"));
        CommandContext afterRebuild = context(database, table, model(table, true), rebuilt);
        assertThat(run(afterRebuild, new UpgradeCommand(null, "heads")).status()).isZero();
        assertThat(run(afterRebuild, new CheckCommand(null)).status()).isZero();
    }

    @Test
    void autogenerateRefusesADatabaseThatIsNotAtItsHeads(TestDatabase database) {
        String table = "cmd_behind";
        Run run = run(context(database, table, model(table, true), ClassLoader.getSystemClassLoader()),
                autogenerate(RevisionFormat.SQL));
        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err()).contains("Target database is not up to date.");
        assertThat(revisions).isDirectoryNotContaining("glob:**/0f0e0d0c0b0a*");
    }

    @Test
    void autogenerateAndCheckNeedTheEntityModel(TestDatabase database) {
        CommandContext context = CommandContext.builder()
            .tree(tree(database, "cmd_none"))
            .workingDirectory(directory)
            .build();
        Run revision = run(context, autogenerate(RevisionFormat.SQL));
        assertThat(revision.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(revision.err()).contains("autogenerate needs the entity model: run it from the application "
                + "(migrations revision --autogenerate) or configure a model source");
        assertThat(run(context, new CheckCommand(null)).err()).contains("check needs the entity model");
    }

    private void prepare(TestDatabase database, String table) {
        try {
            Files.writeString(revisions.resolve("0001_create_items.sql"), FIRST.replace("cmd_items", table));
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        Run upgrade = run(CommandContext.builder().tree(tree(database, table)).build(), new UpgradeCommand(null, "heads"));
        assertThat(upgrade.status()).as(upgrade.err()).isZero();
    }

    private static ModelSource model(String table, boolean withNote) {
        return (dialect) -> ModelBuilder.schema(dialect, withNote
                ? ModelBuilder.table(table).column("id", "bigint").notNull().column("name", "varchar(50)")
                    .column("note", "varchar(255)").primaryKey("id")
                : ModelBuilder.table(table).column("id", "bigint").notNull().column("name", "varchar(50)")
                    .primaryKey("id"));
    }

    private MigrationTree tree(TestDatabase database, String table) {
        return tree(database, table, List.of());
    }

    private MigrationTree tree(TestDatabase database, String table, List<String> javaPackages) {
        // Each test keeps its own version tables, so the tests share the database without sharing a history
        return MigrationTree.builder("main")
            .locations(List.of("filesystem:" + revisions))
            .javaPackages(javaPackages)
            .javaPackage("db.changes")
            .settings(MigrationSettings.builder()
                .versionTable(table + "_version")
                .appliedTable(table + "_applied")
                .historyTable(table + "_history")
                .build())
            .dataSource(dataSource(database, table))
            .build();
    }

    /** Connections to a schema of the test's own: the tree's guard refuses a schema holding other tables. */
    private static DataSource dataSource(TestDatabase database, String schema) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(database.jdbcUrl());
        dataSource.setUser(database.user());
        dataSource.setPassword(database.password());
        dataSource.setCurrentSchema(schema);
        return dataSource;
    }

    private CommandContext context(TestDatabase database, String table, ModelSource source, ClassLoader classLoader) {
        boolean rebuilt = classLoader != ClassLoader.getSystemClassLoader();
        return CommandContext.builder()
            .tree(tree(database, table, rebuilt ? List.of("db.changes") : List.of()))
            .workingDirectory(directory)
            .clock(Clock.fixed(Instant.parse("2026-02-03T04:05:06Z"), ZoneOffset.UTC))
            .revisionIds(ids::pop)
            .revisionLoader(RevisionLoader.forClassLoader(classLoader))
            .modelSource(source)
            .compareOptions(CompareOptions.defaults().includeTables(table))
            .build();
    }

    private static RevisionCommand autogenerate(RevisionFormat format) {
        return new RevisionCommand(null, "add note", true, "head", false, List.of(), List.of(), null, format, null, null);
    }

    private static Run run(CommandContext context, MigrationCommand command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new CommandRunner(context, new PrintWriter(out), new PrintWriter(err)).run(command, false);
        return new Run(status, out.toString(), err.toString());
    }

    private record Run(int status, String out, String err) {
    }
}
