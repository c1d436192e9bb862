package dev.revgraph.script;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.revgraph.RevGraphException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StandardScriptResourceFinderTests {

    private final StandardScriptResourceFinder finder = new StandardScriptResourceFinder(getClass().getClassLoader());

    @Test
    void findsEverySqlFileOfAClasspathFolderAndItsSubFolders() throws IOException {
        List<ScriptResource> found = finder.find(ScriptLocation.parse("classpath:scripts/basic", null));
        assertThat(found).extracting(ScriptResource::relativePath).containsExactlyInAnyOrder("0001_init.sql",
                "0002_add_score.sql", "feedback/0003_likes.sql");
        ScriptResource likes = found.stream().filter((r) -> r.fileName().equals("0003_likes.sql")).findFirst().orElseThrow();
        assertThat(likes.description()).isEqualTo("classpath:scripts/basic/feedback/0003_likes.sql");
        assertThat(new String(likes.readAllBytes())).startsWith("-- revision: ba229313341d");
    }

    @Test
    void ignoresHiddenFilesAndFilesThatDoNotEndInSql() {
        assertThat(finder.find(ScriptLocation.parse("classpath:scripts/basic", null))).extracting(ScriptResource::fileName)
                .doesNotContain(".0004_hidden_backup.sql", "README.md");
    }

    @Test
    void findsNothingInAnExistingEmptyFolder() {
        assertThat(finder.find(ScriptLocation.parse("classpath:scripts/empty", null))).isEmpty();
    }

    @Test
    void findsFilesInsideAJar(@TempDir Path temp) throws IOException {
        Path jar = TestJars.jar(temp.resolve("revisions.jar"), Map.of(
                "db/jarred/0001_a.sql", TestJars.utf8("-- revision: a1\n-- down_revision:\n-- migrate:upgrade\n"),
                "db/jarred/sub/0002_b.sql", TestJars.utf8("-- revision: b2\n-- down_revision: a1\n-- migrate:upgrade\n"),
                "db/jarred/notes.txt", TestJars.utf8("not a revision"),
                "db/jarredother/0003_c.sql", TestJars.utf8("another folder")));
        try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, null)) {
            List<ScriptResource> found = new StandardScriptResourceFinder(loader).find(ScriptLocation.parse("db/jarred", null));
            assertThat(found).extracting(ScriptResource::relativePath).containsExactlyInAnyOrder("0001_a.sql", "sub/0002_b.sql");
            assertThat(new String(found.get(0).readAllBytes())).startsWith("-- revision: ");
        }
    }

    @Test
    void findsTheFolderInEveryRootOfTheClassPath(@TempDir Path temp) throws IOException {
        Path directory = Files.createDirectories(temp.resolve("dir/db/split"));
        Files.writeString(directory.resolve("0001_in_directory.sql"), "x");
        Path jar = TestJars.jar(temp.resolve("split.jar"), Map.of("db/split/0002_in_jar.sql", TestJars.utf8("y")));
        URL[] roots = { temp.resolve("dir").toUri().toURL(), jar.toUri().toURL() };
        try (URLClassLoader loader = new URLClassLoader(roots, null)) {
            assertThat(new StandardScriptResourceFinder(loader).find(ScriptLocation.parse("db/split", null)))
                    .extracting(ScriptResource::relativePath).containsExactlyInAnyOrder("0001_in_directory.sql", "0002_in_jar.sql");
        }
    }

    @Test
    void findsFilesOnTheFileSystem(@TempDir Path temp) throws IOException {
        Files.createDirectories(temp.resolve("nested"));
        Files.writeString(temp.resolve("0001_a.sql"), "a");
        Files.writeString(temp.resolve("nested/0002_b.sql"), "b");
        Files.writeString(temp.resolve("0003_c.sql.bak"), "c");
        List<ScriptResource> found = finder.find(ScriptLocation.parse("filesystem:" + temp, null));
        assertThat(found).extracting(ScriptResource::relativePath).containsExactlyInAnyOrder("0001_a.sql", "nested/0002_b.sql");
        assertThat(found).extracting(ScriptResource::description).contains("filesystem:" + temp + "/nested/0002_b.sql");
    }

    @Test
    void failsForAClasspathLocationThatDoesNotExist() {
        assertThatExceptionOfType(RevGraphException.class)
                .isThrownBy(() -> finder.find(ScriptLocation.parse("classpath:db/revisoins", null)))
                .satisfies((ex) -> assertThat(ex.code()).isEqualTo("not_found"))
                .withMessageStartingWith("Revision location classpath:db/revisoins does not exist: no such folder on the class path.")
                .withMessageContaining("a typo cannot start the application with an empty schema");
    }

    @Test
    void failsForAFilesystemLocationThatDoesNotExist(@TempDir Path temp) {
        assertThatExceptionOfType(RevGraphException.class)
                .isThrownBy(() -> finder.find(ScriptLocation.parse("filesystem:" + temp.resolve("missing"), null)))
                .satisfies((ex) -> assertThat(ex.code()).isEqualTo("not_found"))
                .withMessageContaining("does not exist: no such folder");
    }

    @Test
    void failsForAFilesystemLocationThatIsAFile(@TempDir Path temp) throws IOException {
        Path file = Files.writeString(temp.resolve("0001.sql"), "x");
        assertThatExceptionOfType(RevGraphException.class)
                .isThrownBy(() -> finder.find(ScriptLocation.parse("filesystem:" + file, null)))
                .withMessageContaining("is a file, not a folder");
    }
}
