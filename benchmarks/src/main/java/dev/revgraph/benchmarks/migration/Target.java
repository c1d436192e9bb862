package dev.revgraph.benchmarks.migration;

import java.util.Locale;

import dev.revgraph.testdb.DatabaseKind;

import org.jspecify.annotations.Nullable;

/** A database the workloads run on: the local PostgreSQL and MariaDB servers, H2 in memory and in a file. */
public enum Target {

    POSTGRESQL("PostgreSQL", "postgresql", DatabaseKind.POSTGRESQL),

    MARIADB("MariaDB", "mariadb", DatabaseKind.MARIADB),

    H2_MEMORY("H2 memory", "h2", null),

    H2_FILE("H2 file", "h2", null);

    private final String displayName;

    private final String vendor;

    private final @Nullable DatabaseKind server;

    Target(String displayName, String vendor, @Nullable DatabaseKind server) {
        this.displayName = displayName;
        this.vendor = vendor;
        this.server = server;
    }

    /** The name in tables and messages. */
    public String displayName() {
        return this.displayName;
    }

    /** RevGraph's database id, for {@code {vendor}} and the statement splitter. */
    public String vendor() {
        return this.vendor;
    }

    /** The server kind, or {@code null} for H2 (embedded, no wire). */
    @Nullable DatabaseKind server() {
        return this.server;
    }

    /** The option value: {@code postgresql}, {@code mariadb}, {@code h2-memory}, {@code h2-file}. */
    public String option() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Target fromOption(String option) {
        for (Target target : values()) {
            if (target.option().equals(option)) {
                return target;
            }
        }
        throw new IllegalArgumentException("Unknown database '" + option + "'; one of postgresql, mariadb, h2-memory, "
                + "h2-file");
    }
}
