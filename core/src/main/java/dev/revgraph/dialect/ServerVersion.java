package dev.revgraph.dialect;

/**
 * A database server's version, as far as it changes what SQL a dialect writes.
 *
 * @param major the major version, e.g. 15 for PostgreSQL 15.4
 * @param minor the minor version
 * @param patch the patch version, 0 when unknown (MySQL 8.0.16 differs from 8.0.15)
 */
public record ServerVersion(int major, int minor, int patch) implements Comparable<ServerVersion> {

    public ServerVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("A version has no negative parts: " + major + "." + minor + "." + patch);
        }
    }

    public static ServerVersion of(int major, int minor) {
        return new ServerVersion(major, minor, 0);
    }

    public static ServerVersion of(int major, int minor, int patch) {
        return new ServerVersion(major, minor, patch);
    }

    /** Whether this version is {@code major.minor} or later. */
    public boolean atLeast(int major, int minor) {
        return atLeast(major, minor, 0);
    }

    /** Whether this version is {@code major.minor.patch} or later. */
    public boolean atLeast(int major, int minor, int patch) {
        return compareTo(of(major, minor, patch)) >= 0;
    }

    @Override
    public int compareTo(ServerVersion other) {
        int byMajor = Integer.compare(major, other.major);
        if (byMajor != 0) {
            return byMajor;
        }
        int byMinor = Integer.compare(minor, other.minor);
        return (byMinor != 0) ? byMinor : Integer.compare(patch, other.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
