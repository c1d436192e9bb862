package dev.revgraph.command;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import dev.revgraph.revision.Revision;
import dev.revgraph.revision.RevisionGraph;
import dev.revgraph.script.LoadedRevisions;
import dev.revgraph.script.RevisionLoader;
import dev.revgraph.script.RevisionScript;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code revision} and {@code merge}: the files they write, the rules they keep, and that the files load back. */
class RevisionCommandTests {

    private static final Instant NOW = Instant.parse("2024-06-10T12:30:45.123Z");

    @TempDir
    Path directory;

    private final Deque<String> ids = new ArrayDeque<>();

    private CommandTester tester;

    @BeforeEach
    void copyTheBranchedGraph() throws IOException {
        Path revisions = Files.createDirectories(this.directory.resolve("db"));
        for (String name : List.of("0001_create_account.sql", "0002_add_email.sql", "0003_feedback.sql",
                "0004_likes.sql")) {
            try (var in = getClass().getResourceAsStream("/command/branched/" + name)) {
                Files.copy(in, revisions.resolve(name));
            }
        }
        this.tester = tester("filesystem:" + revisions);
    }

    private CommandTester tester(String... locations) {
        return new CommandTester(CommandContext.builder()
            .tree(MigrationTree.builder("main").locations(List.of(locations)).build())
            .workingDirectory(this.directory)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .revisionIds(() -> this.ids.isEmpty() ? CommandContext.randomRevisionId() : this.ids.pop())
            .build());
    }

    private RevisionCommand revision(String message, String head, boolean splice, List<String> labels,
            List<String> dependsOn, String revId) {
        return new RevisionCommand(null, message, false, head, splice, labels, dependsOn, revId, RevisionFormat.SQL,
                null, null);
    }

    private RevisionGraph reload() {
        return RevisionGraph.of(load().revisions());
    }

    private LoadedRevisions load() {
        return RevisionLoader.forClassLoader(getClass().getClassLoader())
            .load(List.of("filesystem:" + this.directory.resolve("db")), null, List.of());
    }

    @Test
    void writesAnSqlRevisionInTheHeaderFormatOnTheHeadOfALabel() throws IOException {
        CommandTester.Run run = this.tester.text(revision("Add some columns to utilizations table", "feedback@head",
                false, List.of(), List.of(), "ba229313341d"));
        Path file = this.directory.resolve("db/ba229313341d_add_some_columns_to_utilizations_table.sql");
        assertThat(run.status()).isZero();
        assertThat(run.lines()).containsExactly("Generating " + file + " ... done");
        assertThat(Files.readString(file)).isEqualTo("""
                -- revision: ba229313341d
                -- down_revision: 3b8d11f0c2aa
                -- branch_labels:
                -- depends_on:
                -- message: Add some columns to utilizations table
                -- created: 2024-06-10T12:30:45Z

                -- migrate:upgrade


                -- migrate:downgrade
                """);
        Revision written = reload().get("ba229313341d");
        assertThat(written.down()).containsExactly("3b8d11f0c2aa");
        assertThat(written.branchLabels()).containsExactly("feedback");
        assertThat(written.info().irreversible()).isNull();
    }

    @Test
    void generatesATwelveCharacterHexIdByDefault() throws IOException {
        CommandTester.Run run = this.tester.json(revision("on main", "ae1027a6acf0", false, List.of(), List.of(),
                null));
        assertThat(run.status()).isZero();
        String id = run.out().replaceAll("(?s).*\"id\": \"([0-9a-f]+)\".*", "$1");
        assertThat(id).matches("[0-9a-f]{12}");
        assertThat(reload().get(id).down()).containsExactly("ae1027a6acf0");
        assertThat(run.out()).contains("\"format\": \"sql\"", "\"path\": \"" + this.directory.resolve("db/" + id
                + "_on_main.sql") + "\"");
    }

