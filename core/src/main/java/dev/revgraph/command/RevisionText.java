package dev.revgraph.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.revgraph.revision.Revision;

/**
 * Revisions written the way Alembic writes them, so that its users read our output without thinking:
 * {@code <base> -> 1975ea83b712 (branchpoint), create account} in {@code history},
 * {@code ae1027a6acf (head)} in {@code current}, and the {@code Rev: ... / Parent: ... / Path: ...} block
 * of {@code --verbose} and {@code show}.
 */
public final class RevisionText {

    private RevisionText() {
    }

    /** What to put around the id in one-line form. */
    public record Style(boolean parents, boolean labels, boolean headIndicators, boolean treeIndicators,
            boolean message) {

        /** {@code history}: {@code a -> b (label) (head) (branchpoint), message}. */
        public static final Style HISTORY = new Style(true, true, true, true, true);

        /** {@code current}: {@code b (head) (mergepoint)}. */
        public static final Style CURRENT = new Style(false, false, true, true, false);

        /** {@code heads}: {@code b (label) (head)}. */
        public static final Style HEADS = new Style(false, true, true, false, false);

        /** A branch point in {@code branches}: {@code b (label) (branchpoint)}. */
        public static final Style BRANCH_POINT = new Style(false, true, true, true, false);

        /** This style with or without the message. */
        public Style withMessage(boolean withMessage) {
            return new Style(this.parents, this.labels, this.headIndicators, this.treeIndicators, withMessage);
        }
    }

    /** One line for {@code revision}; {@code current} marks it {@code (current)}. */
    public static String line(Revision revision, Style style, boolean current) {
        StringBuilder text = new StringBuilder();
        if (style.parents()) {
            text.append(parents(revision));
            if (!revision.info().dependsOn().isEmpty()) {
                text.append(" (").append(String.join(", ", revision.info().dependsOn())).append(')');
            }
            text.append(" -> ");
        }
        text.append(revision.id());
        if (style.labels() && !revision.branchLabels().isEmpty()) {
            text.append(" (").append(String.join(", ", sorted(revision.branchLabels()))).append(')');
        }
        if (style.headIndicators() || style.treeIndicators()) {
            if (revision.isRealHead()) {
                text.append(" (head)");
            }
            else if (revision.isHead()) {
                text.append(" (effective head)");
            }
            if (current) {
                text.append(" (current)");
            }
        }
        if (style.treeIndicators()) {
            if (revision.isBranchPoint()) {
                text.append(" (branchpoint)");
            }
            if (revision.isMergePoint()) {
                text.append(" (mergepoint)");
            }
        }
        if (style.message()) {
            text.append(", ").append(revision.message());
        }
        return text.toString();
    }

    /**
     * Alembic's verbose block: {@code Rev:} with indicators, {@code Parent:} or {@code Merges:},
     * {@code Also depends on:}, {@code Branches into:}, {@code Branch names:}, {@code Path:}, then the
     * message with the revision's id, parents and creation date, indented.
     */
    public static List<String> block(Revision revision, boolean current) {
        List<String> lines = new ArrayList<>();
        lines.add("Rev: " + revision.id() + (revision.isHead() ? " (head)" : "")
                + (revision.isBranchPoint() ? " (branchpoint)" : "") + (revision.isMergePoint() ? " (mergepoint)" : "")
                + (current ? " (current)" : ""));
        lines.add((revision.isMergePoint() ? "Merges: " : "Parent: ") + parents(revision));
        if (!revision.info().dependsOn().isEmpty()) {
            lines.add("Also depends on: " + String.join(", ", revision.info().dependsOn()));
        }
        if (revision.isBranchPoint()) {
            lines.add("Branches into: " + String.join(", ", revision.childIds()));
        }
        if (!revision.branchLabels().isEmpty()) {
            lines.add("Branch names: " + String.join(", ", sorted(revision.branchLabels())));
        }
        lines.add("Path: " + revision.source());
        lines.add("");
        if (!revision.message().isEmpty()) {
            lines.add("    " + revision.message());
            lines.add("");
        }
        lines.add("    Revision ID: " + revision.id());
        lines.add("    Revises: " + String.join(", ", revision.down()));
        if (revision.info().created() != null) {
            lines.add("    Create Date: " + revision.info().created());
        }
        lines.add("");
        return lines;
    }

    /** {@code <base>} or the parents, comma separated. */
    public static String parents(Revision revision) {
        return revision.down().isEmpty() ? "<base>" : String.join(", ", revision.down());
    }

    /** Rows as a comma-separated list, or {@code (none)}. */
    static String rows(Iterable<String> rows) {
        String joined = String.join(", ", rows);
        return joined.isEmpty() ? "(none)" : joined;
    }

    private static List<String> sorted(Set<String> labels) {
        return List.copyOf(new TreeSet<>(labels));
    }
}
