package dev.revgraph;

import dev.revgraph.operation.Operations;

import org.jspecify.annotations.Nullable;

/**
 * A revision written in Java. Implementations are annotated with {@link Revision}, which carries the
 * metadata an SQL revision keeps in its header.
 *
 * <pre>{@code
 * @Revision(id = "3f1c9a2b7d10", down = "ba229313341d", message = "Backfill like counts")
 * public class BackfillLikeCounts implements Migration {
 *
 *     public void upgrade(Operations op) {
 *         op.execute("UPDATE resources SET like_count = 0 WHERE like_count IS NULL");
 *     }
 *
 *     public void downgrade(Operations op) {
 *         // nothing to undo: the column keeps its values
 *     }
 * }
 * }</pre>
 *
 * In a Spring application, migrations are created through the bean factory, so their constructors may
 * take application beans (for data migrations). Outside Spring they need a public no-argument
 * constructor.
 */
public interface Migration {

    /** Moves the schema forward from the parent revision(s) to this one. */
    void upgrade(Operations op);

    /**
     * Moves the schema back to the parent revision(s). Call {@link Operations#irreversible(String)} to
     * refuse; a downgrade through an irreversible revision fails before anything runs.
     */
    void downgrade(Operations op);

    /**
     * Extra input to this revision's checksum, for migrations whose behaviour depends on more than their
     * declared metadata (for instance the version of a data file they read). The class file's bytes are
     * never part of the checksum: they change with every compiler.
     */
    default @Nullable String checksum() {
        return null;
    }
}
