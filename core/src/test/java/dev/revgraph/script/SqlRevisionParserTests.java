package dev.revgraph.script;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import dev.revgraph.revision.RevisionInfo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SqlRevisionParserTests {

    private static final String DESIGN_EXAMPLE = """
            -- revision: ba229313341d
            -- down_revision: 2a8c621c22c8
            -- branch_labels: feedback
            -- depends_on:
            -- message: Add some columns to utilizations table
            -- created: 2024-06-03T09:43:44Z

            -- migrate:upgrade
            ALTER TABLE utilizations ADD COLUMN score INTEGER;

            -- migrate:downgrade
            ALTER TABLE utilizations DROP COLUMN score;
            """;

    private final SqlRevisionParser parser = new SqlRevisionParser();

    @Test
    void parsesTheExampleOfTheDesign() {
        SqlRevisionScript script = parse("0007_add_score.sql", DESIGN_EXAMPLE);
        RevisionInfo info = script.info();
        assertThat(info.id()).isEqualTo("ba229313341d");
        assertThat(info.down()).containsExactly("2a8c621c22c8");
        assertThat(info.branchLabels()).containsExactly("feedback");
        assertThat(info.dependsOn()).isEmpty();
        assertThat(info.message()).isEqualTo("Add some columns to utilizations table");
        assertThat(info.created()).isEqualTo(Instant.parse("2024-06-03T09:43:44Z"));
        assertThat(info.transactional()).isTrue();
        assertThat(info.irreversible()).isNull();
        assertThat(info.source()).isEqualTo("0007_add_score.sql");
        assertThat(info.checksum()).isEqualTo(Checksums.ofScript(DESIGN_EXAMPLE.getBytes(StandardCharsets.UTF_8)));
        assertThat(script.upgrade()).containsExactly(new SqlStatement("ALTER TABLE utilizations ADD COLUMN score INTEGER", 9));
        assertThat(script.downgrade()).containsExactly(new SqlStatement("ALTER TABLE utilizations DROP COLUMN score", 12));
    }

    @Test
    void takesTheIdFromTheHeaderNeverFromTheFileName() {
        assertThat(parse("0001_2a8c621c22c8_other.sql", DESIGN_EXAMPLE).id()).isEqualTo("ba229313341d");
    }

    @Test
    void readsAnEmptyDownRevisionAsABase() {
        SqlRevisionScript script = parse("base.sql", "-- revision: a1\n-- down_revision:\n-- migrate:upgrade\nSELECT 1;\n-- migrate:downgrade\n");
        assertThat(script.info().isBase()).isTrue();
        assertThat(script.info().irreversible()).isNull();
        assertThat(script.downgrade()).isEmpty();
    }

    @Test
    void readsCommaSeparatedListsForMergesLabelsAndDependencies() {
        RevisionInfo info = parse("merge.sql", """
                -- revision: m1
                -- down_revision: a1, b2 ,c3
                -- branch_labels: feedback,audit
                -- depends_on: x9, shared
                -- migrate:upgrade
                """).info();
        assertThat(info.down()).containsExactly("a1", "b2", "c3");
        assertThat(info.isMergePoint()).isTrue();
        assertThat(info.branchLabels()).containsExactly("feedback", "audit");
        assertThat(info.dependsOn()).containsExactly("x9", "shared");
    }

    @Test
    void readsTransactionalFalse() {
        SqlRevisionScript script = parse("idx.sql", """
                -- revision: a1
                -- down_revision: a0
                -- transactional: false
                -- migrate:upgrade
                CREATE INDEX CONCURRENTLY ix ON t (c);
                -- migrate:downgrade
                DROP INDEX CONCURRENTLY ix;
                """);
        assertThat(script.info().transactional()).isFalse();
        assertThat(script.upgrade()).extracting(SqlStatement::line).containsExactly(5);
    }

    @Test
    void readsTransactionalCaseInsensitively() {
        assertThat(parse("t.sql", "-- revision: a1\n-- down_revision:\n-- transactional: TRUE\n-- migrate:upgrade\n")
                .info().transactional()).isTrue();
    }

    @Test
    void readsTheIrreversibleReason() {
        SqlRevisionScript script = parse("drop.sql", """
                -- revision: a1
                -- down_revision: a0
                -- irreversible: drops the legacy table and its data
                -- migrate:upgrade
                DROP TABLE legacy;
                -- migrate:downgrade
                -- nothing can bring it back
                """);
        assertThat(script.info().irreversible()).isEqualTo("drops the legacy table and its data");
    }

    @Test
    void makesARevisionWithoutADowngradeSectionIrreversible() {
        SqlRevisionScript script = parse("up.sql", "-- revision: a1\n-- down_revision: a0\n-- migrate:upgrade\nSELECT 1;\n");
        assertThat(script.info().irreversible()).isEqualTo("no downgrade section");
        assertThat(script.downgrade()).isEmpty();
    }

    @Test
    void acceptsADowngradeSectionBeforeTheUpgradeSection() {
        SqlRevisionScript script = parse("t.sql", "-- revision: a1\n-- down_revision:\n-- migrate:downgrade\nSELECT 2;\n-- migrate:upgrade\nSELECT 1;\n");
        assertThat(script.upgrade()).containsExactly(new SqlStatement("SELECT 1", 6));
        assertThat(script.downgrade()).containsExactly(new SqlStatement("SELECT 2", 4));
    }

    @Test
    void letsTheLastStatementOfASectionGoWithoutASemicolon() {
        SqlRevisionScript script = parse("t.sql", "-- revision: a1\n-- down_revision:\n-- migrate:upgrade\nSELECT 1\n\n-- migrate:downgrade\nSELECT 2");
        assertThat(script.upgrade()).extracting(SqlStatement::sql).containsExactly("SELECT 1");
        assertThat(script.downgrade()).extracting(SqlStatement::sql).containsExactly("SELECT 2");
    }

    @Test
    void allowsBlankLinesAndProseCommentsInTheHeader() {
        SqlRevisionScript script = parse("t.sql", """
                -- Adds the score column, see the design notes

                -- revision: a1
                --
                -- down_revision: a0
                -- message: Scores, at last: finally

                -- migrate:upgrade
                SELECT 1;
                """);
        assertThat(script.id()).isEqualTo("a1");
        assertThat(script.info().message()).isEqualTo("Scores, at last: finally");
    }

    @Test
    void allowsCommentsBetweenTheHeaderAndTheFirstSection() {
        SqlRevisionScript script = parse("t.sql", "-- revision: a1\n-- down_revision:\n/* a note */\n\n-- migrate:upgrade\nSELECT 1;");
        assertThat(script.upgrade()).containsExactly(new SqlStatement("SELECT 1", 6));
    }

    @Test
    void readsACreatedTimestampWithAnOffset() {
        RevisionInfo info = parse("t.sql", "-- revision: a1\n-- down_revision:\n-- created: 2024-06-03T11:43:44+02:00\n-- migrate:upgrade\n").info();
        assertThat(info.created()).isEqualTo(Instant.parse("2024-06-03T09:43:44Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2024-06-03T09:43:44Z", "2024-02-29T23:59:59Z", "0001-01-01T00:00:00Z",
            "2024-06-03T09:43:44.125Z", "2024-06-03T09:43Z", "2024-06-03T09:43:44-05:30", "2024-06-03t09:43:44z" })
    void readsEveryCreatedFormTheIsoParserReadsToTheSameInstant(String created) {
        RevisionInfo info = parse("t.sql", "-- revision: a1\n-- down_revision:\n-- created: " + created
                + "\n-- migrate:upgrade\n").info();
        assertThat(info.created()).isEqualTo(java.time.OffsetDateTime.parse(created).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = { "2023-02-29T10:00:00Z", "2024-06-03T24:00:00Z", "2024-06-03T09:43:60Z",
            "2024-00-03T09:43:44Z", "2024-06-03T09:43:4Z", "2024-06-03 09:43:44Z" })
    void refusesWhatTheIsoParserRefuses(String created) {
        assertThatExceptionOfType(ScriptParseException.class)
            .isThrownBy(() -> parse("t.sql", "-- revision: a1\n-- down_revision:\n-- created: " + created
                    + "\n-- migrate:upgrade\n"))
            .withMessageContaining("t.sql:3")
            .withMessageContaining("is not an ISO-8601 timestamp");
    }

    @Test
    void readsAnEmptyCreatedAsUnknown() {
        assertThat(parse("t.sql", "-- revision: a1\n-- down_revision:\n-- created:\n-- migrate:upgrade\n").info().created()).isNull();
    }

    @Test
    void acceptsIdsOfLettersDigitsAndUnderscoresUpTo32Characters() {
        String id = "Abc_123_" + "x".repeat(24);
        assertThat(parse("t.sql", "-- revision: " + id + "\n-- down_revision:\n-- migrate:upgrade\n").id()).isEqualTo(id);
    }

    @Test
    void readsACrlfFileLikeItsLfVersionWithTheSameChecksum() {
        SqlRevisionScript lf = parse("lf.sql", DESIGN_EXAMPLE);
        SqlRevisionScript crlf = parse("crlf.sql", DESIGN_EXAMPLE.replace("\n", "\r\n"));
        SqlRevisionScript cr = parse("cr.sql", DESIGN_EXAMPLE.replace("\n", "\r"));
        assertThat(crlf.upgrade()).isEqualTo(lf.upgrade());
        assertThat(crlf.downgrade()).isEqualTo(lf.downgrade());
        assertThat(crlf.info().checksum()).isEqualTo(lf.info().checksum());
        assertThat(cr.info().checksum()).isEqualTo(lf.info().checksum());
        assertThat(cr.upgrade()).isEqualTo(lf.upgrade());
    }

    @Test
    void readsAFileWithAByteOrderMarkLikeItsVersionWithoutWithTheSameChecksum() {
        byte[] plain = DESIGN_EXAMPLE.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        SqlRevisionScript withBom = parser.parse("bom.sql", bom);
        SqlRevisionScript without = parser.parse("plain.sql", plain);
        assertThat(withBom.info().id()).isEqualTo("ba229313341d");
        assertThat(withBom.upgrade()).isEqualTo(without.upgrade());
        assertThat(withBom.info().checksum()).isEqualTo(without.info().checksum());
    }

    @Test
    void changesTheChecksumWhenTheFileChanges() {
        String edited = DESIGN_EXAMPLE.replace("score INTEGER", "score BIGINT");
        assertThat(parse("a.sql", edited).info().checksum()).isNotEqualTo(parse("a.sql", DESIGN_EXAMPLE).info().checksum());
    }

    @Test
    void keepsNonAsciiTextIntact() {
        SqlRevisionScript script = parse("t.sql", "-- revision: a1\n-- down_revision:\n-- message: Résumé ☕\n-- migrate:upgrade\nINSERT INTO t VALUES ('naïve; ☕');\n");
        assertThat(script.info().message()).isEqualTo("Résumé ☕");
        assertThat(script.upgrade()).extracting(SqlStatement::sql).containsExactly("INSERT INTO t VALUES ('naïve; ☕')");
    }

    @Test
    void acceptsNonTransactionalStatementsInANonTransactionalRevisionOnly() {
        String body = "-- down_revision: a0\n-- migrate:upgrade\nVACUUM ANALYZE t;\n";
        assertThat(parse("ok.sql", "-- revision: a1\n-- transactional: false\n" + body).upgrade()).hasSize(1);
        assertThatExceptionOfType(ScriptParseException.class).isThrownBy(() -> parse("bad.sql", "-- revision: a1\n" + body))
                .withMessage("bad.sql:4: VACUUM cannot run inside a transaction; add '-- transactional: false' to the "
                        + "header to run this revision without one");
    }

    @Test
    void usesTheVendorsLexicalRules() {
        SqlRevisionParser mysql = new SqlRevisionParser(StatementSplitter.forVendor("mariadb"));
        byte[] content = "-- revision: a1\n-- down_revision:\n-- migrate:upgrade\nINSERT INTO t VALUES ('it\\'s; ok');\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(mysql.parse("t.sql", content).upgrade()).hasSize(1);
    }

    @Test
    void namesTheResourceDescriptionAsTheSource() {
        ScriptResource resource = ScriptResource.of(ScriptLocation.parse("classpath:db/revisions", null), "feedback/0001_a.sql",
                DESIGN_EXAMPLE.getBytes(StandardCharsets.UTF_8));
        assertThat(parser.parse(resource).info().source()).isEqualTo("classpath:db/revisions/feedback/0001_a.sql");
    }

    private SqlRevisionScript parse(String name, String content) {
        return parser.parse(name, content.getBytes(StandardCharsets.UTF_8));
    }
}
