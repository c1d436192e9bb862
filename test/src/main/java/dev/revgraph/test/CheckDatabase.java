package dev.revgraph.test;

import java.util.Objects;

import javax.sql.DataSource;

/**
 * One database a check works in, from {@link CheckDatabases#open()}. Closing it drops it (a database the
 * kit created) or leaves it as empty as it was found (a database the user gave).
 */
public final class CheckDatabase implements AutoCloseable {

    private final DataSource dataSource;

    private final String description;

    private final boolean disposable;

    private final AutoCloseable closer;

    private CheckDatabase(DataSource dataSource, String description, boolean disposable, AutoCloseable closer) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.description = Objects.requireNonNull(description, "description");
        this.disposable = disposable;
        this.closer = Objects.requireNonNull(closer, "closer");
    }

    /** A database made for this check alone, which {@code closer} drops. */
    public static CheckDatabase disposable(DataSource dataSource, String description, AutoCloseable closer) {
        return new CheckDatabase(dataSource, description, true, closer);
    }

    /**
     * A database the user owns: the check refuses it unless it is empty, and removes everything it built
     * from it afterwards; {@code closer} runs after that.
     */
    public static CheckDatabase shared(DataSource dataSource, String description, AutoCloseable closer) {
        return new CheckDatabase(dataSource, description, false, closer);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** What it is, for messages, without credentials: {@code PostgreSQL database revgraph_3f9a... (jdbc:...)}. */
    public String description() {
        return description;
    }

    /** Whether it is dropped on close, so the check need not clean it; false for a database the user gave. */
    public boolean disposable() {
        return disposable;
    }

    @Override
    public void close() {
        try {
            closer.close();
        }
        catch (RuntimeException ex) {
            throw ex;
        }
        catch (Exception ex) {
            throw new IllegalStateException("Could not close " + description + ": " + ex.getMessage(), ex);
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
