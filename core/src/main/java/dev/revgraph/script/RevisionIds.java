package dev.revgraph.script;

import java.util.Optional;
import java.util.Set;

/**
 * The grammar of revision ids and branch labels: letters, digits and {@code _}. Ids are at most 32
 * characters, so an Alembic version table ({@code VARCHAR(32)}) can hold them. {@code @ - + :} are
 * refused with a reason, because the identifier grammar gives them meaning ({@code label@head},
 * {@code head-1}, {@code base+2}, {@code start:end}); {@code head}, {@code heads} and {@code base} are
 * refused because they are identifiers already.
 */
public final class RevisionIds {

    /** The longest id a version table ({@code VARCHAR(32)}) holds. */
    public static final int MAX_ID_LENGTH = 32;

    private static final int MAX_LABEL_LENGTH = 64;

    private static final Set<String> RESERVED = Set.of("head", "heads", "base");

    private RevisionIds() {
    }

    /** Why {@code id} is not a valid revision id, or empty when it is. */
    public static Optional<String> checkId(String id) {
        return check("revision id", id, MAX_ID_LENGTH);
    }

    /** Why {@code label} is not a valid branch label, or empty when it is. */
    public static Optional<String> checkLabel(String label) {
        return check("branch label", label, MAX_LABEL_LENGTH);
    }

    /** Why {@code reference} (an id or a label, as in {@code depends_on}) is not valid, or empty. */
    public static Optional<String> checkReference(String reference) {
        return check("revision or label", reference, MAX_LABEL_LENGTH);
    }

    private static Optional<String> check(String what, String value, int maxLength) {
        if (value.isEmpty()) {
            return Optional.of(what + " is empty");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isAllowed(c)) {
                String shown = Character.isWhitespace(c) ? "whitespace" : "'" + c + "'";
                String meaning = switch (c) {
                    case '@' -> " (it separates a label from a revision, as in label@head)";
                    case '-', '+' -> " (it marks a relative step, as in head-1)";
                    case ':' -> " (it marks a range, as in base:head)";
                    default -> "";
                };
                return Optional.of(what + " '" + value + "' contains " + shown + meaning
                        + "; use letters, digits and '_'");
            }
        }
        if (value.length() > maxLength) {
            return Optional.of(what + " '" + value + "' is " + value.length() + " characters long; at most "
                    + maxLength + " are allowed");
        }
        if (RESERVED.contains(value)) {
            return Optional.of(what + " '" + value + "' is reserved: head, heads and base already name "
                    + "revisions");
        }
        return Optional.empty();
    }

    private static boolean isAllowed(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
