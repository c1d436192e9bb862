package dev.revgraph.command.cli;

import dev.revgraph.command.CommandUsageException;
import dev.revgraph.command.SqlOptions;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Option;

/** {@code --sql}, {@code --dialect}, {@code --server-version}. */
final class SqlMixin {

    @Option(names = "--sql", description = "Print the SQL instead of running it, with no connection (offline mode).")
    boolean sql;

    @Option(names = "--dialect", paramLabel = "DATABASE", description = "The database to write SQL for: "
            + "postgresql, mariadb, mysql, h2, sqlserver, oracle or sqlite (default: the one --url names).")
    @Nullable String dialect;

    @Option(names = "--server-version", paramLabel = "VERSION", description = "The server version to write SQL "
            + "for, e.g. 15 or 10.11 (default: a current release).")
    @Nullable String serverVersion;

    /** The offline options, or {@code null} without {@code --sql}. */
    @Nullable SqlOptions options() {
        if (!this.sql) {
            if (this.dialect != null || this.serverVersion != null) {
                throw new CommandUsageException("--dialect and --server-version go with --sql");
            }
            return null;
        }
        return new SqlOptions((this.dialect != null) ? SqlOptions.parseDatabaseId(this.dialect) : null,
                (this.serverVersion != null) ? SqlOptions.parseVersion(this.serverVersion) : null);
    }
}
