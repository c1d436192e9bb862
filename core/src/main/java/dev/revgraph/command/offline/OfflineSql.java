package dev.revgraph.command.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.revgraph.dialect.Dialect;
import dev.revgraph.revision.Plan;

import org.jspecify.annotations.Nullable;

/**
 * A plan written as SQL: comments naming each step, transaction boundaries where the database has
 * transactional DDL, and the statements themselves — each revision's, then the version and applied rows'.
 *
 * @param dialect the dialect it was written for
 * @param plan the plan it writes
 * @param entries every entry in order
 */
public record OfflineSql(Dialect dialect, Plan plan, List<Entry> entries) {

    public OfflineSql {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(plan, "plan");
        entries = List.copyOf(entries);
    }

    /** What an entry is. */
    public enum Kind {

        /** A comment line: {@code -- Running upgrade a -> b, message}. */
        COMMENT,

        /** A transaction starts. */
        BEGIN,

        /** A transaction commits. */
        COMMIT,

        /** A revision's statement. */
        STATEMENT,

        /** A statement that keeps the version, applied or history tables. */
        BOOKKEEPING
    }

    /**
     * One entry of the script.
     *
     * @param kind what it is
     * @param text its text, without terminator ({@code --} included for a comment)
     * @param revision the revision of the step it belongs to, or {@code null}
     */
    public record Entry(Kind kind, String text, @Nullable String revision) {

        public Entry {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Every statement an online run would execute, in order: revisions' and bookkeeping, no transaction control. */
    public List<String> statements() {
        return this.entries.stream()
            .filter((entry) -> entry.kind() == Kind.STATEMENT || entry.kind() == Kind.BOOKKEEPING)
            .map(Entry::text)
            .toList();
    }

    /** The revisions' own statements only, in order. */
    public List<String> revisionStatements() {
        return this.entries.stream().filter((entry) -> entry.kind() == Kind.STATEMENT).map(Entry::text).toList();
    }

    /**
     * The script as text: one entry per paragraph, statements terminated the way the database's own client
     * expects ({@code ;}, and {@code GO} or {@code /} where that client needs a batch separator).
     */
    public String script() {
        OfflineScriptStyle style = OfflineScriptStyle.of(this.dialect);
        List<String> paragraphs = new ArrayList<>();
        for (Entry entry : this.entries) {
            String text = switch (entry.kind()) {
                case COMMENT -> entry.text();
                case BEGIN -> style.begin() + terminate(style.begin(), style.terminator());
                case COMMIT -> style.commit() + terminate(style.commit(), style.terminator());
                case STATEMENT, BOOKKEEPING -> entry.text() + terminate(entry.text(), style.terminator());
            };
            if (!style.batchSeparator().isEmpty() && entry.kind() != Kind.COMMENT) {
                text += "\n" + style.batchSeparator();
            }
            paragraphs.add(text);
        }
        return String.join("\n\n", paragraphs) + (paragraphs.isEmpty() ? "" : "\n");
    }

    private static String terminate(String statement, String terminator) {
        return (terminator.isEmpty() || statement.stripTrailing().endsWith(terminator)) ? "" : terminator;
    }
}