    @Test
    void refusesHeadWhenThereAreSeveralHeads() {
        CommandTester.Run run = this.tester.text(revision("x", "head", false, List.of(), List.of(), "aaaa11112222"));
        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err()).startsWith("ERROR [revgraph] Multiple heads are present; please specify the head "
                + "revision on which the new revision should be based, or perform a merge (heads: ae1027a6acf0, "
                + "3b8d11f0c2aa)");
    }

    @Test
    void refusesAParentThatIsNotAHeadUnlessSpliced() {
        CommandTester.Run refused = this.tester.text(revision("x", "1975", false, List.of(), List.of(),
                "aaaa11112222"));
        assertThat(refused.err()).isEqualTo("ERROR [revgraph] Revision 1975ea83b712 is not a head revision; please "
                + "specify --splice to create a new branch from this revision\n");
        CommandTester.Run spliced = this.tester.text(revision("x", "1975", true, List.of("spliced"), List.of(),
                "aaaa11112222"));
        assertThat(spliced.status()).isZero();
        assertThat(reload().get("1975ea83b712").childIds()).contains("aaaa11112222");
    }

    @Test
    void startsANewBranchFromBaseWithALabel() {
        CommandTester.Run run = this.tester.text(revision("audit log", "base", false, List.of("audit"), List.of(),
                "aaaa11112222"));
        assertThat(run.status()).isZero();
        RevisionGraph graph = reload();
        assertThat(graph.get("aaaa11112222").isBase()).isTrue();
        assertThat(graph.resolveOne("audit@head")).map(Revision::id).hasValue("aaaa11112222");
    }

    @Test
    void refusesASecondBaseWithoutABranchLabel() {
        CommandTester.Run run = this.tester.text(revision("audit log", "base", false, List.of(), List.of(),
                "aaaa11112222"));
        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err()).contains("would be a second base in tree 'main'; give it a --branch-label");
    }

    @Test
    void refusesABranchLabelAlreadyInUse() {
        CommandTester.Run run = this.tester.text(revision("x", "ae1027a6acf0", false, List.of("feedback"),
                List.of(), "aaaa11112222"));
        assertThat(run.err()).isEqualTo("ERROR [revgraph] Branch name 'feedback' in revision aaaa11112222 already "
                + "used by revision 27c6a30d7c24\n");
    }

    @Test
    void keepsALabelDependencyAndResolvesAPrefixDependency() {
        this.tester.text(revision("x", "ae1027a6acf0", false, List.of(), List.of("feedback", "3b8d"),
                "aaaa11112222"));
        assertThat(reload().get("aaaa11112222").info().dependsOn()).containsExactly("feedback", "3b8d11f0c2aa");
    }

    @Test
    void refusesAnInvalidOrTakenRevisionId() {
        assertThat(this.tester.text(revision("x", "ae1027a6acf0", false, List.of(), List.of(), "bad-id")).err())
            .startsWith("ERROR [revgraph] Invalid --rev-id: revision id 'bad-id' contains '-'");
        assertThat(this.tester.text(revision("x", "ae1027a6acf0", false, List.of(), List.of(), "1975ea83b712")).err())
            .startsWith("ERROR [revgraph] Revision 1975ea83b712 is already present");
    }

    @Test
    void autogenerateNeedsTheEntityModel() {
        CommandTester.Run run = this.tester.text(new RevisionCommand(null, "x", true, "head", false, List.of(),
                List.of(), null, RevisionFormat.SQL, null, null));
        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err()).contains("autogenerate needs the entity model");
    }

    @Test
    void theFirstRevisionOfAnEmptyTreeIsABase() throws IOException {
        Path empty = Files.createDirectories(this.directory.resolve("empty"));
        CommandTester.Run run = tester("filesystem:" + empty).text(RevisionCommand.of(null, "init"));
        assertThat(run.status()).isZero();
        LoadedRevisions loaded = RevisionLoader.forClassLoader(getClass().getClassLoader())
            .load(List.of("filesystem:" + empty), null, List.of());
        assertThat(loaded.revisions()).singleElement().satisfies((info) -> assertThat(info.down()).isEmpty());
    }

    @Test
    void mergeWritesARevisionWithBothHeadsAsParents() {
        CommandTester.Run run = this.tester.text(new MergeCommand(null, List.of("heads"), "merge feedback", List.of(),
                "aaaa11112222", RevisionFormat.SQL, null, null));
        assertThat(run.status()).isZero();
        RevisionGraph graph = reload();
        assertThat(graph.get("aaaa11112222").down()).containsExactly("ae1027a6acf0", "3b8d11f0c2aa");
        assertThat(graph.realHeads()).extracting(Revision::id).containsExactly("aaaa11112222");
    }

    @Test
    void mergeOfOneRevisionIsRefusedWithoutWritingAFile() throws IOException {
        CommandTester.Run run = this.tester.text(new MergeCommand(null, List.of("feedback@head"), "m", List.of(),
                "aaaa11112222", RevisionFormat.SQL, null, null));
        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err()).isEqualTo("ERROR [revgraph] Nothing to merge: feedback@head resolves to one revision, "
                + "3b8d11f0c2aa\n");
        try (var files = Files.list(this.directory.resolve("db"))) {
            assertThat(files).hasSize(4);
        }
    }

    @Test
    void mergeRefusesTheSameHeadTwice() {
        CommandTester.Run run = this.tester.text(new MergeCommand(null, List.of("ae10", "ae1027a6acf0"), "m",
                List.of(), "aaaa11112222", RevisionFormat.SQL, null, null));
        assertThat(run.err()).isEqualTo("ERROR [revgraph] Duplicate head revisions specified\n");
    }

    @Test
    void writesInTheTreesFormatWhenTheCommandNamesNone() {
        Path revisions = this.directory.resolve("db");
        CommandTester javaByDefault = new CommandTester(CommandContext.builder()
            .tree(MigrationTree.builder("main").locations(List.of("filesystem:" + revisions))
                .revisionFormat(RevisionFormat.JAVA).build())
            .workingDirectory(this.directory)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .build());
        CommandTester.Run run = javaByDefault.text(new RevisionCommand(null, "Add notes", false, "feedback@head",
                false, List.of(), List.of(), "cc0011223344", null, null, null));
        assertThat(this.directory.resolve("src/main/java/db/revisions/AddNotes_cc0011223344.java"))
            .as(run.out() + run.err()).exists();
        assertThat(revisions).isDirectoryNotContaining("glob:**cc0011223344*");
    }

    @Test
    void refusesAJavaRevisionInThePackageOfAnotherTree() throws IOException {
        Path audit = Files.createDirectories(this.directory.resolve("audit"));
        CommandTester twoTrees = new CommandTester(CommandContext.builder()
            .tree(MigrationTree.builder("main").locations(List.of("filesystem:" + this.directory.resolve("db")))
                .javaPackages(List.of("db.revisions")).revisionFormat(RevisionFormat.JAVA).build())
            .tree(MigrationTree.builder("audit").locations(List.of("filesystem:" + audit))
                .revisionFormat(RevisionFormat.JAVA).build())
            .workingDirectory(this.directory)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .build());
        CommandTester.Run run = twoTrees.text(new RevisionCommand("audit", "Audit log", false, "head", false,
                List.of(), List.of(), "dd0011223344", null, null, null));
        assertThat(run.status()).as(run.out()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err()).contains("Package db.revisions holds the Java revisions of tree 'main'",
                "pass --java-package", "--format sql");
        assertThat(this.directory.resolve("src")).doesNotExist();

        CommandTester.Run sql = twoTrees.text(new RevisionCommand("audit", "Audit log", false, "head", false,
                List.of(), List.of(), "dd0011223344", RevisionFormat.SQL, null, null));
        assertThat(sql.status()).as(sql.err()).isZero();
        assertThat(audit).isDirectoryContaining("glob:**dd0011223344*.sql");
    }

    @Test
    void writesAJavaRevisionThatCompilesAndLoadsBack() throws Exception {
        CommandTester.Run run = this.tester.text(new RevisionCommand(null, "Backfill like counts", false,
                "feedback@head", false, List.of(), List.of("ae10"), "ba229313341d", RevisionFormat.JAVA, null,
                "com.example.revisions"));
        Path source = this.directory.resolve(
                "src/main/java/com/example/revisions/BackfillLikeCounts_ba229313341d.java");
        assertThat(run.lines()).containsExactly("Generating " + source + " ... done",
                "Java revisions are compiled classes: rebuild the application before 'upgrade' sees "
                        + "com.example.revisions.BackfillLikeCounts_ba229313341d",
                "Note: package com.example.revisions is not one of tree 'main''s Java packages (); add it so that the "
                        + "revision is found");
        assertThat(Files.readString(source)).contains("@Revision(", "id = \"ba229313341d\"", "down = \"3b8d11f0c2aa\"",
                "dependsOn = \"ae1027a6acf0\"", "message = \"Backfill like counts\"",
                "public class BackfillLikeCounts_ba229313341d implements Migration",
                "public void upgrade(Operations op)", "public void downgrade(Operations op)");

        Path classes = Files.createDirectories(this.directory.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int compiled = compiler.run(null, null, null, "-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path"), source.toString());
        assertThat(compiled).isZero();
        try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
                getClass().getClassLoader())) {
            LoadedRevisions loaded = RevisionLoader.forClassLoader(loader)
                .load(List.of(), null, List.of("com.example.revisions"));
            RevisionScript script = loaded.scripts().get(0);
            assertThat(script.info().id()).isEqualTo("ba229313341d");
            assertThat(script.info().down()).containsExactly("3b8d11f0c2aa");
            assertThat(script.info().dependsOn()).containsExactly("ae1027a6acf0");
            assertThat(script.info().created()).isEqualTo(Instant.parse("2024-06-10T12:30:45Z"));
        }
    }

    @Test
    void writesToTheVersionPathAndSaysWhenItIsNotALocation() {
        CommandTester.Run run = this.tester.text(new RevisionCommand(null, "x", false, "ae1027a6acf0", false,
                List.of(), List.of(), "aaaa11112222", RevisionFormat.SQL, Path.of("elsewhere"), null));
        assertThat(run.status()).isZero();
        assertThat(Files.exists(this.directory.resolve("elsewhere/aaaa11112222_x.sql"))).isTrue();
        assertThat(run.out()).contains("is not one of tree 'main''s locations");
    }
}
