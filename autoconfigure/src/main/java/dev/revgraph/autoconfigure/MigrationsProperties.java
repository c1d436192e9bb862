package dev.revgraph.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.revgraph.command.MigrationTree;
import dev.revgraph.command.RevisionFormat;
import dev.revgraph.runtime.TransactionMode;
import dev.revgraph.runtime.UnknownRevisionsPolicy;
import dev.revgraph.script.FileNameTemplate;
import dev.revgraph.script.ScriptLocation;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;

/**
 * Configuration properties of RevGraph migrations ({@code migrations.*}).
 *
 * <p>The top-level properties describe the tree called {@code main}; {@code migrations.trees.<name>.*}
 * adds more trees, each with its own locations and version tables and, optionally, its own DataSource.
 * Every tree shares the runtime settings (transaction mode, lock, timeouts, checksums, unknown
 * revisions, file template). {@code migrations.trees.main.*} may refine the main tree (its order, its
 * DataSource) or, with {@code enabled=false}, drop it.
 */
@ConfigurationProperties("migrations")
public class MigrationsProperties {

    /** The name of the tree the top-level properties describe. */
    public static final String MAIN_TREE = "main";

    /** Whether to enable RevGraph migrations. */
    private boolean enabled = true;

    /** What to do at start-up: upgrade to the target, validate that no revision is pending, or nothing. */
    private OnStartup onStartup = OnStartup.UPGRADE;

    /** Revision the main tree is upgraded to at start-up: heads, head, a revision id, label@head, ... */
    private String target = "heads";

    /** Locations of the main tree's SQL revisions: classpath: or filesystem:, {vendor} expanding to the database id. */
    private List<String> locations = new ArrayList<>(List.of(ScriptLocation.DEFAULT));

    /** Packages of the main tree's Java revisions (classes annotated with @Revision). */
    private List<String> javaPackages = new ArrayList<>();

    /** Name of the main tree's version table: one row per applied head (alembic_version adopts an Alembic database). */
    private String versionTable = "revgraph_version";

    /** Name of the main tree's applied table: one row per applied revision. */
    private String appliedTable = "revgraph_applied";

    /** Name of the main tree's history table: one row per step ever run. */
    private String historyTable = "revgraph_history";

    /** Schema of the main tree's version, applied and history tables; the connection's default when not set. */
    private @Nullable String schema;

    /** How revisions are grouped into transactions: per-revision, or all in one (databases with transactional DDL only). */
    private TransactionMode transactionMode = TransactionMode.PER_REVISION;

    private final Lock lock = new Lock();

    /** PostgreSQL lock_timeout of the migration session, so that a blocked DDL statement fails instead of waiting. */
    private @Nullable Duration lockTimeout;

    /** PostgreSQL statement_timeout of the migration session. */
    private @Nullable Duration statementTimeout;

    /** MariaDB and MySQL lock_wait_timeout of the migration session. If a duration suffix is not specified, seconds will be used. */
    @DurationUnit(ChronoUnit.SECONDS)
    private @Nullable Duration lockWaitTimeout;

    /** Whether to compare applied revisions' checksums with their scripts before migrating. */
    private boolean validateChecksums = true;

    /** What to do when the version table holds revisions this build does not know: allow-ahead (warn) or fail. */
    private UnknownRevisionsPolicy unknownRevisions = UnknownRevisionsPolicy.ALLOW_AHEAD;

    /** Revision to stamp a non-empty schema without version table at before upgrading it ('base' migrates it from base). */
    private @Nullable String baselineOnStartup;

    /** How new revision files are named; tokens: rev, slug, year, month, day, hour, minute, second, epoch. */
    private String fileTemplate = FileNameTemplate.DEFAULT;

    /** JDBC URL of the database to migrate, for a DataSource of its own; the application's DataSource when not set. */
    private @Nullable String url;

    /** Login user of the database to migrate (separate DDL credentials); layered on the application's DataSource URL when no url is set. */
    private @Nullable String user;

    /** Login password of the database to migrate. */
    private @Nullable String password;

    /** Fully qualified name of the JDBC driver; detected from the URL by default. */
    private @Nullable String driverClassName;

    private final Drift drift = new Drift();

    private final Autogenerate autogenerate = new Autogenerate();

    /** More trees, by name, each migrated in order (then in declaration order) with its own version tables. */
    private Map<String, Tree> trees = new LinkedHashMap<>();

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public OnStartup getOnStartup() {
        return this.onStartup;
    }

    public void setOnStartup(OnStartup onStartup) {
        this.onStartup = onStartup;
    }

