package dev.revgraph.diff;

import java.util.Locale;

/** The kinds of schema object a {@link Difference} or an {@link AutogenerateFilter} is about. */
public enum ObjectKind {

    TABLE, COLUMN, PRIMARY_KEY, UNIQUE_CONSTRAINT, INDEX, FOREIGN_KEY, CHECK_CONSTRAINT, SEQUENCE;

    /** The kind in words: {@code unique constraint}, {@code foreign key}. */
    public String words() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
