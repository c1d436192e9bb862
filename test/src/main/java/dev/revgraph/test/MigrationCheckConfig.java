package dev.revgraph.test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import dev.revgraph.autogenerate.ModelSource;
import dev.revgraph.diff.CompareOptions;
import dev.revgraph.runtime.MigrationSettings;
import dev.revgraph.runtime.VersionTableSql;
import dev.revgraph.script.LoadedRevisions;
import dev.revgraph.script.MigrationInstantiator;
import dev.revgraph.script.RevisionLoader;
import dev.revgraph.testdb.DatabaseKind;

import org.jspecify.annotations.Nullable;

/**
 * What the checks of {@link MigrationCheck} work on: where the revisions are, where each check gets its
 * database, the tree's table names, the heads expected, the revisions whose downgrade is not checked, and
 * the entity model. Immutable; {@link #builder()} makes one, {@link MigrationsTest} makes one from its
 * attributes.
 *
 * <pre>{@code
 * MigrationCheckConfig config = MigrationCheckConfig.builder()
 *         .locations("classpath:db/revisions", "classpath:db/{vendor}")
 *         .javaPackages("com.example.revisions")
 *         .database(DatabaseKind.POSTGRESQL)
 *         .skip("4e1d2c3b5a69", "drops the legacy column and its data")
 *         .modelSource(new ApplicationModel())
 *         .build();
 * MigrationCheck.stairway(config);
 * }</pre>
 */
public final class MigrationCheckConfig {

    /** The lock table RevGraph keeps on databases without an advisory lock (H2). */
    static final String LOCK_TABLE = VersionTableSql.LOCK_TABLE;

    private final List<String> locations;

    private final List<String> javaPackages;

    private final ClassLoader classLoader;

    private final MigrationInstantiator instantiator;

    private final CheckDatabases databases;

    private final MigrationSettings settings;

    private final List<String> expectedHeads;

    private final Map<String, String> skips;

    private final @Nullable ModelSource modelSource;

    private final CompareOptions compareOptions;