    public String getTarget() {
        return this.target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public List<String> getLocations() {
        return this.locations;
    }

    public void setLocations(List<String> locations) {
        this.locations = locations;
    }

    public List<String> getJavaPackages() {
        return this.javaPackages;
    }

    public void setJavaPackages(List<String> javaPackages) {
        this.javaPackages = javaPackages;
    }

    public String getVersionTable() {
        return this.versionTable;
    }

    public void setVersionTable(String versionTable) {
        this.versionTable = versionTable;
    }

    public String getAppliedTable() {
        return this.appliedTable;
    }

    public void setAppliedTable(String appliedTable) {
        this.appliedTable = appliedTable;
    }

    public String getHistoryTable() {
        return this.historyTable;
    }

    public void setHistoryTable(String historyTable) {
        this.historyTable = historyTable;
    }

    public @Nullable String getSchema() {
        return this.schema;
    }

    public void setSchema(@Nullable String schema) {
        this.schema = schema;
    }

    public TransactionMode getTransactionMode() {
        return this.transactionMode;
    }

    public void setTransactionMode(TransactionMode transactionMode) {
        this.transactionMode = transactionMode;
    }

    public Lock getLock() {
        return this.lock;
    }

    public @Nullable Duration getLockTimeout() {
        return this.lockTimeout;
    }

    public void setLockTimeout(@Nullable Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public @Nullable Duration getStatementTimeout() {
        return this.statementTimeout;
    }

    public void setStatementTimeout(@Nullable Duration statementTimeout) {
        this.statementTimeout = statementTimeout;
    }

    public @Nullable Duration getLockWaitTimeout() {
        return this.lockWaitTimeout;
    }

    public void setLockWaitTimeout(@Nullable Duration lockWaitTimeout) {
        this.lockWaitTimeout = lockWaitTimeout;
    }

    public boolean isValidateChecksums() {
        return this.validateChecksums;
    }

    public void setValidateChecksums(boolean validateChecksums) {
        this.validateChecksums = validateChecksums;
    }

    public UnknownRevisionsPolicy getUnknownRevisions() {
        return this.unknownRevisions;
    }

    public void setUnknownRevisions(UnknownRevisionsPolicy unknownRevisions) {
        this.unknownRevisions = unknownRevisions;
    }

    public @Nullable String getBaselineOnStartup() {
        return this.baselineOnStartup;
    }

    public void setBaselineOnStartup(@Nullable String baselineOnStartup) {
        this.baselineOnStartup = baselineOnStartup;
    }

    public String getFileTemplate() {
        return this.fileTemplate;
    }

    public void setFileTemplate(String fileTemplate) {
        this.fileTemplate = fileTemplate;
    }

    public @Nullable String getUrl() {
        return this.url;
    }

    public void setUrl(@Nullable String url) {
        this.url = url;
    }

    public @Nullable String getUser() {
        return this.user;
    }

    public void setUser(@Nullable String user) {
        this.user = user;
    }

    public @Nullable String getPassword() {
        return this.password;
    }

    public void setPassword(@Nullable String password) {
        this.password = password;
    }

    public @Nullable String getDriverClassName() {
        return this.driverClassName;
    }

    public void setDriverClassName(@Nullable String driverClassName) {
        this.driverClassName = driverClassName;
    }

    public Drift getDrift() {
        return this.drift;
    }

    public Autogenerate getAutogenerate() {
        return this.autogenerate;
    }

    public Map<String, Tree> getTrees() {
        return this.trees;
    }

    public void setTrees(Map<String, Tree> trees) {
        this.trees = trees;
    }

    /** What happens at start-up. */
    public enum OnStartup {

        /** Upgrade every tree to its target. */
        UPGRADE,

        /** Check every tree and fail start-up, listing them, when revisions are pending; change nothing. */
        VALIDATE,

        /** Do nothing; run {@code migrations upgrade} yourself. */
        NONE

    }

    /** What to do when the entity model and the database differ. */
    public enum DriftMode {

        /** Do not compare. */
        OFF,

        /** Log the differences as a warning. */
        WARN,

        /** Fail start-up with the differences. */
        FAIL

    }

    /** The migration lock. */
    public static class Lock {

        /** Whether to take the migration lock, so that only one instance migrates at a time. */
        private boolean enabled = true;

        /** How long to wait for the migration lock before failing. If a duration suffix is not specified, seconds will be used. */
        @DurationUnit(ChronoUnit.SECONDS)
        private Duration timeout = Duration.ofMinutes(10);

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getTimeout() {
            return this.timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

    }

    /** Comparing the entity model with the database at start-up. */
    public static class Drift {

        /** What to do at start-up when the entity model and the database differ: off, warn or fail. */
        private DriftMode onStartup = DriftMode.OFF;

        public DriftMode getOnStartup() {
            return this.onStartup;
        }

        public void setOnStartup(DriftMode onStartup) {
            this.onStartup = onStartup;
        }

    }

    /** Writing revisions from the difference between the entity model and the database. */
    public static class Autogenerate {

        /** Format of new revisions: java or sql. */
        private RevisionFormat format = RevisionFormat.JAVA;

        /** Package of new Java revisions; the main tree's first Java package, else db.revisions, when not set. */
        private @Nullable String javaPackage;

        /** Source folder new Java revisions are written under, relative to the working directory. */
        private Path javaSourceDirectory = MigrationTree.DEFAULT_JAVA_SOURCE_DIRECTORY;

        /** Folder new SQL revisions of the main tree are written to, relative to the working directory; when not set, the first filesystem: location, else the first classpath: location under src/main/resources (src/main/resources/db/revisions by default). Other trees write to their own locations in the same way. */
        private @Nullable Path sqlDirectory;

        /** Tables to compare (globs); every table when empty. */
        private List<String> includeTables = new ArrayList<>();

        /** Tables never to compare (globs); the version, applied and history tables are always excluded. */
        private List<String> excludeTables = new ArrayList<>();

        /** Schemas to compare; the default schema when empty. */
        private List<String> schemas = new ArrayList<>();

        /** Whether to compare column types. */
        private boolean compareTypes = true;

        /** Whether to compare column defaults. */
        private boolean compareDefaults = false;

        public RevisionFormat getFormat() {
            return this.format;
        }

        public void setFormat(RevisionFormat format) {
            this.format = format;
        }

        public @Nullable String getJavaPackage() {
            return this.javaPackage;
        }

        public void setJavaPackage(@Nullable String javaPackage) {
            this.javaPackage = javaPackage;
        }

        public Path getJavaSourceDirectory() {
            return this.javaSourceDirectory;
        }

        public void setJavaSourceDirectory(Path javaSourceDirectory) {
            this.javaSourceDirectory = javaSourceDirectory;
        }

        public @Nullable Path getSqlDirectory() {
            return this.sqlDirectory;
        }

        public void setSqlDirectory(@Nullable Path sqlDirectory) {
            this.sqlDirectory = sqlDirectory;
        }

        public List<String> getIncludeTables() {
            return this.includeTables;
        }

        public void setIncludeTables(List<String> includeTables) {
            this.includeTables = includeTables;
        }

        public List<String> getExcludeTables() {
            return this.excludeTables;
        }

        public void setExcludeTables(List<String> excludeTables) {
            this.excludeTables = excludeTables;
        }

        public List<String> getSchemas() {
            return this.schemas;
        }

        public void setSchemas(List<String> schemas) {
            this.schemas = schemas;
        }

        public boolean isCompareTypes() {
            return this.compareTypes;
        }

        public void setCompareTypes(boolean compareTypes) {
            this.compareTypes = compareTypes;
        }

        public boolean isCompareDefaults() {
            return this.compareDefaults;
        }

        public void setCompareDefaults(boolean compareDefaults) {
            this.compareDefaults = compareDefaults;
        }

    }

    /**
     * One more tree. Unset values fall back: for {@code main} to the top-level properties; for any
     * other tree to {@code classpath:db/<name>} and tables named {@code revgraph_<name>_version},
     * {@code revgraph_<name>_applied} and {@code revgraph_<name>_history}.
     */
    public static class Tree {

        /** Whether to migrate this tree. */
        private boolean enabled = true;

        /** Locations of the tree's SQL revisions; classpath:db/<name> when not set. */
        private @Nullable List<String> locations;

        /** Packages of the tree's Java revisions. */
        private @Nullable List<String> javaPackages;

        /** Name of the tree's version table; revgraph_<name>_version when not set. */
        private @Nullable String versionTable;

        /** Name of the tree's applied table; revgraph_<name>_applied when not set. */
        private @Nullable String appliedTable;

        /** Name of the tree's history table; revgraph_<name>_history when not set. */
        private @Nullable String historyTable;

        /** Schema of the tree's tables; migrations.schema when the tree uses the migrations DataSource. */
        private @Nullable String schema;

        /** Name of the DataSource bean the tree migrates; the migrations DataSource when not set. */
        private @Nullable String dataSource;

        /** Revision the tree is upgraded to at start-up; heads when not set. */
        private @Nullable String target;

        /** Order in which trees are migrated, lowest first; trees of equal order go in declaration order, main first. */
        private int order;

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public @Nullable List<String> getLocations() {
            return this.locations;
        }

        public void setLocations(@Nullable List<String> locations) {
            this.locations = locations;
        }

        public @Nullable List<String> getJavaPackages() {
            return this.javaPackages;
        }

        public void setJavaPackages(@Nullable List<String> javaPackages) {
            this.javaPackages = javaPackages;
        }

        public @Nullable String getVersionTable() {
            return this.versionTable;
        }

        public void setVersionTable(@Nullable String versionTable) {
            this.versionTable = versionTable;
        }

        public @Nullable String getAppliedTable() {
            return this.appliedTable;
        }

        public void setAppliedTable(@Nullable String appliedTable) {
            this.appliedTable = appliedTable;
        }

        public @Nullable String getHistoryTable() {
            return this.historyTable;
        }

        public void setHistoryTable(@Nullable String historyTable) {
            this.historyTable = historyTable;
        }

        public @Nullable String getSchema() {
            return this.schema;
        }

        public void setSchema(@Nullable String schema) {
            this.schema = schema;
        }

        public @Nullable String getDataSource() {
            return this.dataSource;
        }

        public void setDataSource(@Nullable String dataSource) {
            this.dataSource = dataSource;
        }

        public @Nullable String getTarget() {
            return this.target;
        }

        public void setTarget(@Nullable String target) {
            this.target = target;
        }

        public int getOrder() {
            return this.order;
        }

        public void setOrder(int order) {
            this.order = order;
        }

    }

}
