package dev.revgraph.script;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FileNameTemplateTests {

    private static final Instant CREATED = Instant.parse("2024-06-03T09:43:04Z");

    @Test
    void namesFilesRevThenSlugByDefault() {
        assertThat(new FileNameTemplate(FileNameTemplate.DEFAULT).render("ba229313341d", "Add some columns to utilizations table",
                CREATED)).isEqualTo("ba229313341d_add_some_columns_to_utilizations_table");
    }

    @Test
    void fillsInEveryDateToken() {
        FileNameTemplate template = new FileNameTemplate("{year}_{month}_{day}_{hour}{minute}{second}-{epoch}-{rev}_{slug}");
        assertThat(template.render("ba229313341d", "Add score", CREATED))
                .isEqualTo("2024_06_03_094304-1717407784-ba229313341d_add_score");
    }

    @Test
    void usesTheGivenZoneForDateTokens() {
        assertThat(new FileNameTemplate("{day}_{hour}_{rev}").render("a1", "", CREATED, ZoneId.of("Pacific/Auckland")))
                .isEqualTo("03_21_a1");
    }

    @Test
    void makesTheSlugFromTheWordsOfTheMessageInLowerCase() {
        assertThat(FileNameTemplate.slug("Add 'score' (INTEGER) to Utilizations -- v2!", 40))
                .isEqualTo("add_score_integer_to_utilizations_v2");
        assertThat(FileNameTemplate.slug("Crème brûlée für Ärzte", 40)).isEqualTo("creme_brulee_fur_arzte");
    }

    @Test
    void truncatesALongSlugAtAWordBoundaryAsAlembicDoes() {
        // Alembic: slug[:40].rsplit("_", 1)[0] + "_"
        assertThat(FileNameTemplate.slug("add a column to the utilizations table for scores", 40))
                .isEqualTo("add_a_column_to_the_utilizations_table_");
        assertThat(FileNameTemplate.slug("supercalifragilisticexpialidocious_and_more", 10)).isEqualTo("supercalif_");
    }

    @Test
    void leavesNoTrailingSeparatorForAnEmptyMessage() {
        assertThat(new FileNameTemplate(FileNameTemplate.DEFAULT).render("ba229313341d", "  ", CREATED)).isEqualTo("ba229313341d");
    }

    @Test
    void refusesAnUnknownToken() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FileNameTemplate("{rev}_{name}"))
                .withMessage("File template '{rev}_{name}' uses unknown token {name}; known tokens: rev, slug, year, month, "
                        + "day, hour, minute, second, epoch");
    }

    @Test
    void refusesAPathSeparator() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FileNameTemplate("{year}/{rev}"));
    }

    @Test
    void refusesAnInvalidRevisionId() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FileNameTemplate(FileNameTemplate.DEFAULT).render("a-1", "x", CREATED));
    }
}
