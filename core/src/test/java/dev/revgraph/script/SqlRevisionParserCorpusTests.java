package dev.revgraph.script;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The corpus of malformed revision files under {@code src/test/resources/malformed}: each one is
 * rejected with code {@code parse_error}, a message naming the file and the exact line, and a message
 * that says what is wrong.
 */
class SqlRevisionParserCorpusTests {

    private static final ScriptLocation CORPUS = ScriptLocation.parse("classpath:malformed", null);

    private final SqlRevisionParser parser = new SqlRevisionParser();

    static Stream<Arguments> corpus() {
        return Stream.of(
                arguments("unknown_header_key.sql", 3, "unknown header key 'author'; known keys: revision, down_revision"),
                arguments("header_key_with_typo.sql", 3, "did you mean 'branch_labels'?"),
                arguments("header_key_in_capitals.sql", 1, "unknown header key 'Revision'; did you mean 'revision'?"),
                arguments("missing_revision.sql", 1, "missing '-- revision: <id>'"),
                arguments("missing_down_revision.sql", 1, "missing '-- down_revision:'"),
                arguments("no_header.sql", 1, "missing '-- revision: <id>'"),
                arguments("header_after_sql.sql", 1, "missing '-- revision: <id>'"),
                arguments("no_sections.sql", 1, "no section"),
                arguments("sql_outside_section.sql", 5, "SQL outside a section"),
                arguments("unknown_section_marker.sql", 5, "unknown section marker '-- migrate:up'"),
                arguments("section_marker_in_capitals.sql", 5, "unknown section marker '-- migrate:UPGRADE'"),
                arguments("section_twice.sql", 11, "section '-- migrate:upgrade' appears twice (first on line 5)"),
                arguments("downgrade_section_twice.sql", 10, "section '-- migrate:downgrade' appears twice (first on line 8)"),
                arguments("unterminated_single_quote.sql", 7, "unterminated string literal (')"),
                arguments("unterminated_single_quote_in_downgrade.sql", 9, "unterminated string literal (')"),
                arguments("unterminated_double_quote.sql", 6, "unterminated quoted identifier (\")"),
                arguments("unterminated_backtick.sql", 6, "unterminated backtick-quoted identifier (`)"),
                arguments("unterminated_block_comment.sql", 7, "unterminated block comment"),
                arguments("unterminated_nested_block_comment.sql", 9, "unterminated block comment"),
                arguments("unterminated_dollar_quote.sql", 6, "unterminated dollar-quoted string: the $$ opened on this line"),
                arguments("unterminated_dollar_quote_at_eof.sql", 7, "unterminated dollar-quoted string: the $$ opened"),
                arguments("mismatched_dollar_quote_tags.sql", 6, "the $body$ opened on this line is never closed"),
                arguments("unterminated_escape_string.sql", 6, "unterminated string literal (')"),
                arguments("invalid_utf8.sql", 3, "invalid UTF-8 (byte 0xE9"),
                arguments("invalid_utf8_in_statement.sql", 9, "invalid UTF-8 (byte 0xFF"),
                arguments("invalid_utf8_overlong.sql", 6, "invalid UTF-8 (byte 0xC0"),
                arguments("truncated_utf8_at_eof.sql", 8, "invalid UTF-8 (byte 0xE2"),
                arguments("nul_byte.sql", 9, "contains a NUL byte"),
                arguments("utf16_with_bom.sql", 1, "UTF-16 encoded; save it as UTF-8"),
                arguments("empty.sql", 1, "empty file"),
                arguments("whitespace_only.sql", 1, "empty file"),
                arguments("bom_only.sql", 1, "empty file"),
                arguments("id_with_dash.sql", 1, "revision id 'a1b2-c3d4' contains '-'"),
                arguments("id_with_at.sql", 2, "revision id 'feedback@a1b2' contains '@'"),
                arguments("id_with_plus.sql", 1, "contains '+'"),
                arguments("id_with_colon.sql", 1, "contains ':'"),
                arguments("id_with_space.sql", 1, "contains whitespace"),
                arguments("id_too_long.sql", 3, "is 33 characters long; at most 32"),
                arguments("id_reserved_word.sql", 1, "revision id 'head' is reserved"),
                arguments("empty_revision.sql", 1, "revision id is empty"),
                arguments("revision_with_two_ids.sql", 1, "'revision' holds exactly one id"),
                arguments("down_revision_with_forbidden_char.sql", 2, "revision id '0f9e8d7c6b5a-1' contains '-'"),
                arguments("trailing_comma_in_down_revision.sql", 2, "'down_revision' has an empty item"),
                arguments("duplicate_down_revision.sql", 2, "'down_revision' lists '0f9e8d7c6b5a' twice"),
                arguments("empty_label.sql", 3, "'branch_labels' has an empty item"),
                arguments("label_with_at.sql", 3, "branch label 'feed@back' contains '@'"),
                arguments("depends_on_with_forbidden_char.sql", 3, "revision or label 'audit@head' contains '@'"),
                arguments("bad_transactional_value.sql", 3, "'transactional' must be true or false, not 'yes'"),
                arguments("bad_created_timestamp.sql", 4, "'created' value '2024-13-45T09:43:44Z' is not an ISO-8601 timestamp"),
                arguments("created_without_zone.sql", 3, "is not an ISO-8601 timestamp with a zone"),
                arguments("irreversible_without_reason.sql", 3, "'irreversible' needs a reason"),
                arguments("irreversible_with_downgrade_statements.sql", 3, "declared irreversible but its downgrade section has statements"),
                arguments("duplicate_header_key.sql", 4, "header key 'message' appears twice (first on line 3)"),
                arguments("concurrently_in_transactional.sql", 7, "CREATE INDEX CONCURRENTLY cannot run inside a transaction; add '-- transactional: false'"),
                arguments("unique_index_concurrently_in_transactional.sql", 7, "CREATE INDEX CONCURRENTLY cannot run inside a transaction"),
                arguments("drop_index_concurrently_in_downgrade.sql", 9, "DROP INDEX CONCURRENTLY cannot run inside a transaction"),
                arguments("vacuum_in_transactional.sql", 7, "VACUUM cannot run inside a transaction"),
                arguments("create_database_in_transactional.sql", 5, "CREATE DATABASE cannot run inside a transaction"),
                arguments("reindex_concurrently_in_transactional.sql", 7, "REINDEX ... CONCURRENTLY cannot run inside a transaction"),
                arguments("delimiter_without_value.sql", 6, "DELIMITER needs a delimiter"),
                arguments("crlf_unknown_header_key.sql", 4, "unknown header key 'reviewer'"),
                arguments("unterminated_quote_in_crlf_file.sql", 7, "unterminated string literal (')"),
                arguments("unterminated_quote_in_cr_file.sql", 8, "unterminated string literal (')"));
    }

