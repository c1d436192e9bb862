package dev.revgraph.script;

import java.util.Objects;

/**
 * One statement of an SQL revision, as the {@link StatementSplitter} cut it out: the text without its
 * delimiter and without leading comments, and the line of the file where it starts.
 *
 * @param sql the statement text, never blank
 * @param line the 1-based line of the file on which the statement's first significant character stands
 */
public record SqlStatement(String sql, int line) {

    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, was " + line);
        }
    }
}
