package dev.revgraph.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.revgraph.RevGraphException;
import dev.revgraph.revision.RevisionInfo;
import dev.revgraph.script.fixtures.good.CreateResources;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RevisionLoaderTests {

    private final RevisionLoader loader = RevisionLoader.forClassLoader(getClass().getClassLoader());

    @Test
    void loadsTheSqlRevisionsOfALocationSortedByPath() {
        LoadedRevisions loaded = loader.load(List.of("classpath:scripts/basic"), null, List.of());
        assertThat(loaded.revisions()).extracting(RevisionInfo::id).containsExactly("1a2b3c4d5e6f", "2a8c621c22c8",
                "ba229313341d");
        assertThat(loaded.revisions()).extracting(RevisionInfo::source).containsExactly(
                "classpath:scripts/basic/0001_init.sql", "classpath:scripts/basic/0002_add_score.sql",
                "classpath:scripts/basic/feedback/0003_likes.sql");
        assertThat(loaded.scripts()).allSatisfy((script) -> assertThat(script).isInstanceOf(SqlRevisionScript.class));
        assertThat(loaded.find("2a8c621c22c8")).get().extracting(RevisionScript::info).extracting(RevisionInfo::down)
                .isEqualTo(List.of("1a2b3c4d5e6f"));
    }

    @Test
    void sortsByRelativePathNeverByFileSystemOrder() {
        assertThat(loader.load(List.of("classpath:scripts/order"), null, List.of()).revisions())
                .extracting(RevisionInfo::message).containsExactly("10_z", "2_a", "a/9", "b/1");
    }

    @Test
    void keepsLocationsInTheirConfiguredOrder() {
        List<String> ids = loader.load(List.of("classpath:scripts/order", "classpath:scripts/basic"), null, List.of())
                .revisions().stream().map(RevisionInfo::id).toList();
        assertThat(ids).containsExactly("order10z", "order2a", "ordera9", "orderb1", "1a2b3c4d5e6f", "2a8c621c22c8",
                "ba229313341d");
        List<String> reversed = loader.load(List.of("classpath:scripts/basic", "classpath:scripts/order"), null, List.of())
                .revisions().stream().map(RevisionInfo::id).toList();
        assertThat(reversed).startsWith("1a2b3c4d5e6f").endsWith("orderb1");
    }

    @Test
    void expandsTheVendorInLocations() {
        assertThat(loader.load(List.of("classpath:scripts/vendor/{vendor}"), "postgresql", List.of()).revisions())
                .extracting(RevisionInfo::id).containsExactly("c0ffee000001");
        assertThat(loader.load(List.of("classpath:scripts/vendor/{vendor}"), "h2", List.of()).revisions())
                .extracting(RevisionInfo::id).containsExactly("c0ffee000002");
    }

    @Test
    void loadsJavaRevisionsAfterSqlRevisions() {
        LoadedRevisions loaded = loader.load(List.of("classpath:scripts/basic"), null,
                List.of("dev.revgraph.script.fixtures.good"));
        assertThat(loaded.revisions()).extracting(RevisionInfo::id).containsExactly("1a2b3c4d5e6f", "2a8c621c22c8",
                "ba229313341d", "f7e6d5c4b3a2", "e1f2a3b4c5d6", "0a0b0c0d0e0f");
        assertThat(loaded.find("e1f2a3b4c5d6")).get().isInstanceOfSatisfying(JavaRevisionScript.class,
                (script) -> assertThat(script.migrationClass()).isEqualTo(CreateResources.class));
        assertThat(loaded.byId()).containsOnlyKeys("1a2b3c4d5e6f", "2a8c621c22c8", "ba229313341d", "f7e6d5c4b3a2",
                "e1f2a3b4c5d6", "0a0b0c0d0e0f");
    }

    @Test
    void loadsNothingFromAnExistingEmptyLocation() {
        assertThat(loader.load(List.of("classpath:scripts/empty"), null, List.of()).scripts()).isEmpty();
    }

    @Test
    void loadsNothingWhenOneFileIsBadAndReportsThatFile() {
        assertThatExceptionOfType(ScriptParseException.class)
                .isThrownBy(() -> loader.load(List.of("classpath:scripts/one_bad"), null, List.of()))
                .satisfies((ex) -> {
                    assertThat(ex.code()).isEqualTo("parse_error");
                    assertThat(ex.problems()).containsExactly(new ScriptProblem("classpath:scripts/one_bad/0003_bad.sql", 3,
                            ex.problems().get(0).message()));
                    assertThat(ex.getMessage()).startsWith("classpath:scripts/one_bad/0003_bad.sql:3: unknown header key 'reviewed_by'");
                });
    }

    @Test
    void reportsSqlAndJavaProblemsTogether() {
        assertThatExceptionOfType(ScriptParseException.class)
                .isThrownBy(() -> loader.load(List.of("classpath:scripts/one_bad"), null,
                        List.of("dev.revgraph.script.fixtures.broken")))
                .satisfies((ex) -> assertThat(ex.problems()).extracting(ScriptProblem::source).containsExactly(
                        "classpath:scripts/one_bad/0003_bad.sql",
                        "class dev.revgraph.script.fixtures.broken.AbstractRevision",
                        "class dev.revgraph.script.fixtures.broken.BadCreated",
                        "class dev.revgraph.script.fixtures.broken.DashedId",
                        "class dev.revgraph.script.fixtures.broken.NeedsABean",
                        "class dev.revgraph.script.fixtures.broken.NotAMigration"))
                .withMessageStartingWith("6 problems in revision scripts:\n  classpath:scripts/one_bad/0003_bad.sql:3: ");
    }

    @Test
    void rejectsTheSameIdInTwoFilesNamingBoth() {
        assertThatExceptionOfType(RevGraphException.class)
                .isThrownBy(() -> loader.load(List.of("classpath:scripts/duplicate"), null, List.of()))
                .satisfies((ex) -> assertThat(ex.code()).isEqualTo("duplicate_revision"))
                .withMessage("revision 'd0d0d0d0d0d0' is declared more than once: classpath:scripts/duplicate/0001_first.sql"
                        + " and classpath:scripts/duplicate/sub/0002_copy.sql");
    }

    @Test
    void rejectsTheSameIdInAFileAndAClass(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("0001_clash.sql"), "-- revision: e1f2a3b4c5d6\n-- down_revision:\n-- migrate:upgrade\n");
        assertThatExceptionOfType(RevGraphException.class)
                .isThrownBy(() -> loader.load(List.of("filesystem:" + temp), null, List.of("dev.revgraph.script.fixtures.good")))
                .satisfies((ex) -> assertThat(ex.code()).isEqualTo("duplicate_revision"))
                .withMessage("revision 'e1f2a3b4c5d6' is declared more than once: filesystem:" + temp + "/0001_clash.sql and "
                        + "class dev.revgraph.script.fixtures.good.CreateResources");
    }

    @Test
    void failsWhenALocationDoesNotExist() {
        assertThatExceptionOfType(RevGraphException.class)
                .isThrownBy(() -> loader.load(List.of("classpath:scripts/basic", "classpath:scripts/missing"), null, List.of()))
                .satisfies((ex) -> assertThat(ex.code()).isEqualTo("not_found"))
                .withMessageStartingWith("Revision location classpath:scripts/missing does not exist");
    }

    @Test
    void readsALocationConfiguredTwiceOnce() {
        assertThat(loader.load(List.of("scripts/basic", "classpath:/scripts/basic/"), null, List.of()).scripts()).hasSize(3);
    }

    @Test
    void usesTheVendorsLexicalRulesForSqlFiles(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("0001_a.sql"),
                "-- revision: a1\n-- down_revision:\n-- migrate:upgrade\nINSERT INTO t VALUES ('it\\'s; ok');\n");
        assertThat(loader.load(List.of("filesystem:" + temp), "mariadb", List.of()).find("a1")).get()
                .isInstanceOfSatisfying(SqlRevisionScript.class, (script) -> assertThat(script.upgrade()).hasSize(1));
        assertThatExceptionOfType(ScriptParseException.class)
                .isThrownBy(() -> loader.load(List.of("filesystem:" + temp), "postgresql", List.of()));
    }

    @Test
    void acceptsAnotherResourceFinderAndClassFinder() {
        ScriptLocation location = ScriptLocation.parse("classpath:virtual", null);
        ScriptResourceFinder resources = (requested) -> List.of(ScriptResource.of(requested, "0001_v.sql",
                TestJars.utf8("-- revision: v1\n-- down_revision:\n-- migrate:upgrade\nSELECT 1;\n")));
        JavaRevisionClassFinder classes = (basePackage) -> List.of(CreateResources.class);
        LoadedRevisions loaded = new RevisionLoader(resources, classes, MigrationInstantiator.reflective())
                .load(List.of(location.toString()), null, List.of("anything"));
        assertThat(loaded.revisions()).extracting(RevisionInfo::id).containsExactly("v1", "e1f2a3b4c5d6");
    }
}
