package dev.revgraph.benchmarks.compare;

import java.util.Arrays;
import java.util.Locale;

import dev.revgraph.testdb.DatabaseKind;

import org.jspecify.annotations.Nullable;

/** The databases W3 runs on: the local PostgreSQL and MariaDB servers, and H2 in a file. */
enum Target {

    POSTGRESQL("postgresql", "PostgreSQL", DatabaseKind.POSTGRESQL),

    MARIADB("mariadb", "MariaDB", DatabaseKind.MARIADB),

    /** In a file, so that each measured JVM opens it as an application would. */
    H2_FILE("h2-file", "H2 (file)", null);

    private final String option;

    private final String displayName;

    private final @Nullable DatabaseKind server;

    Target(String option, String displayName, @Nullable DatabaseKind server) {
        this.option = option;
        this.displayName = displayName;
        this.server = server;
    }

    String option() {
        return this.option;
    }

    String displayName() {
        return this.displayName;
    }

    /** The server kind, or {@code null} for H2. */
    @Nullable DatabaseKind server() {
        return this.server;
    }

    static Target fromOption(String option) {
        return Arrays.stream(values())
            .filter((target) -> target.option.equals(option.toLowerCase(Locale.ROOT)))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("Unknown database '" + option + "'; one of "
                    + Arrays.stream(values()).map(Target::option).toList()));
    }
}