    private MigrationCheckConfig(Builder builder) {
        this.locations = List.copyOf(builder.locations);
        this.javaPackages = List.copyOf(builder.javaPackages);
        this.classLoader = builder.classLoader;
        this.instantiator = builder.instantiator;
        this.databases = Objects.requireNonNull(builder.databases,
                "No database: call database(DatabaseKind), url(...) or databases(...)");
        this.settings = builder.settings;
        this.expectedHeads = List.copyOf(builder.expectedHeads);
        this.skips = Collections.unmodifiableMap(new LinkedHashMap<>(builder.skips));
        this.modelSource = builder.modelSource;
        this.compareOptions = builder.compareOptions;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The SQL locations, {@code classpath:db/revisions} unless configured. */
    public List<String> locations() {
        return locations;
    }

    /** The packages of Java revisions; none unless configured. */
    public List<String> javaPackages() {
        return javaPackages;
    }

    public ClassLoader classLoader() {
        return classLoader;
    }

    public CheckDatabases databases() {
        return databases;
    }

    /** The tree's settings: its version, applied and history tables and its schema. */
    public MigrationSettings settings() {
        return settings;
    }

    /** The heads the revisions must have, in any order; empty to expect a single head, whichever it is. */
    public List<String> expectedHeads() {
        return expectedHeads;
    }

    /** The revisions whose downgrade is not checked, each with the reason, in the order given. */
    public Map<String, String> skips() {
        return skips;
    }

    /** The entity model the migrations must build, or {@code null} when none was given. */
    public @Nullable ModelSource modelSource() {
        return modelSource;
    }

    /** How the model is compared with the database the migrations built. */
    public CompareOptions compareOptions() {
        return compareOptions.ignoringTables(ownTables().toArray(String[]::new));
    }

    /** The tables RevGraph keeps for itself on the database: never part of a schema the checks compare. */
    public Set<String> ownTables() {
        Set<String> tables = new LinkedHashSet<>();
        tables.add(settings.versionTable());
        tables.add(settings.appliedTable());
        tables.add(settings.historyTable());
        tables.add(LOCK_TABLE);
        tables.addAll(settings.otherTreeTables());
        return tables;
    }

    /** Loads the revisions, with {@code {vendor}} expanded to {@code vendor}. */
    public LoadedRevisions load(@Nullable String vendor) {
        return RevisionLoader.forClassLoader(classLoader, instantiator).load(locations, vendor, javaPackages);
    }

    /** Where the revisions come from, for messages: {@code classpath:db/revisions and package com.example}. */
    public String describeSources() {
        List<String> sources = new ArrayList<>(locations);
        javaPackages.forEach((javaPackage) -> sources.add("package " + javaPackage));
        return String.join(", ", sources);
    }

    @Override
    public String toString() {
        return "MigrationCheckConfig[revisions from " + describeSources() + ", " + databases + ", heads "
                + (expectedHeads.isEmpty() ? "(a single one)" : expectedHeads) + ", skips " + skips.keySet()
                + ", model " + ((modelSource != null) ? modelSource.getClass().getName() : "none") + "]";
    }

    /** Builds a {@link MigrationCheckConfig}; only the database is required. */
    public static final class Builder {

        private List<String> locations = List.of("classpath:db/revisions");

        private List<String> javaPackages = List.of();

        private ClassLoader classLoader = defaultClassLoader();

        private MigrationInstantiator instantiator = MigrationInstantiator.reflective();

        private @Nullable CheckDatabases databases;

        private MigrationSettings settings = MigrationSettings.defaults();

        private List<String> expectedHeads = List.of();

        private final Map<String, String> skips = new LinkedHashMap<>();

        private @Nullable ModelSource modelSource;

        private CompareOptions compareOptions = CompareOptions.defaults();

        private Builder() {
        }

        private Builder(MigrationCheckConfig config) {
            this.locations = config.locations;
            this.javaPackages = config.javaPackages;
            this.classLoader = config.classLoader;
            this.instantiator = config.instantiator;
            this.databases = config.databases;
            this.settings = config.settings;
            this.expectedHeads = config.expectedHeads;
            this.skips.putAll(config.skips);
            this.modelSource = config.modelSource;
            this.compareOptions = config.compareOptions;
        }

        /** SQL locations: {@code classpath:...}, {@code filesystem:...}, with {@code {vendor}} allowed. */
        public Builder locations(String... locations) {
            return locations(List.of(locations));
        }

        public Builder locations(List<String> locations) {
            this.locations = List.copyOf(locations);
            return this;
        }

        /** Packages holding Java revisions ({@code @Revision} classes). */
        public Builder javaPackages(String... javaPackages) {
            return javaPackages(List.of(javaPackages));
        }

        public Builder javaPackages(List<String> javaPackages) {
            this.javaPackages = List.copyOf(javaPackages);
            return this;
        }

        /** The class loader revisions are found through; the thread's context class loader by default. */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /**
         * How Java revisions are created: through their public no-argument constructor by default. An
         * application whose revisions take Spring beans in their constructor creates them here as its
         * context would, for instance {@code type -> beanFactory.createBean(type)}.
         */
        public Builder instantiator(MigrationInstantiator instantiator) {
            this.instantiator = Objects.requireNonNull(instantiator, "instantiator");
            return this;
        }

        /** A fresh database of {@code kind} for each check: see {@link CheckDatabases#of(DatabaseKind)}. */
        public Builder database(DatabaseKind kind) {
            return databases(CheckDatabases.of(kind));
        }

        /** The empty database at {@code url}: see {@link CheckDatabases#url(String, String, String)}. */
        public Builder url(String url, @Nullable String user, @Nullable String password) {
            return databases(CheckDatabases.url(url, user, password));
        }

        /** The empty database behind {@code dataSource}: see {@link CheckDatabases#dataSource(DataSource, String)}. */
        public Builder dataSource(DataSource dataSource, String description) {
            return databases(CheckDatabases.dataSource(dataSource, description));
        }

        public Builder databases(CheckDatabases databases) {
            this.databases = Objects.requireNonNull(databases, "databases");
            return this;
        }

        /** The tree's settings (version, applied and history table names, schema); the defaults otherwise. */
        public Builder settings(MigrationSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** The heads the revisions must have; by default exactly one. */
        public Builder expectedHeads(String... heads) {
            return expectedHeads(List.of(heads));
        }

        public Builder expectedHeads(List<String> heads) {
            this.expectedHeads = List.copyOf(heads);
            return this;
        }

        /** Does not check the downgrade of {@code revision} (an id), for the reason given. */
        public Builder skip(String revision, String reason) {
            Objects.requireNonNull(revision, "revision");
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("Say why the downgrade of " + revision + " is not checked");
            }
            this.skips.put(revision, reason);
            return this;
        }

        /** The entity model the migrations must build; without one, that check is skipped. */
        public Builder modelSource(@Nullable ModelSource modelSource) {
            this.modelSource = modelSource;
            return this;
        }

        /** How the model is compared with the database; RevGraph's own tables are always left out. */
        public Builder compareOptions(CompareOptions compareOptions) {
            this.compareOptions = Objects.requireNonNull(compareOptions, "compareOptions");
            return this;
        }

        public MigrationCheckConfig build() {
            return new MigrationCheckConfig(this);
        }

        private static ClassLoader defaultClassLoader() {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            return (context != null) ? context : MigrationCheckConfig.class.getClassLoader();
        }
    }
}
