package dev.revgraph.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bad input of scenario 5: the 63 files of core's malformed corpus (referenced where they are,
 * {@code core/src/test/resources/malformed}) and the hostile cases below, each a set of files that make
 * one revision location. {@code line} is the line the error must name, or 0 when any line will do (the
 * corpus's exact lines are core's own tests' business) or when the problem is between files (the message
 * must then name every file involved).
 */
final class HostileScripts {

    private static final String HEADER = "-- revision: h_%s\n-- down_revision:\n-- message: hostile\n\n-- migrate:upgrade\n";

    private HostileScripts() {
    }

    /** A case: files by name, the line the error names (0: any), what the message contains, the Java packages. */
    record Case(String name, Map<String, byte[]> files, int line, String fragment, String javaPackage) {

        @Override
        public String toString() {
            return this.name;
        }

    }

    static List<Case> all() {
        List<Case> cases = new ArrayList<>(corpus());
        cases.addAll(hostile());
        return cases;
    }

    static List<Case> corpus() {
        Path corpus = Path.of(System.getProperty("revgraph.reliability.malformed-corpus",
                "../core/src/test/resources/malformed"));
        try (Stream<Path> files = Files.list(corpus)) {
            return files.sorted().map((file) -> new Case("corpus/" + file.getFileName(),
                    Map.of(file.getFileName().toString(), read(file)), 0, "", "")).toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static List<Case> hostile() {
        List<Case> cases = new ArrayList<>();
        String valid = String.format(HEADER, "ok") + "CREATE TABLE h_ok (id INTEGER);\n";
        // NUL bytes
        cases.add(one("nul_first_byte", bytes("\0" + valid), 1, "NUL byte"));
        cases.add(one("nul_last_byte", bytes(valid + "\0"), 7, "NUL byte"));
        cases.add(one("nul_in_header_value", bytes("-- revision: h_n\0ul\n-- down_revision:\n\n-- migrate:upgrade\nSELECT 1;\n"), 1, "NUL byte"));
        cases.add(one("nul_in_string_literal", bytes(String.format(HEADER, "nul") + "INSERT INTO t VALUES ('a\0b');\n"), 6, "NUL byte"));
        // ten megabytes
        cases.add(one("ten_megabyte_unterminated_string", bytes(String.format(HEADER, "big")
                + "INSERT INTO t VALUES ('" + "x".repeat(10 * 1024 * 1024) + ");\n"), 6, "unterminated string literal"));
        cases.add(one("ten_megabyte_statement_then_unterminated_comment", bytes(String.format(HEADER, "big2")
                + "INSERT INTO t VALUES ('" + "y".repeat(10 * 1024 * 1024) + "');\n/* never closed\n"), 7,
                "unterminated block comment"));
        cases.add(one("ten_megabytes_of_lines_then_unterminated_quote", bytes(String.format(HEADER, "big3")
                + "SELECT 1;\n".repeat(1_000_000) + "SELECT 'open\n"), 1_000_006, "unterminated string literal"));
        // dollar quotes at the end of the file
        cases.add(one("dollar_quote_opened_as_last_bytes", bytes(String.format(HEADER, "d1") + "SELECT $$"), 6, "unterminated dollar-quoted"));
        cases.add(one("tagged_dollar_quote_opened_as_last_bytes", bytes(String.format(HEADER, "d2") + "SELECT $fn$"), 6, "unterminated dollar-quoted"));
        cases.add(one("dollar_quote_closed_by_other_tag_at_eof", bytes(String.format(HEADER, "d3") + "SELECT $a$ x $b$"), 6, "unterminated dollar-quoted"));
        cases.add(one("dollar_quote_in_downgrade_at_eof", bytes(String.format(HEADER, "d4") + "SELECT 1;\n-- migrate:downgrade\nDO $$ BEGIN"), 8, "unterminated dollar-quoted"));
        // quotes and comments left open at the end
        cases.add(one("single_quote_as_last_byte", bytes(String.format(HEADER, "q1") + "SELECT '"), 6, "unterminated string literal"));
        cases.add(one("double_quote_as_last_byte", bytes(String.format(HEADER, "q2") + "SELECT \""), 6, "unterminated quoted identifier"));
        cases.add(one("backtick_as_last_byte", bytes(String.format(HEADER, "q3") + "SELECT `"), 6, "unterminated backtick"));
        cases.add(one("escape_string_ending_in_backslash", bytes(String.format(HEADER, "q4") + "SELECT E'abc\\"), 6, "unterminated string literal"));
        cases.add(one("block_comment_opener_as_last_bytes", bytes(String.format(HEADER, "q5") + "SELECT 1; /*"), 6, "unterminated block comment"));
        cases.add(one("ten_thousand_nested_comments", bytes(String.format(HEADER, "q6") + "/*".repeat(10_000)), 6, "unterminated block comment"));
        cases.add(one("hundred_thousand_nested_comments_one_closed", bytes(String.format(HEADER, "q7") + "/*".repeat(100_000) + "*/"), 6, "unterminated block comment"));
        // encodings
        cases.add(one("utf8_encoded_surrogate", concat(bytes(String.format(HEADER, "e1") + "SELECT '"), new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, bytes("';\n")), 6, "invalid UTF-8"));
        cases.add(one("utf32_bom", concat(new byte[] { 0, 0, (byte) 0xFE, (byte) 0xFF }, bytes(valid)), 1, ""));
        cases.add(one("lone_continuation_byte_in_header", concat(bytes("-- revision: h_e3"), new byte[] { (byte) 0x80 }, bytes("\n-- down_revision:\n\n-- migrate:upgrade\nSELECT 1;\n")), 1, "invalid UTF-8"));
        cases.add(one("bom_in_the_middle", bytes(String.format(HEADER, "e4").replace("-- message", "\uFEFF-- message") + "SELECT 1;\n"), 3, ""));
        cases.add(one("cyrillic_lookalike_header_key", bytes("-- r\u0435vision: h_e5\n-- down_revision:\n\n-- migrate:upgrade\nSELECT 1;\n"), 1, ""));
        // headers
        cases.add(one("id_with_quote_and_semicolon", bytes("-- revision: h_x';DROP_TABLE\n-- down_revision:\n\n-- migrate:upgrade\nSELECT 1;\n"), 1, "revision id"));
        cases.add(one("id_of_a_megabyte", bytes("-- revision: h_" + "a".repeat(1024 * 1024) + "\n-- down_revision:\n\n-- migrate:upgrade\nSELECT 1;\n"), 1, "characters long"));
        cases.add(one("header_key_without_value_and_huge_prose", bytes("-- revision:\n-- " + "z".repeat(100_000) + "\n-- down_revision:\n\n-- migrate:upgrade\nSELECT 1;\n"), 1, ""));
        cases.add(one("down_revision_with_sql", bytes("-- revision: h_h4\n-- down_revision: a; DROP TABLE x\n\n-- migrate:upgrade\nSELECT 1;\n"), 2, ""));
        cases.add(one("transactional_concurrently_after_delimiter", bytes(String.format(HEADER, "h5") + "DELIMITER //\nCREATE INDEX CONCURRENTLY ix ON t (a) //\n"), 7, "CONCURRENTLY"));
        cases.add(one("vacuum_hidden_after_comment", bytes(String.format(HEADER, "h6") + "/* maintenance */ VACUUM t;\n"), 6, "VACUUM"));
        cases.add(one("sections_only", bytes("-- revision: h_h7\n-- down_revision:\n-- migrate:upgrade\n-- migrate:upgrade\n"), 4, "appears twice"));
        cases.add(one("cr_only_line_endings_unterminated", bytes((String.format(HEADER, "h8") + "SELECT 1;\nSELECT 'x;\n").replace('\n', '\r')), 7, "unterminated string literal"));
        cases.add(one("million_semicolons_then_unterminated_quote", bytes(String.format(HEADER, "h9") + ";".repeat(1_000_000) + "\nSELECT 'x"), 7, "unterminated string literal"));
        cases.add(one("binary_garbage_after_header", concat(bytes(String.format(HEADER, "h10")), garbage()), 0, ""));
        // between files
        cases.add(many("id_collision_across_folders", 0, "h_same", Map.of(
                "a/0001_one.sql", bytes(String.format(HEADER, "same") + "SELECT 1;\n"),
                "b/0001_two.sql", bytes(String.format(HEADER, "same") + "SELECT 2;\n")), "a/0001_one.sql", "b/0001_two.sql"));
        cases.add(many("id_collision_differing_by_crlf", 0, "h_same2", Map.of(
                "0001_lf.sql", bytes(String.format(HEADER, "same2") + "SELECT 1;\n"),
                "0002_crlf.sql", bytes((String.format(HEADER, "same2") + "SELECT 1;\n").replace("\n", "\r\n"))), "0001_lf.sql", "0002_crlf.sql"));
        cases.add(many("cycle_across_three_files", 0, "cycle", Map.of(
                "0001_a.sql", bytes(rev("h_ca", "h_cc")), "0002_b.sql", bytes(rev("h_cb", "h_ca")),
                "0003_c.sql", bytes(rev("h_cc", "h_cb")), "0000_base.sql", bytes(rev("h_base", ""))),
                "0001_a.sql", "0002_b.sql", "0003_c.sql"));
        cases.add(many("cycle_through_depends_on", 0, "cycle", Map.of(
                "0001_a.sql", bytes(rev("h_da", "").replace("-- message", "-- depends_on: h_db\n-- message")),
                "0002_b.sql", bytes(rev("h_db", "h_da"))), "0001_a.sql", "0002_b.sql"));
        cases.add(many("self_loop", 0, "h_self", Map.of("0001_self.sql", bytes(rev("h_self", "h_self"))), "0001_self.sql"));
        cases.add(many("missing_parent", 0, "h_gone", Map.of("0001_orphan.sql", bytes(rev("h_orphan", "h_gone"))), "0001_orphan.sql"));
        cases.add(many("missing_dependency", 0, "h_nowhere", Map.of("0001_dep.sql",
                bytes(rev("h_dep", "").replace("-- message", "-- depends_on: h_nowhere\n-- message"))), "0001_dep.sql"));
        cases.add(many("label_used_twice_across_files", 0, "feedback", Map.of(
                "0001_a.sql", bytes(rev("h_la", "").replace("-- message", "-- branch_labels: feedback\n-- message")),
                "0002_b.sql", bytes(rev("h_lb", "h_la").replace("-- message", "-- branch_labels: feedback\n-- message"))),
                "0001_a.sql", "0002_b.sql"));
        cases.add(many("label_equal_to_another_id", 0, "h_lx", Map.of(
                "0001_a.sql", bytes(rev("h_lx", "")),
                "0002_b.sql", bytes(rev("h_ly", "h_lx").replace("-- message", "-- branch_labels: h_lx\n-- message"))),
                "0002_b.sql"));
        cases.add(many("one_bad_file_among_good_ones", 3, "unterminated", Map.of(
                "0001_a.sql", bytes(rev("h_ga", "")), "0002_b.sql", bytes(rev("h_gb", "h_ga")),
                "0003_bad.sql", bytes("-- revision: h_gc\n-- down_revision: h_gb\n/* open\n-- migrate:upgrade\nSELECT 1;\n")),
                "0003_bad.sql"));
        cases.add(new Case("java_revision_throwing_in_its_constructor", Map.of("0001_base.sql", bytes(rev("h_jbase", ""))),
                0, "ThrowingConstructorRevision", "dev.revgraph.reliability.hostile"));
        return cases;
    }

    private static String rev(String id, String down) {
        return "-- revision: " + id + "\n-- down_revision: " + down + "\n-- message: m\n\n-- migrate:upgrade\nCREATE TABLE t_"
                + id + " (id INTEGER);\n";
    }

    private static Case one(String name, byte[] content, int line, String fragment) {
        return new Case(name, Map.of(name + ".sql", content), line, fragment, "");
    }

    private static Case many(String name, int line, String fragment, Map<String, byte[]> files, String... named) {
        Map<String, byte[]> ordered = new LinkedHashMap<>(files);
        return new Case(name, ordered, line, fragment + "\u0000" + String.join("\u0000", named), "");
    }

    private static byte[] garbage() {
        java.util.Random random = new java.util.Random(8);
        byte[] bytes = new byte[4096];
        random.nextBytes(bytes);
        return bytes;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt((part) -> part.length).sum();
        byte[] result = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, result, at, part.length);
            at += part.length;
        }
        return result;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
