package dev.revgraph.script;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises statements that PostgreSQL refuses to run inside a transaction block ({@code CREATE INDEX
 * CONCURRENTLY}, {@code VACUUM}, {@code CREATE DATABASE}, ...), so that a transactional revision holding
 * one is rejected when it is loaded rather than half-way through a deployment.
 *
 * <p>{@code ALTER TYPE ... ADD VALUE}, refused only before PostgreSQL 12, is not on the list.
 */
public final class NonTransactionalStatements {

    private static final List<Rule> RULES = List.of(
            new Rule("CREATE INDEX CONCURRENTLY", "^CREATE (UNIQUE )?INDEX CONCURRENTLY\\b"),
            new Rule("DROP INDEX CONCURRENTLY", "^DROP INDEX CONCURRENTLY\\b"),
            new Rule("REINDEX ... CONCURRENTLY", "^REINDEX\\b.*\\bCONCURRENTLY\\b"),
            new Rule("REINDEX DATABASE", "^REINDEX (\\([^)]*\\) )?DATABASE\\b"),
            new Rule("REINDEX SYSTEM", "^REINDEX (\\([^)]*\\) )?SYSTEM\\b"),
            new Rule("ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY",
                    "^ALTER TABLE\\b.*\\bDETACH PARTITION\\b.*\\bCONCURRENTLY\\b"),
            new Rule("VACUUM", "^VACUUM\\b"),
            new Rule("CREATE DATABASE", "^CREATE DATABASE\\b"),
            new Rule("DROP DATABASE", "^DROP DATABASE\\b"),
            new Rule("CREATE TABLESPACE", "^CREATE TABLESPACE\\b"),
            new Rule("DROP TABLESPACE", "^DROP TABLESPACE\\b"),
            new Rule("ALTER SYSTEM", "^ALTER SYSTEM\\b"),
            new Rule("CREATE SUBSCRIPTION", "^CREATE SUBSCRIPTION\\b"));

    private static final Pattern LINE_COMMENT = Pattern.compile("--[^\n]*");

    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * The words of which every rule needs one: a statement holding none of them is transactional, without
     * normalising it. Indexed by the first letter, lower case.
     */
    private static final String[][] RULE_WORDS_BY_INITIAL = ruleWordsByInitial("CONCURRENTLY", "DATABASE", "SYSTEM",
            "VACUUM", "TABLESPACE", "SUBSCRIPTION");

    private NonTransactionalStatements() {
    }

    /**
     * What makes {@code sql} impossible inside a transaction (e.g. {@code "CREATE INDEX CONCURRENTLY"}),
     * or empty when it can run in one.
     */
    public static Optional<String> find(String sql) {
        if (!containsRuleWord(sql)) {
            return Optional.empty();
        }
        String normalised = normalise(sql);
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(normalised).find()) {
                return Optional.of(rule.name());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code sql} holds one of the rule words anywhere, in any case: one pass over the characters
     * (this runs for every statement of every transactional revision each time the scripts are loaded, so
     * on every application start; a case-insensitive regular expression was most of the parsing time).
     */
    static boolean containsRuleWord(String sql) {
        int length = sql.length();
        for (int i = 0; i < length; i++) {
            char c = sql.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c < 'a' || c > 'z') {
                continue;
            }
            String[] words = RULE_WORDS_BY_INITIAL[c - 'a'];
            if (words == null) {
                continue;
            }
            for (String word : words) {
                if (sql.regionMatches(true, i, word, 0, word.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String[][] ruleWordsByInitial(String... words) {
        String[][] byInitial = new String[26][];
        for (String word : words) {
            int initial = Character.toLowerCase(word.charAt(0)) - 'a';
            String[] earlier = (byInitial[initial] != null) ? byInitial[initial] : new String[0];
            String[] now = Arrays.copyOf(earlier, earlier.length + 1);
            now[earlier.length] = word;
            byInitial[initial] = now;
        }
        return byInitial;
    }

    private static String normalise(String sql) {
        String withoutComments = BLOCK_COMMENT.matcher(LINE_COMMENT.matcher(sql).replaceAll(" ")).replaceAll(" ");
        return WHITESPACE.matcher(withoutComments).replaceAll(" ").strip().toUpperCase(Locale.ROOT);
    }

    private record Rule(String name, Pattern pattern) {

        Rule(String name, String regex) {
            this(name, Pattern.compile(regex));
        }
    }
}