    @ParameterizedTest(name = "{0} fails on line {1}")
    @MethodSource("corpus")
    void rejectsTheMalformedScriptNamingFileAndLine(String fileName, int line, String fragment) throws IOException {
        ScriptResource resource = ScriptResource.of(CORPUS, fileName, read(fileName));
        assertThatExceptionOfType(ScriptParseException.class).isThrownBy(() -> parser.parse(resource))
                .satisfies((ex) -> {
                    assertThat(ex.code()).isEqualTo("parse_error");
                    assertThat(ex.getMessage()).startsWith("classpath:malformed/" + fileName + ":" + line + ": ")
                            .contains(fragment);
                    assertThat(ex.problems()).singleElement().satisfies((problem) -> {
                        assertThat(problem.source()).isEqualTo("classpath:malformed/" + fileName);
                        assertThat(problem.line()).isEqualTo(line);
                    });
                });
    }

    @Test
    void coversEveryFileOfTheCorpusAndHasAtLeastFortyOfThem() {
        List<String> files = new StandardScriptResourceFinder(getClass().getClassLoader()).find(CORPUS).stream()
                .map(ScriptResource::relativePath).sorted().toList();
        List<String> table = corpus().map((arguments) -> (String) arguments.get()[0]).sorted().toList();
        assertThat(files).hasSizeGreaterThanOrEqualTo(40).containsExactlyElementsOf(table);
    }

    @Test
    void reportsEveryMalformedFileOfALocationInOneException() {
        RevisionLoader loader = RevisionLoader.forClassLoader(getClass().getClassLoader());
        assertThatExceptionOfType(ScriptParseException.class)
                .isThrownBy(() -> loader.load(List.of("classpath:malformed"), null, List.of()))
                .satisfies((ex) -> {
                    assertThat(ex.problems()).hasSize((int) corpus().count());
                    assertThat(ex.problems()).extracting(ScriptProblem::source).doesNotHaveDuplicates();
                    assertThat(ex.getMessage()).startsWith(corpus().count() + " problems in revision scripts:")
                            .contains("\n  classpath:malformed/unknown_header_key.sql:3: unknown header key 'author'");
                });
    }

    private byte[] read(String fileName) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("malformed/" + fileName)) {
            return Objects.requireNonNull(in, fileName).readAllBytes();
        }
    }
}
