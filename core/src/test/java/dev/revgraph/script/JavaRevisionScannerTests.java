package dev.revgraph.script;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.revgraph.RevGraphException;
import dev.revgraph.script.fixtures.good.BackfillScores;
import dev.revgraph.script.fixtures.good.CreateResources;
import dev.revgraph.script.fixtures.good.more.MergeHeads;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class JavaRevisionScannerTests {

    private final JavaRevisionScanner scanner = new JavaRevisionScanner(getClass().getClassLoader());

    @Test
    void findsTheAnnotatedClassesOfAPackageAndItsSubPackagesSortedByName() {
        assertThat(scanner.find("dev.revgraph.script.fixtures.good")).containsExactly(BackfillScores.class,
                CreateResources.class, MergeHeads.class);
    }

    @Test
    void findsAnnotatedClassesThatDoNotImplementMigrationSoTheyCanBeReported() {
        assertThat(scanner.find("dev.revgraph.script.fixtures.broken")).extracting(Class::getSimpleName)
                .containsExactly("AbstractRevision", "BadCreated", "DashedId", "NeedsABean", "NotAMigration");
    }

    @Test
    void failsForAPackageThatDoesNotExist() {
        assertThatExceptionOfType(RevGraphException.class).isThrownBy(() -> scanner.find("dev.revgraph.script.fixtures.goood"))
                .satisfies((ex) -> assertThat(ex.code()).isEqualTo("not_found"))
                .withMessageContaining("Java revision package 'dev.revgraph.script.fixtures.goood' does not exist");
    }

    @Test
    void findsClassesInAJar(@TempDir Path temp) throws IOException, ClassNotFoundException {
        Map<String, String> sources = new HashMap<>();
        sources.put("jarred.revisions.FromJar", """
                package jarred.revisions;

                @dev.revgraph.Revision(id = "a0a0a0a0a0a1", message = "From a jar")
                public class FromJar implements dev.revgraph.Migration {
                    public void upgrade(dev.revgraph.operation.Operations op) {
                    }
                    public void downgrade(dev.revgraph.operation.Operations op) {
                    }
                    public static class Nested implements dev.revgraph.Migration {
                        public void upgrade(dev.revgraph.operation.Operations op) {
                        }
                        public void downgrade(dev.revgraph.operation.Operations op) {
                        }
                    }
                }
                """);
        sources.put("jarred.revisions.deeper.AlsoFromJar", """
                package jarred.revisions.deeper;

                @dev.revgraph.Revision(id = "a0a0a0a0a0a2", down = "a0a0a0a0a0a1")
                public class AlsoFromJar implements dev.revgraph.Migration {
                    public void upgrade(dev.revgraph.operation.Operations op) {
                    }
                    public void downgrade(dev.revgraph.operation.Operations op) {
                    }
                }
                """);
        Path jar = TestJars.jar(temp.resolve("revisions.jar"), TestJars.compile(temp, sources));
        try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, getClass().getClassLoader())) {
            List<Class<?>> found = new JavaRevisionScanner(loader).find("jarred.revisions");
            assertThat(found).extracting(Class::getName).containsExactly("jarred.revisions.FromJar",
                    "jarred.revisions.deeper.AlsoFromJar");
            assertThat(JavaRevisionScript.of(found.get(0), MigrationInstantiator.reflective()).migration().getClass())
                    .isEqualTo(loader.loadClass("jarred.revisions.FromJar"));
        }
    }
}
