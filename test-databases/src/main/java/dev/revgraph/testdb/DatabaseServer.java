package dev.revgraph.testdb;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * A server that gives each test class a database of its own and drops it afterwards. One subclass
 * per kind holds that product's SQL for creating and dropping a database.
 */
abstract class DatabaseServer {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DatabaseKind kind;
    private final String origin;

    DatabaseServer(DatabaseKind kind, String origin) {
        this.kind = kind;
        this.origin = origin;
    }

    final DatabaseKind kind() {
        return kind;
    }

    /** Where this server came from, for messages, with any password masked. */
    final String origin() {
        return origin;
    }

    /**
     * Creates an empty database with a fresh name.
     * @throws IllegalStateException if the server does not answer or refuses
     */
    final TestDatabase createDatabase() {
        String name = newName();
        try {
            create(name);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Could not create a " + kind.displayName() + " database on "
                    + origin + ": " + ex.getMessage(), ex);
        }
        return database(name);
    }

    abstract void create(String name) throws SQLException;

    /** The handle on the database {@code name}, which exists. */
    abstract TestDatabase database(String name);

    /** Drops the database {@code name}, ending its sessions first; nothing happens when it is gone. */
    abstract void drop(String name) throws SQLException;

    @Override
    public String toString() {
        return kind.displayName() + " from " + origin;
    }

    // Lower case, so that no server folds or quotes it differently; random, so that test classes
    // (and parallel builds on one server) never meet.
    private static String newName() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "revgraph_" + HexFormat.of().formatHex(bytes);
    }
}
