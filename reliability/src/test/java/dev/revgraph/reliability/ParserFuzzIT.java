package dev.revgraph.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import dev.revgraph.script.ScriptParseException;
import dev.revgraph.script.SqlRevisionParser;
import dev.revgraph.script.StatementSplitter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 5, the fuzz: 10,000 scripts mutated from valid revisions and from the malformed corpus by a
 * seeded generator (JUnit, no property-testing library): bytes flipped, inserted, deleted, duplicated and
 * truncated, and the tokens the splitter cares about ({@code '}, {@code "}, backticks, {@code $$},
 * {@code $tag$}, comment openers and closers, {@code DELIMITER}, section markers, header keys, NUL, BOMs,
 * CR) spliced in at random places. Each is parsed with the standard and the MySQL splitter. The only
 * outcomes allowed are a parsed revision or a {@link ScriptParseException} naming the file and a line
 * within it; anything else (another exception, a StackOverflowError, a hang past 10 s) fails the test
 * with the seed, the index and the script saved under {@code target/reliability-work/fuzz}.
 */
class ParserFuzzIT {

    private static final long SEED = Long.getLong("revgraph.reliability.seed", 20261121L);

    private static final int SCRIPTS = 10_000;

    private static final List<String> TOKENS = List.of("'", "\"", "`", "$$", "$body$", "$a$", "$", "/*", "*/", "--",
            ";", "\n", "\r", "\r\n", "\0", "\\", "E'", "DELIMITER //\n", "DELIMITER ;\n", "//", "\n-- migrate:upgrade\n",
            "\n-- migrate:downgrade\n", "-- revision: x1\n", "-- down_revision: x1\n", "-- transactional: false\n",
            "-- irreversible: because\n", "CREATE INDEX CONCURRENTLY ix ON t (a);", "\uFEFF", "\u00e9", "\u2028",
            "-- branch_labels: a, a\n", "/* /* */", "#", "$$;$$");

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void tenThousandMutatedScriptsParseOrFailWithAParseError() throws Exception {
        List<byte[]> seeds = seeds();
        Random random = new Random(SEED);
        List<SqlRevisionParser> parsers = List.of(new SqlRevisionParser(StatementSplitter.standard()),
                new SqlRevisionParser(StatementSplitter.forVendor("mariadb")));
        ExecutorService executor = Executors.newSingleThreadExecutor((runnable) -> {
            Thread thread = new Thread(null, runnable, "fuzz", 512 * 1024);
            thread.setDaemon(true);
            return thread;
        });
        int parsed = 0;
        int rejected = 0;
        try {
            for (int i = 0; i < SCRIPTS; i++) {
                int index = i;
                byte[] script = mutate(seeds.get(random.nextInt(seeds.size())), random);
                String source = "fuzz/" + i + ".sql";
                for (SqlRevisionParser parser : parsers) {
                    Future<Object> outcome = executor.submit(() -> {
                        try {
                            parser.parse(source, script);
                            return null;
                        }
                        catch (ScriptParseException ex) {
                            return ex;
                        }
                    });
                    Object result;
                    try {
                        result = outcome.get(10, TimeUnit.SECONDS);
                    }
                    catch (TimeoutException ex) {
                        throw new AssertionError("Script " + i + " (seed " + SEED + ") did not parse within 10 s: "
                                + save(i, script));
                    }
                    catch (java.util.concurrent.ExecutionException ex) {
                        throw new AssertionError("Script " + i + " (seed " + SEED + ") threw " + ex.getCause() + ": "
                                + save(i, script), ex.getCause());
                    }
                    if (result == null) {
                        parsed++;
                    }
                    else {
                        ScriptParseException ex = (ScriptParseException) result;
                        rejected++;
                        long lines = new String(script, StandardCharsets.ISO_8859_1).split("\r\n|\r|\n", -1).length;
                        assertThat(ex.code()).isEqualTo("parse_error");
                        assertThat(ex.problems()).as("script %d: %s", i, ex.getMessage()).isNotEmpty()
                            .allSatisfy((problem) -> {
                                assertThat(problem.source()).isEqualTo(source);
                                assertThat(problem.line()).as("script %d: %s (%s)", index, problem, save(index, script))
                                    .isBetween(1, (int) lines);
                            });
                        assertThat(ex.getMessage()).contains(source + ":");
                    }
                }
            }
        }
        finally {
            executor.shutdownNow();
        }
        Reports.record("parser-fuzz", SCRIPTS + " mutated scripts x 2 splitters (seed " + SEED + "): " + parsed
                + " parsed, " + rejected + " rejected with a parse error, no other outcome");
        assertThat(parsed + rejected).isEqualTo(2 * SCRIPTS);
    }

    private static byte[] mutate(byte[] seed, Random random) {
        List<Byte> bytes = new ArrayList<>(seed.length + 64);
        for (byte b : seed) {
            bytes.add(b);
        }
        int mutations = 1 + random.nextInt(6);
        for (int m = 0; m < mutations; m++) {
            int at = bytes.isEmpty() ? 0 : random.nextInt(bytes.size() + 1);
            switch (random.nextInt(7)) {
                case 0 -> {
                    if (at < bytes.size()) {
                        bytes.set(at, (byte) random.nextInt(256));
                    }
                }
                case 1 -> bytes.add(at, (byte) random.nextInt(256));
                case 2 -> {
                    int length = Math.min(bytes.size() - at, random.nextInt(40));
                    for (int i = 0; i < length; i++) {
                        bytes.remove(at);
                    }
                }
                case 3 -> {
                    int length = Math.min(bytes.size() - at, random.nextInt(80));
                    List<Byte> copy = new ArrayList<>(bytes.subList(at, at + length));
                    bytes.addAll(random.nextInt(bytes.size() + 1), copy);
                }
                case 4 -> {
                    if (!bytes.isEmpty()) {
                        bytes.subList(random.nextInt(bytes.size()), bytes.size()).clear();
                    }
                }
                default -> {
                    byte[] token = TOKENS.get(random.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8);
                    for (int i = token.length - 1; i >= 0; i--) {
                        bytes.add(at, token[i]);
                    }
                }
            }
        }
        byte[] result = new byte[bytes.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = bytes.get(i);
        }
        return result;
    }

    private static List<byte[]> seeds() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        for (String tree : List.of("db/tree30/0001_c30_01.sql", "db/tree30/0025_c30_m25.sql", "db/tree50/0002_k50_02.sql")) {
            try (InputStream in = ParserFuzzIT.class.getClassLoader().getResourceAsStream(tree)) {
                seeds.add(in.readAllBytes());
            }
        }
        seeds.add(("-- revision: fz_dollar\n-- down_revision:\n-- branch_labels: fz\n-- depends_on:\n-- message: m\n\n"
                + "-- migrate:upgrade\nCREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END $body$ LANGUAGE plpgsql;\n"
                + "INSERT INTO t VALUES ('it''s', E'a\\'b', \"q\"\"x\", $$;$$); /* c /* nested */ ; */\n"
                + "-- migrate:downgrade\nDROP FUNCTION f();\n").getBytes(StandardCharsets.UTF_8));
        seeds.add(("-- revision: fz_delim\n-- down_revision: fz_dollar\n-- transactional: false\n\n-- migrate:upgrade\n"
                + "DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END //\nDELIMITER ;\nSELECT `a;b` FROM t # c;\n"
                + "CREATE INDEX CONCURRENTLY ix ON t (a);\n").getBytes(StandardCharsets.UTF_8));
        Path corpus = Path.of(System.getProperty("revgraph.reliability.malformed-corpus", "../core/src/test/resources/malformed"));
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.sorted().toList()) {
                seeds.add(Files.readAllBytes(file));
            }
        }
        return seeds;
    }

    private static String save(int index, byte[] script) {
        try {
            Path directory = Files.createDirectories(Path.of(System.getProperty("revgraph.reliability.work",
                    "target/reliability-work"), "fuzz"));
            return Files.write(directory.resolve("script-" + index + ".sql"), script).toString();
        }
        catch (IOException ex) {
            return "(could not save: " + ex + ")";
        }
    }

}
