package dev.revgraph.script;

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

    /** A word every rule needs: a statement without any of them is transactional, without normalising it. */
    private static final Pattern ANY_RULE_WORD = Pattern.compile(
            "CONCURRENTLY|DATABASE|SYSTEM|VACUUM|TABLESPACE|SUBSCRIPTION", Pattern.CASE_INSENSITIVE);

    private NonTransactionalStatements() {
    }

    /**
     * What makes {@code sql} impossible inside a transaction (e.g. {@code "CREATE INDEX CONCURRENTLY"}),
     * or empty when it can run in one.
     */
    public static Optional<String> find(String sql) {
        if (!ANY_RULE_WORD.matcher(sql).find()) {
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
