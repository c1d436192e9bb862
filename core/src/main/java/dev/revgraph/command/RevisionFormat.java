package dev.revgraph.command;

import java.util.Locale;

/** What a new revision is written as. */
public enum RevisionFormat {

    /** An SQL file with the header, {@code -- migrate:upgrade} and {@code -- migrate:downgrade}. */
    SQL,

    /** A Java class implementing {@link dev.revgraph.Migration}, annotated with {@link dev.revgraph.Revision}. */
    JAVA;

    /** The format named {@code sql} or {@code java}, ignoring case. */
    public static RevisionFormat of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            throw new CommandUsageException("Unknown revision format '" + name + "'; use sql or java");
        }
    }
}
