package dev.revgraph.script;

import java.util.List;
import java.util.stream.Collectors;

import dev.revgraph.ErrorCode;
import dev.revgraph.RevGraphException;

import org.jspecify.annotations.Nullable;

/**
 * Revision scripts or classes that cannot be loaded (code {@code parse_error}). Loading is all or
 * nothing, so one exception carries every problem found, each as {@code source:line: message}:
 *
 * <pre>
 * 2 problems in revision scripts:
 *   classpath:db/revisions/0003_add_score.sql:4: unknown header key 'author'; known keys: revision, ...
 *   class com.example.Backfill: revision id 'back-fill' contains '-'; ids use letters, digits and '_'
 * </pre>
 */
public class ScriptParseException extends RevGraphException {

    private final List<ScriptProblem> problems;

    public ScriptParseException(List<ScriptProblem> problems) {
        this(problems, null);
    }

    public ScriptParseException(List<ScriptProblem> problems, @Nullable Throwable cause) {
        super(ErrorCode.PARSE_ERROR, describe(problems), cause);
        this.problems = List.copyOf(problems);
    }

    public ScriptParseException(ScriptProblem problem) {
        this(List.of(problem));
    }

    /** Every problem found, in load order; never empty. */
    public List<ScriptProblem> problems() {
        return problems;
    }

    private static String describe(List<ScriptProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ScriptParseException needs at least one problem");
        }
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        return problems.size() + " problems in revision scripts:" + problems.stream()
                .map(ScriptProblem::toString)
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}
