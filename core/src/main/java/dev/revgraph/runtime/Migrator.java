package dev.revgraph.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import dev.revgraph.ErrorCode;
import dev.revgraph.RevGraphException;
import dev.revgraph.dialect.Dialect;
import dev.revgraph.dialect.Dialects;
import dev.revgraph.operation.QualifiedName;
import dev.revgraph.revision.Plan;
import dev.revgraph.revision.Revision;
import dev.revgraph.revision.RevisionGraph;
import dev.revgraph.revision.Step;
import dev.revgraph.runtime.lock.LockTarget;
import dev.revgraph.runtime.lock.MigrationLock;
import dev.revgraph.runtime.lock.MigrationLocks;
import dev.revgraph.script.LoadedRevisions;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one tree's revisions against one database: the online runtime of DESIGN.md §4.
 *
 * <pre>{@code
 * LoadedRevisions revisions = RevisionLoader.forClassLoader(classLoader)
 *         .load(List.of("classpath:db/revisions"), "postgresql", List.of());
 * Migrator migrator = Migrator.create(dataSource, revisions, MigrationSettings.defaults(), ProgressListener.toLog());
 * migrator.upgrade("heads");
 * }</pre>
 *
 * Every command that changes the database takes the migration lock on a dedicated connection, creates
 * the tables it lacks, reads the rows again under the lock, checks everything (attempts in doubt,
 * unknown rows, checksums, irreversible steps) and only then runs its first statement; a migrator that
 * waited for the lock and finds the work done applies nothing. Read-only calls ({@link #status()},
 * {@link #history()}, the {@code plan...} methods, {@link #validate()}) take no lock and write nothing.
 *
 * <p>Thread-safe: every call uses connections of its own.
 */
public final class Migrator {

    private static final Logger logger = LoggerFactory.getLogger(Migrator.class);

    private final DataSource dataSource;

    private final LoadedRevisions revisions;

    private final MigrationSettings settings;

    private final MigrationListener listener;

    private final Dialect dialect;

    private final RevisionGraph graph;

    private final BookkeepingStore store;

    private final SessionSettings session;

    private final StateChecks checks;

    private volatile boolean stopRequested;

    private final Object runs = new Object();

    private int activeRuns;

    private Migrator(DataSource dataSource, LoadedRevisions revisions, MigrationSettings settings,
            MigrationListener listener, Dialect dialect) {
        this.dataSource = dataSource;
        this.revisions = revisions;
        this.settings = settings;
        this.listener = listener;
        this.dialect = dialect;
        this.graph = RevisionGraph.of(revisions.revisions());
        this.store = new BookkeepingStore(dialect, settings, new VersionTableSql(dialect, settings));
        if (settings.schema() != null) {
            dialect.validateIdentifier(settings.schema());
        }
        if (settings.transactionMode() == TransactionMode.ALL && !dialect.supportsTransactionalDdl()) {
            throw new RevGraphException(ErrorCode.UNSUPPORTED, "Transaction mode ALL needs transactional DDL, which "
                    + dialect.id().displayName() + " does not have: every DDL statement commits. Use PER_REVISION.");
        }
        this.session = SessionSettings.of(dialect, settings);
        this.checks = new StateChecks(this.graph, revisions, settings);
    }

    /** A migrator for {@code revisions} on {@code dataSource}; reads the dialect from one connection. */
    public static Migrator create(DataSource dataSource, LoadedRevisions revisions, MigrationSettings settings) {
        return create(dataSource, revisions, settings, MigrationListener.none());
    }

    /**
     * A migrator that reports to {@code listener}.
     * @throws IllegalArgumentException when a table or schema name in {@code settings} is not valid for
     *     the database
     * @throws RevGraphException when the revisions do not form a valid graph, or {@code unsupported} for
     *     transaction mode ALL without transactional DDL
     */
    public static Migrator create(DataSource dataSource, LoadedRevisions revisions, MigrationSettings settings,
            MigrationListener listener) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(revisions, "revisions");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(listener, "listener");
        Dialect dialect;
        try (Connection connection = dataSource.getConnection()) {
            dialect = Dialects.of(connection);
        }
        catch (SQLException ex) {
            throw new MigrationDatabaseException("Could not connect to read the database's dialect", ex);
        }
        return new Migrator(dataSource, revisions, settings,
                listener.andThen(FaultInjectionListener.fromSystemProperty()), dialect);
    }

    public RevisionGraph graph() {
        return this.graph;
    }

    public Dialect dialect() {
        return this.dialect;
    }

    public LoadedRevisions revisions() {
        return this.revisions;
    }

    public MigrationSettings settings() {
        return this.settings;
    }

    /** The statements this migrator keeps its tables with. */
    public VersionTableSql versionTableSql() {
        return this.store.sql();
    }

    // --- read-only ----------------------------------------------------------------------------------

    /** Where the database stands; works on a database never migrated (everything empty). */
    public MigrationStatus status() {
        return withConnection("read the migration status", (connection) -> {
            DatabaseState state = read(connection, this.store.inspect(connection));
            StateChecks.Rows rows = rows(connection, state);
            Plan pending = (rows.ahead() && !rows.traced()) ? emptyPlan(rows.effectiveRows())
                    : this.graph.planUpgrade(rows.effectiveRows(), "heads");
            if (rows.ahead() && !pending.isEmpty()) {
                pending = emptyPlan(rows.effectiveRows());
            }
            Set<String> applied = orderedApplied(state);
            HistoryEntry inDoubt = state.inDoubt().isEmpty() ? null : state.inDoubt().get(0);
            boolean migrating = inDoubt != null && inDoubt.status() == HistoryEntry.Status.RUNNING
                    && MigrationLocks.isHeld(this.dialect, connection, lockTarget(connection), lockTable())
                        .orElse(false);
            return new MigrationStatus(state.tables().versionTable(), ordered(state.versionRows()), applied,
                    this.graph.realHeads().stream().map(Revision::id).toList(), pending, rows.ahead(),
                    new LinkedHashSet<>(rows.unknown()), migrating ? null : inDoubt, migrating);
        });
    }

    /** The history table, oldest first; empty when it does not exist. */
    public List<HistoryEntry> history() {
        return withConnection("read the history", (connection) -> {
            TableState tables = this.store.inspect(connection);
            return tables.historyTable() ? this.store.readHistory(connection) : List.of();
        });
    }

    /** The upgrade to {@code target} from the rows now in the database; writes nothing. */
    public Plan planUpgrade(String target) {
        return plan(Command.upgrade(target));
    }

    /** The downgrade to {@code target} from the rows now in the database; writes nothing. */
    public Plan planDowngrade(String target) {
        return plan(Command.downgrade(target));
    }

    /** The stamp of {@code targets} from the rows now in the database; writes nothing. */
    public Plan planStamp(List<String> targets, boolean purge) {
        return plan(Command.stamp(targets, purge));
    }

    /**
     * Checks everything {@link #upgrade(String) upgrade("heads")} checks before its first statement,
     * without writing: the schema, attempts in doubt, unknown rows, checksums, and that every pending
     * step can be prepared. For {@code on-startup: validate}.
     */
    public void validate() {
        withConnection("validate the migrations", (connection) -> {
            TableState tables = this.store.inspect(connection);
            refuseNonEmpty(tables, Command.upgrade("heads"));
            DatabaseState state = read(connection, tables);
            Set<String> rows = checkedRows(connection, state, Command.upgrade("heads"));
            if (rows != null) {
                prepare(Command.upgrade("heads").plan(this.graph, startRows(tables, rows)));
            }
            return null;
        });
    }

    // --- commands -----------------------------------------------------------------------------------

    /** Upgrades to {@code target} ({@code heads}, {@code head}, an id, a label, {@code +2}, ...). */
    public MigrationResult upgrade(String target) {
        return run(Command.upgrade(target));
    }

    /** Downgrades to {@code target} ({@code base}, an id, {@code -1}, {@code label@base}, ...). */
    public MigrationResult downgrade(String target) {
        return run(Command.downgrade(target));
    }

    /** Moves the version rows to {@code targets} without running anything; {@code purge} deletes every row first. */
    public MigrationResult stamp(List<String> targets, boolean purge) {
        return run(Command.stamp(List.copyOf(targets), purge));
    }

    /**
     * Settles a revision the migrator refuses to pass, audited as a {@code resolve} history row:
     * {@link ResolveAction#RETRY} or {@link ResolveAction#MARK_APPLIED} for a failed or interrupted
     * attempt, {@link ResolveAction#ACCEPT_CHECKSUM} for an applied revision whose script was edited.
     * @throws RevGraphException {@code not_found} when there is nothing of that kind to resolve
     */
    public void resolve(String revision, ResolveAction action) {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(action, "action");
        withConnection("resolve " + revision, (connection) -> {
            try (MigrationLock lock = lock(connection)) {
                TableState tables = this.store.inspect(connection);
                this.store.createMissing(connection, tables);
                DatabaseState state = read(connection, this.store.inspect(connection));
                new Resolver(connection, this.graph, this.store, this.checks, this.revisions).resolve(state, revision,
                        action);
            }
            return null;
        });
    }

    // --- stopping -----------------------------------------------------------------------------------

    /**
     * Asks every run of this migrator, now and later, to stop at the next boundary between two steps:
     * the step that is running finishes (or fails) as it would, its transaction commits, the lock is
     * released, and the run throws {@code interrupted}. For a process that is shutting down (SIGTERM),
     * so that it leaves a settled database behind instead of being killed half-way through a step.
     */
    public void requestStop() {
        this.stopRequested = true;
    }

    /**
     * Waits until no run of this migrator is in progress, at most {@code timeout}.
     * @return true when none is
     */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this.runs) {
            while (this.activeRuns > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                this.runs.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    // --- the run ------------------------------------------------------------------------------------

    private MigrationResult run(Command command) {
        synchronized (this.runs) {
            this.activeRuns++;
        }
        try {
            refuseIfStopping(command, 0, null);
            return runCommand(command);
        }
        finally {
            synchronized (this.runs) {
                this.activeRuns--;
                this.runs.notifyAll();
            }
        }
    }

    /** Throws {@code interrupted} when a stop was requested; {@code done} steps of {@code plan} ran. */
    private void refuseIfStopping(Command command, int done, @Nullable Plan plan) {
        if (!this.stopRequested) {
            return;
        }
        if (plan == null) {
            throw new RevGraphException(ErrorCode.INTERRUPTED, "Not running " + command.describe()
                    + ": this migrator was asked to stop (the process is shutting down). Nothing was run.");
        }
        List<String> rest = plan.steps().subList(done, plan.steps().size()).stream().map(Step::describe).toList();
        throw new RevGraphException(ErrorCode.INTERRUPTED, "Stopped " + command.describe() + " after step " + done
                + " of " + plan.steps().size() + ": this migrator was asked to stop (the process is shutting down). "
                + "Every step that ran is committed and recorded, the lock is released, and the next run goes on "
                + "from here. Not run: " + String.join("; ", rest));
    }

    private MigrationResult runCommand(Command command) {
        long start = System.nanoTime();
        PreLock checked = (command.kind() != Command.Kind.STAMP) ? checkBeforeLocking(command, start) : null;
        if (checked != null && checked.done() != null) {
            return checked.done();
        }
        return withConnection(command.describe(), (connection) -> {
            try (MigrationLock lock = lock(connection)) {
                TableState tables = this.store.inspect(connection);
                boolean baseline = refuseNonEmpty(tables, command);
                this.store.createMissing(connection, tables);
                adoptIfNeeded(connection, tables);
                DatabaseState state = read(connection, this.store.inspect(connection));
                StepExecutor executor = new StepExecutor(connection, this.dialect, this.graph, this.store, this.listener);
                if (baseline && command.kind() == Command.Kind.UPGRADE && state.versionRows().isEmpty()) {
                    String baselineRevision = Objects.requireNonNull(this.settings.baselineOnStartup());
                    logger.info("Stamping the non-empty schema at {} (baselineOnStartup) before upgrading", baselineRevision);
                    Plan plan = this.graph.planStamp(Set.of(), List.of(baselineRevision), false);
                    executor.stamp(plan, Set.of(), state.applied(), checksums());
                    state = read(connection, tables(true));
                }
                Set<String> rows = checkedRows(connection, state, command);
                if (rows == null) { // ahead, and nothing this build could add
                    Set<String> current = ordered(state.versionRows());
                    MigrationResult result = new MigrationResult(emptyPlan(current), List.of(), current, current,
                            Duration.ofNanos(System.nanoTime() - start));
                    this.listener.planned(result.plan());
                    this.listener.finished(result);
                    return result;
                }
                Plan plan = command.plan(this.graph, rows);
                // the unlocked check prepared the same plan unless another migrator moved the rows meanwhile
                List<StepWork> works = (checked != null && plan.equals(checked.plan())) ? checked.works() : prepare(plan);
                this.listener.planned(plan);
                Set<String> before = ordered(state.versionRows());
                List<Step> done;
                Set<String> after;
                if (command.kind() == Command.Kind.STAMP) {
                    after = executor.stamp(plan, rows, state.applied(), checksums());
                    done = plan.steps();
                }
                else {
                    done = executor.run(plan, rows, works, this.settings.transactionMode(),
                            () -> this.stopRequested);
                    if (done.size() < plan.steps().size()) {
                        refuseIfStopping(command, done.size(), plan);
                    }
                    after = plan.rowsAfter();
                }
                MigrationResult result = new MigrationResult(plan, done, before, ordered(new ArrayList<>(after)),
                        Duration.ofNanos(System.nanoTime() - start));
                this.listener.finished(result);
                return result;
            }
        });
    }

    /**
     * The version rows to plan from, after every check; {@code null} when the database is ahead of this
     * build and an upgrade would add nothing (the caller applies nothing and reports ahead).
     */
    private @Nullable Set<String> checkedRows(Connection connection, DatabaseState state, Command command)
            throws SQLException {
        this.checks.refuseInDoubt(state);
        StateChecks.Rows rows = rows(connection, state);
        boolean purging = command.kind() == Command.Kind.STAMP && command.purge();
        if (rows.ahead() && !purging) {
            this.checks.checkUnknown(rows);
            if (command.kind() != Command.Kind.UPGRADE
                    || !command.plan(this.graph, rows.effectiveRows()).isEmpty()) {
                throw this.checks.refuseChange(rows, command.describe());
            }
            logger.warn("The database is ahead of this build: the version table holds {} that this build does not "
                    + "know; applying nothing", rows.unknown());
            this.checks.checkChecksums(state.applied());
            return null;
        }
        this.checks.checkChecksums(state.applied());
        if (command.kind() != Command.Kind.STAMP && state.versionRows().isEmpty() && !state.applied().isEmpty()) {
            throw this.checks.refuseEmptiedVersionTable(state.applied().keySet());
        }
        return purging ? Set.of() : rows.effectiveRows();
    }

    private StateChecks.Rows rows(Connection connection, DatabaseState state) throws SQLException {
        if (!state.tables().historyTable()) {
            return this.checks.rows(state.versionRows(), Map::of);
        }
        try {
            return this.checks.rows(state.versionRows(), () -> {
                try {
                    return this.store.readArrivals(connection);
                }
                catch (SQLException ex) {
                    throw new SqlFailure(ex);
                }
            });
        }
        catch (SqlFailure ex) {
            throw ex.sqlException;
        }
    }

    /** Refuses to migrate a schema that has tables but no version table; true when baselining instead. */
    private boolean refuseNonEmpty(TableState tables, Command command) {
        if (!tables.unmanagedNonEmpty() || command.kind() != Command.Kind.UPGRADE) {
            return false;
        }
        String baseline = this.settings.baselineOnStartup();
        if (baseline != null) {
            return !baseline.equals("base");
        }
        List<String> shown = tables.otherTables().subList(0, Math.min(5, tables.otherTables().size()));
        throw new RevGraphException(ErrorCode.NOT_EMPTY_WITHOUT_VERSION_TABLE, "The schema"
                + ((this.settings.schema() != null) ? " " + this.settings.schema() : "") + " has tables ("
                + String.join(", ", shown) + ((tables.otherTables().size() > shown.size()) ? ", ..." : "")
                + ") but no version table " + this.settings.versionTable() + ", so it was not built by these "
                + "migrations; running them from base would fail or clobber it. Stamp the revision it matches with "
                + "`migrations stamp REV`, or set baselineOnStartup (migrations.baseline-on-startup) to REV to stamp "
                + "it on start-up (or to 'base' to migrate it from base anyway).");
    }

    /** A version table with rows but no applied table: Alembic's, or an older RevGraph's. Adopt it. */
    private void adoptIfNeeded(Connection connection, TableState tables) throws SQLException {
        if (!tables.versionTable() || tables.appliedTable()) {
            return;
        }
        List<String> rows = this.store.readVersionRows(connection);
        if (rows.isEmpty()) {
            return;
        }
        StateChecks.Rows checked = this.checks.rows(rows, Map::of);
        if (checked.ahead()) {
            throw this.checks.refuseChange(checked, "adopt " + this.settings.versionTable());
        }
        connection.setAutoCommit(false);
        int count = 0;
        for (Revision revision : this.graph.applied(new LinkedHashSet<>(rows))) {
            this.store.insertApplied(connection, revision.id(), revision.info().checksum(), AppliedOrigin.ADOPTED, null);
            count++;
        }
        connection.commit();
        logger.info("Adopted {} applied revisions from the version table {} (rows {})", count,
                this.settings.versionTable(), rows);
    }

    private DatabaseState read(Connection connection, TableState tables) throws SQLException {
        return read(connection, tables, false);
    }

    /**
     * Reads the version rows, the applied set and the attempts in doubt. With {@code byDigest}, the
     * applied set is first compared as one aggregate row with the set the version rows imply (each with
     * its script's checksum); when they agree, that set is the applied set and no row of it is read —
     * a start-up at heads then reads as much with 1,000 revisions as with 10. Otherwise, and where the
     * database has no aggregate, the rows are read, and compared one by one where that matters.
     */
    private DatabaseState read(Connection connection, TableState tables, boolean byDigest) throws SQLException {
        List<String> rows = tables.versionTable() ? this.store.readVersionRows(connection) : List.of();
        boolean appliedRead = tables.appliedTable();
        Map<String, AppliedRow> applied = Map.of();
        Map<String, AppliedRow> implied = null;
        if (appliedRead) {
            implied = byDigest ? appliedByDigest(connection, rows) : null;
            applied = (implied != null) ? implied : this.store.readApplied(connection);
        }
        List<HistoryEntry> inDoubt = tables.historyTable() ? this.store.readInDoubt(connection) : List.of();
        return new DatabaseState(tables, rows, applied, appliedRead, inDoubt, implied != null);
    }

    /** The applied set {@code rows} imply, when the applied table's digest says it holds exactly that; else null. */
    private @Nullable Map<String, AppliedRow> appliedByDigest(Connection connection, List<String> rows)
            throws SQLException {
        for (String row : rows) {
            if (this.graph.find(row).isEmpty()) {
                return null; // rows this build does not know: the rows are read and judged in full
            }
        }
        Map<String, @Nullable String> checksums = new HashMap<>();
        for (Revision revision : this.graph.applied(new LinkedHashSet<>(rows))) {
            checksums.put(revision.id(), revision.info().checksum());
        }
        BookkeepingStore.AppliedDigest digest = this.store.readAppliedDigest(connection);
        if (digest == null || digest.count() != checksums.size()
                || !Objects.equals(digest.md5(), VersionTableSql.appliedDigest(checksums))) {
            return null;
        }
        Map<String, AppliedRow> applied = new HashMap<>();
        checksums.forEach((revision, checksum) -> applied.put(revision, new AppliedRow(revision, checksum, null)));
        return applied;
    }

    private static TableState tables(boolean exist) {
        return new TableState(exist, exist, exist, List.of(), List.of());
    }

    private Set<String> startRows(TableState tables, Set<String> rows) {
        String baseline = this.settings.baselineOnStartup();
        if (tables.unmanagedNonEmpty() && baseline != null && !baseline.equals("base")) {
            return this.graph.planStamp(Set.of(), List.of(baseline), false).rowsAfter();
        }
        return rows;
    }

    /** Works out every step's statements before the first one runs; refuses irreversible steps. */
    private List<StepWork> prepare(Plan plan) {
        List<StepWork> works = new ArrayList<>();
        for (Step step : plan.steps()) {
            if (step.direction() == Step.Direction.STAMP) {
                works.add(StepWork.stamp());
                continue;
            }
            Revision revision = Objects.requireNonNull(step.revision());
            if (this.settings.transactionMode() == TransactionMode.ALL && !revision.info().transactional()) {
                throw new RevGraphException(ErrorCode.UNSUPPORTED, "Revision " + revision.id() + " ("
                        + revision.source() + ") is transactional: false, so it cannot run inside the single "
                        + "transaction of transaction mode ALL; use PER_REVISION for this upgrade. Nothing was run.");
            }
            works.add(StepWork.of(step, this.revisions.find(revision.id()).orElseThrow(), this.dialect));
        }
        return works;
    }

    /**
     * Plans {@code command} from what the database holds now, without the lock or any write, and prepares
     * every step, so that a Java revision that cannot be created or an irreversible step is refused
     * before a single statement runs (the lock and the tables included). Another instance may be
     * migrating meanwhile, so what only the lock makes certain (an attempt in doubt, an emptied version
     * table, rows this build does not know) is left to the locked run. An upgrade that finds nothing to
     * do on a settled database — every table there, no attempt in progress, rows at the target — ends
     * here without taking the lock: rows only move forward under it, so they stay at the target.
     * @return null when the locked run must plan on its own; else the result when nothing is to be done,
     *     or the plan and its prepared steps
     */
    private @Nullable PreLock checkBeforeLocking(Command command, long start) {
        return withConnection("check " + command.describe(), (connection) -> {
            TableState tables = this.store.inspect(connection);
            DatabaseState state = read(connection, tables, true);
            boolean unsettled = !state.inDoubt().isEmpty()
                    || (state.versionRows().isEmpty() && !state.applied().isEmpty());
            StateChecks.Rows rows = rows(connection, state);
            if (unsettled || rows.ahead()) {
                return null;
            }
            Plan plan = command.plan(this.graph, startRows(tables, rows.effectiveRows()));
            List<StepWork> works = prepare(plan);
            if (command.kind() != Command.Kind.UPGRADE || !plan.isEmpty() || !tables.allExist()) {
                return new PreLock(null, plan, works);
            }
            if (!state.appliedMatchesScripts()) {
                this.checks.checkChecksums(state.applied());
            }
            Set<String> current = ordered(state.versionRows());
            MigrationResult result = new MigrationResult(emptyPlan(current), List.of(), current, current,
                    Duration.ofNanos(System.nanoTime() - start));
            this.listener.planned(result.plan());
            this.listener.finished(result);
            return new PreLock(result, plan, works);
        });
    }

    /** What the unlocked check found: the finished result of a run with nothing to do, or the prepared plan. */
    private record PreLock(@Nullable MigrationResult done, Plan plan, List<StepWork> works) {
    }

    private Plan plan(Command command) {
        return withConnection("plan " + command.describe(), (connection) -> {
            TableState tables = this.store.inspect(connection);
            DatabaseState state = read(connection, tables);
            Set<String> rows = checkedRows(connection, state, command);
            if (rows == null) {
                return emptyPlan(ordered(state.versionRows()));
            }
            return command.plan(this.graph, startRows(tables, rows));
        });
    }

    private MigrationLock lock(Connection connection) throws SQLException {
        if (!this.settings.lockEnabled()) {
            return MigrationLock.none();
        }
        return MigrationLocks.acquire(this.dialect, this.dataSource, lockTarget(connection), lockTable(),
                this.settings.lockTimeout());
    }

    /** The lock table of databases that lock with a row, in the version table's schema. */
    private String lockTable() {
        return this.dialect.qualified(QualifiedName.of(this.settings.schema(), BookkeepingStore.LOCK_TABLE));
    }

    /** The lock of this tree: database, schema and version table. */
    private LockTarget lockTarget(Connection connection) throws SQLException {
        String database = Objects.requireNonNullElse(connection.getCatalog(), "");
        String schema = (this.settings.schema() != null) ? this.settings.schema()
                : Objects.requireNonNullElse(connection.getSchema(), database);
        return new LockTarget(database, schema, this.settings.versionTable());
    }

    private Map<String, String> checksums() {
        Map<String, String> checksums = new LinkedHashMap<>();
        this.revisions.revisions().forEach((info) -> {
            if (info.checksum() != null) {
                checksums.put(info.id(), info.checksum());
            }
        });
        return checksums;
    }

    private Set<String> orderedApplied(DatabaseState state) {
        if (!state.appliedTableRead()) {
            StateChecks.Rows rows = this.checks.rows(state.versionRows(), Map::of);
            Set<String> applied = new LinkedHashSet<>();
            if (!rows.ahead()) {
                this.graph.applied(rows.effectiveRows()).forEach((revision) -> applied.add(revision.id()));
            }
            return applied;
        }
        return ordered(new ArrayList<>(state.applied().keySet()));
    }

    /** Ids in load order, unknown ones last in their given order. */
    private Set<String> ordered(List<String> ids) {
        Set<String> result = new LinkedHashSet<>();
        for (Revision revision : this.graph.revisions()) {
            if (ids.contains(revision.id())) {
                result.add(revision.id());
            }
        }
        result.addAll(ids);
        return result;
    }

    private Set<String> ordered(Set<String> ids) {
        return ordered(new ArrayList<>(ids));
    }

    private static Plan emptyPlan(Set<String> rows) {
        return new Plan(List.of(), rows, rows, false);
    }

    private <T> T withConnection(String what, SqlFunction<T> work) {
        try (Connection connection = this.dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            List<String> reset = this.session.apply(connection);
            try {
                return work.apply(connection);
            }
            finally {
                try {
                    if (!connection.getAutoCommit()) {
                        connection.rollback();
                    }
                    SessionSettings.reset(connection, reset);
                    connection.setAutoCommit(autoCommit);
                }
                catch (SQLException ex) {
                    logger.debug("Could not reset the migration session", ex);
                }
            }
        }
        catch (SQLException ex) {
            throw new MigrationDatabaseException("Could not " + what + " on " + this.dialect.id().displayName(), ex);
        }
    }

    @FunctionalInterface
    private interface SqlFunction<T> {

        T apply(Connection connection) throws SQLException;
    }

    /** An SQLException carried through a lambda. */
    private static final class SqlFailure extends RuntimeException {

        final SQLException sqlException;

        SqlFailure(SQLException cause) {
            super(cause.getMessage(), cause, false, false);
            this.sqlException = cause;
        }
    }
}
