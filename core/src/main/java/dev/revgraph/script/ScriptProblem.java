package dev.revgraph.script;

import java.util.Objects;

/**
 * One thing wrong with a revision script or class.
 *
 * @param source the file or class the problem is in, as shown to the user (e.g.
 *     {@code classpath:db/revisions/0007_add_score.sql} or {@code class com.example.Backfill})
 * @param line the 1-based line the problem is on, or {@code 0} when it has no line (a Java class)
 * @param message what is wrong and, where it is not obvious, what to do about it
 */
public record ScriptProblem(String source, int line, String message) {

    public ScriptProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 or more, was " + line);
        }
    }

    /** The problem as one line: {@code source:line: message}, or {@code source: message} without a line. */
    @Override
    public String toString() {
        return (line > 0) ? source + ":" + line + ": " + message : source + ": " + message;
    }
}
