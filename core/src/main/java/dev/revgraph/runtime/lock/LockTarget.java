package dev.revgraph.runtime.lock;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What one lock protects: a version table in a schema of a database. Its name and 64-bit key are
 * derived from those three, so every migrator of one tree computes the same lock and other trees a
 * different one.
 *
 * @param database the database (catalog) name
 * @param schema the schema name, or the database name where schemas are databases
 * @param versionTable the version table's name
 */
public record LockTarget(String database, String schema, String versionTable) {

    /** A 64-bit key: the first eight bytes of the SHA-256 of the three names. */
    public long key() {
        return ByteBuffer.wrap(digest()).getLong();
    }

    /** A name of at most 64 characters (MariaDB's limit for {@code GET_LOCK}): {@code revgraph_} and hex. */
    public String name() {
        return "revgraph_" + HexFormat.of().formatHex(digest(), 0, 24);
    }

    private byte[] digest() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return sha256.digest(("revgraph\0" + this.database + "\0" + this.schema + "\0" + this.versionTable)
                .getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public String toString() {
        return this.database + "." + this.schema + "." + this.versionTable;
    }
}
