package dev.revgraph.runtime;

import java.util.Locale;

/** How a revision came to be in the applied table. */
public enum AppliedOrigin {

    /** Its upgrade ran. */
    RUN,

    /** It was stamped (or marked applied with {@code resolve --mark-applied}) without running. */
    STAMP,

    /** It was found applied in a version table kept by Alembic (or an older RevGraph) and adopted. */
    ADOPTED;

    /** The value stored in the {@code origin} column: {@code run}, {@code stamp}, {@code adopted}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The origin stored as {@code code}. */
    public static AppliedOrigin fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
