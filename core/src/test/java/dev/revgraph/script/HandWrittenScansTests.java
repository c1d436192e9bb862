package dev.revgraph.script;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser's hand-written scans, which replaced regular expressions on the path every script takes on
 * every start, agree with those expressions on generated text: the expressions are the specification.
 */
class HandWrittenScansTests {

    /** A header comment of the form {@code key: value}, with a key of up to three words. */
    private static final Pattern KEY_LINE = Pattern.compile(
            "([A-Za-z_][A-Za-z0-9_]*(?:[ -][A-Za-z0-9_]+){0,2})\\s*:(.*)");

    private static final Pattern RULE_WORD = Pattern.compile(
            "CONCURRENTLY|DATABASE|SYSTEM|VACUUM|TABLESPACE|SUBSCRIPTION", Pattern.CASE_INSENSITIVE);

    private static final String[] KEY_PIECES = { "revision", "down", "_", "revision", "branch", "labels", "a1", "9",
        " ", "  ", "-", ":", ": ", "\t", "\u000B", "\f", "x", "Z", "é", "\u2028", "\u0085", "\r", " value", "::", "." };

    private static final String[] SQL_PIECES = { "CREATE", " ", "INDEX", "concurrently", "Concurrent", "ly", "data",
        "base", "DataBase", "sys", "tem", "SYSTEM", "vacuum", "VAC", "UUM", "tablespace", "sub", "scription",
        "SUBSCRIPTION", "t", "s", "c", "d", "v", "(", ")", ";", "'", "\n", "é", "K", "ſ", "1", "_", "x" };

    @Test
    void keyColonFindsWhatTheExpressionMatches() {
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            String comment = generate(random, KEY_PIECES, 6);
            Matcher matcher = KEY_LINE.matcher(comment);
            int colon = SqlRevisionHeader.keyColon(comment);
            if (matcher.matches()) {
                assertThat(colon).as("'%s'", comment).isGreaterThanOrEqualTo(0);
                assertThat(comment.substring(0, colon).stripTrailing()).as("'%s'", comment).isEqualTo(matcher.group(1));
                assertThat(comment.substring(colon + 1)).as("'%s'", comment).isEqualTo(matcher.group(2));
            }
            else {
                assertThat(colon).as("'%s'", comment).isEqualTo(-1);
            }
        }
    }

    @Test
    void keyColonOnTheHeaderLinesOfTheDesign() {
        assertThat(SqlRevisionHeader.keyColon("revision: ba229313341d")).isEqualTo(8);
        assertThat(SqlRevisionHeader.keyColon("branch labels : x")).isEqualTo(14);
        assertThat(SqlRevisionHeader.keyColon("down-revision:")).isEqualTo(13);
        assertThat(SqlRevisionHeader.keyColon("a note about the ids: none")).isEqualTo(-1);
        assertThat(SqlRevisionHeader.keyColon("9lives: x")).isEqualTo(-1);
        assertThat(SqlRevisionHeader.keyColon("")).isEqualTo(-1);
    }

    @Test
    void ruleWordScanFindsWhatTheExpressionFinds() {
        Random random = new Random(7);
        int found = 0;
        for (int i = 0; i < 200_000; i++) {
            String sql = generate(random, SQL_PIECES, 8);
            boolean expected = RULE_WORD.matcher(sql).find();
            boolean scanned = NonTransactionalStatements.containsRuleWord(sql);
            if (expected) {
                found++;
                assertThat(scanned).as("'%s'", sql).isTrue();
            }
            else if (scanned) {
                // the scan compares case as String.regionMatches does, which also folds a few non-ASCII
                // letters ('ſ' is 's', 'K' is 'k'); only then may it find more than the expression
                assertThat(sql).as("'%s'", sql).containsAnyOf("ſ", "K");
            }
        }
        assertThat(found).isGreaterThan(1_000);
    }

    private static String generate(Random random, String[] pieces, int most) {
        StringBuilder text = new StringBuilder();
        int count = random.nextInt(most + 1);
        for (int i = 0; i < count; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
