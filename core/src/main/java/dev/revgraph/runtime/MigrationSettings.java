package dev.revgraph.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * How a {@link Migrator} works on one tree: where its tables are, how it groups transactions, how long
 * it waits for the lock and what it tolerates. Immutable; the defaults are DESIGN.md §8's.
 *
 * <pre>{@code
 * MigrationSettings settings = MigrationSettings.builder()
 *         .versionTable("alembic_version")        // adopt a database Alembic managed
 *         .lockTimeout(Duration.ofMinutes(2))
 *         .sessionLockTimeout(Duration.ofSeconds(5))
 *         .build();
 * }</pre>
 *
 * Table and schema names are checked against the database's rules when the {@link Migrator} is created.
 */
public final class MigrationSettings {

    private final String tree;

    private final @Nullable String schema;

    private final String versionTable;

    private final String appliedTable;

    private final String historyTable;

    private final TransactionMode transactionMode;

    private final boolean lockEnabled;

    private final Duration lockTimeout;

    private final @Nullable Duration sessionLockTimeout;

    private final @Nullable Duration statementTimeout;

    private final @Nullable Duration lockWaitTimeout;

    private final boolean validateChecksums;

    private final UnknownRevisionsPolicy unknownRevisions;

    private final @Nullable String baselineOnStartup;

    private final Set<String> otherTreeTables;

    private MigrationSettings(Builder builder) {
        this.tree = builder.tree;
        this.schema = builder.schema;
        this.versionTable = builder.versionTable;
        this.appliedTable = builder.appliedTable;
        this.historyTable = builder.historyTable;
        this.transactionMode = builder.transactionMode;
        this.lockEnabled = builder.lockEnabled;
        this.lockTimeout = builder.lockTimeout;
        this.sessionLockTimeout = builder.sessionLockTimeout;
        this.statementTimeout = builder.statementTimeout;
        this.lockWaitTimeout = builder.lockWaitTimeout;
        this.validateChecksums = builder.validateChecksums;
        this.unknownRevisions = builder.unknownRevisions;
        this.baselineOnStartup = builder.baselineOnStartup;
        this.otherTreeTables = Set.copyOf(builder.otherTreeTables);
    }

    /** The defaults. */
    public static MigrationSettings defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The tree's name, for messages; {@code main} by default. */
    public String tree() {
        return this.tree;
    }

    /** The schema the tables live in, or {@code null} for the connection's default. */
    public @Nullable String schema() {
        return this.schema;
    }

    /** The version table, one row per applied head; {@code revgraph_version} by default. */
    public String versionTable() {
        return this.versionTable;
    }

    /** The applied table, one row per applied revision; {@code revgraph_applied} by default. */
    public String appliedTable() {
        return this.appliedTable;
    }

    /** The history table, one row per step; {@code revgraph_history} by default. */
    public String historyTable() {
        return this.historyTable;
    }

    /** How steps are grouped into transactions; {@link TransactionMode#PER_REVISION} by default. */
    public TransactionMode transactionMode() {
        return this.transactionMode;
    }

    /** Whether the migration lock is taken; true by default. */
    public boolean lockEnabled() {
        return this.lockEnabled;
    }

    /** How long to wait for the migration lock before failing with {@code lock_timeout}; 10 minutes by default. */
    public Duration lockTimeout() {
        return this.lockTimeout;
    }

    /** PostgreSQL's {@code lock_timeout} for the migration session, or {@code null} to leave the server's. */
    public @Nullable Duration sessionLockTimeout() {
        return this.sessionLockTimeout;
    }

    /** PostgreSQL's {@code statement_timeout} for the migration session, or {@code null} to leave the server's. */
    public @Nullable Duration statementTimeout() {
        return this.statementTimeout;
    }

    /** MariaDB's and MySQL's {@code lock_wait_timeout} (whole seconds) for the migration session, or {@code null}. */
    public @Nullable Duration lockWaitTimeout() {
        return this.lockWaitTimeout;
    }

    /** Whether applied revisions' checksums are compared with the scripts'; true by default. */
    public boolean validateChecksums() {
        return this.validateChecksums;
    }

    /** What to do with version rows this build does not know; {@link UnknownRevisionsPolicy#ALLOW_AHEAD} by default. */
    public UnknownRevisionsPolicy unknownRevisions() {
        return this.unknownRevisions;
    }

    /**
     * The revision to stamp a non-empty schema without version table at before upgrading, or
     * {@code null} to refuse such a schema.
     */
    public @Nullable String baselineOnStartup() {
        return this.baselineOnStartup;
    }

    /**
     * The version, applied and history tables of the other trees that migrate the same database, in
     * their own schemas or this one; empty by default. In this tree's schema they are not counted as
     * tables of an unmanaged schema, and when one of them exists the schema is already managed by
     * RevGraph: a tree added next to another migrates from base instead of failing with
     * {@code not_empty_without_version_table}.
     */
    public Set<String> otherTreeTables() {
        return this.otherTreeTables;
    }

    /**
     * Every table RevGraph keeps for this tree and beside it, which no comparison of the entity model with
     * the database ({@code check}, {@code revision --autogenerate}, drift) may count: this tree's version,
     * applied and history tables, the {@link VersionTableSql#LOCK_TABLE lock table} of databases without
     * advisory locks, and the {@link #otherTreeTables() other trees' tables}; in that order.
     */
    public List<String> ownTables() {
        List<String> tables = new ArrayList<>(List.of(this.versionTable, this.appliedTable, this.historyTable,
                VersionTableSql.LOCK_TABLE));
        this.otherTreeTables.stream().sorted().forEach(tables::add);
        return List.copyOf(tables);
    }

    @Override
    public String toString() {
        return "MigrationSettings[tree=" + this.tree + ", schema=" + this.schema + ", versionTable=" + this.versionTable
                + ", appliedTable=" + this.appliedTable + ", historyTable=" + this.historyTable + ", transactionMode="
                + this.transactionMode + ", lockEnabled=" + this.lockEnabled + ", lockTimeout=" + this.lockTimeout
                + ", unknownRevisions=" + this.unknownRevisions + "]";
    }

    /** Builds {@link MigrationSettings}; every setting starts at its default. */
    public static final class Builder {

        private String tree = "main";

        private @Nullable String schema;

        private String versionTable = "revgraph_version";

        private String appliedTable = "revgraph_applied";

        private String historyTable = "revgraph_history";

        private TransactionMode transactionMode = TransactionMode.PER_REVISION;

        private boolean lockEnabled = true;

        private Duration lockTimeout = Duration.ofMinutes(10);

        private @Nullable Duration sessionLockTimeout;

        private @Nullable Duration statementTimeout;

        private @Nullable Duration lockWaitTimeout;

        private boolean validateChecksums = true;

        private UnknownRevisionsPolicy unknownRevisions = UnknownRevisionsPolicy.ALLOW_AHEAD;

        private @Nullable String baselineOnStartup;

        private Set<String> otherTreeTables = Set.of();

        private Builder() {
        }

        private Builder(MigrationSettings settings) {
            this.tree = settings.tree;
            this.schema = settings.schema;
            this.versionTable = settings.versionTable;
            this.appliedTable = settings.appliedTable;
            this.historyTable = settings.historyTable;
            this.transactionMode = settings.transactionMode;
            this.lockEnabled = settings.lockEnabled;
            this.lockTimeout = settings.lockTimeout;
            this.sessionLockTimeout = settings.sessionLockTimeout;
            this.statementTimeout = settings.statementTimeout;
            this.lockWaitTimeout = settings.lockWaitTimeout;
            this.validateChecksums = settings.validateChecksums;
            this.unknownRevisions = settings.unknownRevisions;
            this.baselineOnStartup = settings.baselineOnStartup;
            this.otherTreeTables = settings.otherTreeTables;
        }

        public Builder tree(String tree) {
            this.tree = requireText(tree, "tree");
            return this;
        }

        public Builder schema(@Nullable String schema) {
            this.schema = schema;
            return this;
        }

        public Builder versionTable(String versionTable) {
            this.versionTable = Objects.requireNonNull(versionTable, "versionTable");
            return this;
        }

        public Builder appliedTable(String appliedTable) {
            this.appliedTable = Objects.requireNonNull(appliedTable, "appliedTable");
            return this;
        }

        public Builder historyTable(String historyTable) {
            this.historyTable = Objects.requireNonNull(historyTable, "historyTable");
            return this;
        }

        public Builder transactionMode(TransactionMode transactionMode) {
            this.transactionMode = Objects.requireNonNull(transactionMode, "transactionMode");
            return this;
        }

        public Builder lockEnabled(boolean lockEnabled) {
            this.lockEnabled = lockEnabled;
            return this;
        }

        public Builder lockTimeout(Duration lockTimeout) {
            this.lockTimeout = requireNotNegative(lockTimeout, "lockTimeout");
            return this;
        }

        public Builder sessionLockTimeout(@Nullable Duration sessionLockTimeout) {
            this.sessionLockTimeout = (sessionLockTimeout != null)
                    ? requireNotNegative(sessionLockTimeout, "sessionLockTimeout") : null;
            return this;
        }

        public Builder statementTimeout(@Nullable Duration statementTimeout) {
            this.statementTimeout = (statementTimeout != null)
                    ? requireNotNegative(statementTimeout, "statementTimeout") : null;
            return this;
        }

        public Builder lockWaitTimeout(@Nullable Duration lockWaitTimeout) {
            this.lockWaitTimeout = (lockWaitTimeout != null) ? requireNotNegative(lockWaitTimeout, "lockWaitTimeout")
                    : null;
            return this;
        }

        public Builder validateChecksums(boolean validateChecksums) {
            this.validateChecksums = validateChecksums;
            return this;
        }

        public Builder unknownRevisions(UnknownRevisionsPolicy unknownRevisions) {
            this.unknownRevisions = Objects.requireNonNull(unknownRevisions, "unknownRevisions");
            return this;
        }

        public Builder baselineOnStartup(@Nullable String baselineOnStartup) {
            this.baselineOnStartup = (baselineOnStartup != null && !baselineOnStartup.isBlank())
                    ? baselineOnStartup.strip() : null;
            return this;
        }

        /** The tables of the other trees on the same database; see {@link MigrationSettings#otherTreeTables()}. */
        public Builder otherTreeTables(Collection<String> otherTreeTables) {
            this.otherTreeTables = new LinkedHashSet<>(otherTreeTables);
            return this;
        }

        public MigrationSettings build() {
            return new MigrationSettings(this);
        }

        private static String requireText(String value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isBlank()) {
                throw new IllegalArgumentException(name + " cannot be empty");
            }
            return value;
        }

        private static Duration requireNotNegative(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative()) {
                throw new IllegalArgumentException(name + " cannot be negative: " + value);
            }
            return value;
        }
    }
}
