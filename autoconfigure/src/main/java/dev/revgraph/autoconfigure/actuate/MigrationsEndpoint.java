package dev.revgraph.autoconfigure.actuate;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import dev.revgraph.autoconfigure.MigrationsDrift;
import dev.revgraph.autoconfigure.actuate.TreeMigrators.LoadedTree;
import dev.revgraph.command.CommandContext;
import dev.revgraph.command.MigrationTree;
import dev.revgraph.runtime.MigrationStatus;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.context.ApplicationContext;

/**
 * {@link Endpoint @Endpoint} that shows the migration trees of every context in the hierarchy, and
 * runs {@code upgrade}, {@code downgrade} and {@code stamp} on one of them.
 *
 * <ul>
 * <li>{@code GET /actuator/migrations}: for every tree, the current rows, the heads, the pending
 * revisions, whether it is up to date or ahead, every revision with its state, and the history.</li>
 * <li>{@code GET /actuator/migrations/{tree}}: one tree (404 when there is no such tree).</li>
 * <li>{@code GET /actuator/migrations/{tree}/{view}}: {@code current}, {@code heads}, {@code history},
 * {@code pending} or {@code drift}; {@code drift} answers the last comparison of the entity model with the
 * database ({@link MigrationsDrift}, comparing first if there was none), and compares again with
 * {@code ?refresh=true}.</li>
 * <li>{@code POST /actuator/migrations/{tree}} with {@code command}, {@code target}, {@code dryRun}
 * (true unless given) and {@code expectedCurrent}: see {@link #run}. Refused unless
 * {@code management.endpoint.migrations.access=unrestricted}.</li>
 * </ul>
 *
 * The endpoint never shows a JDBC URL, a user name, a password or a host.
 */
@Endpoint(id = "migrations", defaultAccess = Access.READ_ONLY)
public class MigrationsEndpoint {

    /** The views of {@code /actuator/migrations/{tree}/{view}}. */
    static final List<String> VIEWS = List.of("current", "heads", "history", "pending", "drift");

    private final ApplicationContext context;

    private final TreeMigrators migrators = new TreeMigrators();

    private final RunningMigrations running;

    /**
     * An endpoint over the command contexts of {@code context} and its parents, whose runs are stopped when
     * the application stops by the context's {@link RunningMigrations} bean (when it has none, nothing
     * stops them).
     */
    public MigrationsEndpoint(ApplicationContext context) {
        this.context = context;
        this.running = context.getBeanProvider(RunningMigrations.class)
            .getIfAvailable(() -> new RunningMigrations(Duration.ZERO));
    }

    /** Every tree of every context, from this one up through its parents. */
    @ReadOperation
    public MigrationsDescriptor migrations() {
        Map<String, ContextMigrationsDescriptor> contexts = new LinkedHashMap<>();
        ApplicationContext target = this.context;
        while (target != null) {
            Map<String, TreeDescriptor> trees = new LinkedHashMap<>();
            for (CommandContext commandContext : commandContexts(target)) {
                for (MigrationTree tree : commandContext.trees()) {
                    trees.putIfAbsent(tree.name(), describer(commandContext, tree).tree());
                }
            }
            ApplicationContext parent = target.getParent();
            contexts.put(Objects.requireNonNull(target.getId()),
                    new ContextMigrationsDescriptor(trees, (parent != null) ? parent.getId() : null));
            target = parent;
        }
        return new MigrationsDescriptor(contexts);
    }

    /** One tree; {@code null} (404) when no context has a tree of that name. */
    @ReadOperation
    public @Nullable TreeDescriptor tree(@Selector String tree) {
        TreeDescriber describer = find(tree);
        return (describer != null) ? describer.tree() : null;
    }

    /**
     * One view of a tree: {@code current}, {@code heads}, {@code history}, {@code pending} or
     * {@code drift}; {@code null} (404) for an unknown tree.
     * @param refresh for {@code drift}: whether to compare the model with the database again rather than
     * answer the last comparison (made at start-up by {@code migrations.drift.on-startup}, or by the
     * first request); ignored by the other views
     * @throws InvalidEndpointRequestException (400) for an unknown view
     */
    @ReadOperation
    public @Nullable OperationResponseBody treeView(@Selector String tree, @Selector String view,
            @Nullable Boolean refresh) {
        String name = view.toLowerCase(Locale.ROOT);
        if (!VIEWS.contains(name)) {
            throw new InvalidEndpointRequestException("No view '" + view + "'; the views are " + VIEWS,
                    "Unknown view");
        }
        TreeDescriber describer = find(tree);
        if (describer == null) {
            return null;
        }
        return switch (name) {
            case "current" -> describer.current();
            case "heads" -> describer.heads();
            case "history" -> new HistoryDescriptor(tree, describer.history());
            case "pending" -> describer.pending();
            default -> drift(tree, Boolean.TRUE.equals(refresh));
        };
    }

    private DriftDescriptor drift(String tree, boolean refresh) {
        for (ApplicationContext target = this.context; target != null; target = target.getParent()) {
            for (MigrationsDrift drift : target.getBeanProvider(MigrationsDrift.class).orderedStream().toList()) {
                if (drift.tree().equals(tree)) {
                    return DriftDescriber.drift(refresh ? drift.refresh() : drift.report());
                }
            }
        }
        return DriftDescriber.unavailable(tree, "Drift compares the entity model with the database of the first "
                + "tree of an application context; tree '" + tree + "' is not one");
    }

    /**
     * Plans or runs {@code command} on a tree, as the command line would.
     * <ul>
     * <li>{@code command}: {@code upgrade}, {@code downgrade} or {@code stamp};</li>
     * <li>{@code target}: the revision to go to ({@code heads} for an upgrade when not given; required
     * otherwise; a stamp takes several, comma separated);</li>
     * <li>{@code dryRun}: true unless given: answers the plan and its SQL for the connected database and
     * changes nothing;</li>
     * <li>{@code expectedCurrent}: the version rows the caller saw, comma separated ({@code base} or empty
     * for none); required for a real run, which is refused ({@code conflict}) unless they are the current
     * rows when the lock is held. (Actuator reads a request body's values as strings, hence no JSON
     * array.)</li>
     * </ul>
     * A real run takes the same migration lock as start-up.
     * @return the outcome, or {@code null} (404) for an unknown tree
     */
    @WriteOperation
    public @Nullable RunDescriptor run(@Selector String tree, String command, @Nullable String target,
            @Nullable Boolean dryRun, @Nullable String expectedCurrent) {
        TreeRun run = findRun(tree);
        if (run == null) {
            return null;
        }
        return run.run(command, target, (dryRun == null) || dryRun, expectedCurrent);
    }

    private @Nullable TreeDescriber find(String name) {
        for (ApplicationContext target = this.context; target != null; target = target.getParent()) {
            for (CommandContext commandContext : commandContexts(target)) {
                for (MigrationTree tree : commandContext.trees()) {
                    if (tree.name().equals(name)) {
                        return describer(commandContext, tree);
                    }
                }
            }
        }
        return null;
    }

    private @Nullable TreeRun findRun(String name) {
        for (ApplicationContext target = this.context; target != null; target = target.getParent()) {
            for (CommandContext commandContext : commandContexts(target)) {
                for (MigrationTree tree : commandContext.trees()) {
                    if (tree.name().equals(name)) {
                        return new TreeRun(commandContext, this.migrators.get(commandContext, tree), this.running);
                    }
                }
            }
        }
        return null;
    }

    private TreeDescriber describer(CommandContext commandContext, MigrationTree tree) {
        LoadedTree loaded = this.migrators.get(commandContext, tree);
        return new TreeDescriber(loaded, loaded.migrator().status());
    }

    private static List<CommandContext> commandContexts(ApplicationContext context) {
        return context.getBeanProvider(CommandContext.class).orderedStream().toList();
    }

    /**
     * Description of the trees of an application's contexts.
     *
     * @param contexts the trees of each context, by context id, from the endpoint's context up
     */
    public record MigrationsDescriptor(Map<String, ContextMigrationsDescriptor> contexts)
            implements OperationResponseBody {
    }

    /**
     * Description of the trees in one application context.
     *
     * @param trees the trees, by name, in their declared order
     * @param parentId the id of the parent context, if any
     */
    public record ContextMigrationsDescriptor(Map<String, TreeDescriptor> trees, @Nullable String parentId) {
    }

    /**
     * Description of one tree.
     *
     * @param database the database product and version, e.g. {@code PostgreSQL 15.4} (never its address)
     * @param current the version rows: the applied heads
     * @param heads the heads of the revisions ({@code heads} resolves to these)
     * @param pending the revisions an upgrade to the heads would run, in the order it would run them
     * @param upToDate whether every head is applied, nothing is unknown and nothing is in doubt
     * @param ahead whether the database holds revisions this build does not know
     * @param unknownRevisions those revisions, when ahead
     * @param inDoubt the failed or interrupted attempt that blocks further runs, if any
     * @param revisions every revision, base first, in the order an upgrade from nothing runs them
     * @param history the history table, oldest first
     */
    public record TreeDescriptor(String database, List<String> current, List<String> heads, List<String> pending,
            boolean upToDate, boolean ahead, @Nullable List<String> unknownRevisions,
            @Nullable HistoryEntryDescriptor inDoubt, List<RevisionDescriptor> revisions,
            List<HistoryEntryDescriptor> history) implements OperationResponseBody {
    }

    /**
     * Description of one revision.
     *
     * @param id the revision id
     * @param parents the ids of its parents (none for a base, several for a merge)
     * @param dependsOn the ids it depends on without being their child
     * @param branchLabels its branch labels, declared or inherited
     * @param message its message
     * @param script where it was loaded from: {@code classpath:db/revisions/0001_init.sql}, {@code class ...}
     * @param type {@code sql} or {@code java}
     * @param checksum its checksum (SHA-256, hex)
     * @param created when it was created, if its script says
     * @param head whether it is a head
     * @param state {@code current} (a version row), {@code applied}, {@code pending}, {@code failed} (the
     *     attempt in doubt), {@code unapplied} (neither applied nor on the way to the heads), or
     *     {@code unknown} (in the database, unknown to this build)
     */
    public record RevisionDescriptor(String id, @Nullable List<String> parents, @Nullable List<String> dependsOn,
            @Nullable List<String> branchLabels, @Nullable String message, @Nullable String script,
            @Nullable String type, @Nullable String checksum, @Nullable Instant created, @Nullable Boolean head,
            String state) {
    }

    /**
     * One row of the history table.
     *
     * @param id the row's id, increasing
     * @param revision the revision run, stamped or resolved
     * @param direction {@code upgrade}, {@code downgrade}, {@code stamp} or {@code resolve}
     * @param rowsBefore the version rows before the step
     * @param rowsAfter the version rows after it
     * @param started when the step started
     * @param finished when it finished, if it did
     * @param durationMs how long it took, in milliseconds, if it finished
     * @param status {@code running}, {@code success} or {@code failed}
     * @param statementsDone how many statements are known to have run
     * @param statementsTotal how many statements the step has, when known beforehand
     * @param error the error of a failed step
     */
    public record HistoryEntryDescriptor(long id, @Nullable String revision, String direction,
            List<String> rowsBefore, List<String> rowsAfter, Instant started, @Nullable Instant finished,
            @Nullable Long durationMs, String status, int statementsDone, @Nullable Integer statementsTotal,
            @Nullable String error) {
    }

    /**
     * {@code /actuator/migrations/{tree}/current}.
     *
     * @param tree the tree
     * @param current the revisions in the version table
     * @param upToDate whether the tree is up to date
     * @param ahead whether the database holds revisions this build does not know
     * @param inDoubt the failed or interrupted attempt that blocks further runs, if any
     */
    public record CurrentDescriptor(String tree, List<RevisionDescriptor> current, boolean upToDate, boolean ahead,
            @Nullable HistoryEntryDescriptor inDoubt) implements OperationResponseBody {
    }

    /**
     * {@code /actuator/migrations/{tree}/heads}.
     *
     * @param tree the tree
     * @param heads the head revisions
     */
    public record HeadsDescriptor(String tree, List<RevisionDescriptor> heads) implements OperationResponseBody {
    }

    /**
     * {@code /actuator/migrations/{tree}/pending}.
     *
     * @param tree the tree
     * @param pending the revisions an upgrade to the heads would run, in order
     */
    public record PendingDescriptor(String tree, List<RevisionDescriptor> pending) implements OperationResponseBody {
    }

    /**
     * {@code /actuator/migrations/{tree}/history}.
     *
     * @param tree the tree
     * @param history the history table, oldest first
     */
    public record HistoryDescriptor(String tree, List<HistoryEntryDescriptor> history)
            implements OperationResponseBody {
    }

    /**
     * {@code /actuator/migrations/{tree}/drift}: the last comparison of the entity model with the database,
     * as {@code migrations check} lists it.
     *
     * @param tree the tree
     * @param available whether there is an entity model to compare with the tree's database
     * @param status {@code IN_SYNC}, {@code DRIFT}, {@code UNAVAILABLE} (no entity model, or a tree drift
     *     does not compare) or {@code FAILED} (the model or the database could not be read)
     * @param reason why there is no comparison ({@code UNAVAILABLE}, {@code FAILED})
     * @param database the database compared, e.g. {@code PostgreSQL 15.4} (never its address)
     * @param checkedAt when the comparison was made; {@code ?refresh=true} makes a new one
     * @param entities the entities the model was built from
     * @param count how many differences there are
     * @param differences the differences, in the comparison's fixed order
     */
    public record DriftDescriptor(String tree, boolean available, String status, @Nullable String reason,
            @Nullable String database, @Nullable Instant checkedAt, @Nullable List<String> entities,
            @Nullable Integer count, @Nullable List<DifferenceDescriptor> differences) implements OperationResponseBody {
    }

    /**
     * One difference between the entity model and the database.
     *
     * @param kind {@code added} (only in the model), {@code removed} (only in the database) or
     *     {@code changed}
     * @param object what it is: {@code table}, {@code column}, {@code index}, {@code foreign key}...
     * @param path where it is: {@code orders.status}
     * @param property what differs, for {@code changed}: {@code type}, {@code nullable}, {@code default}...
     * @param model the model's value
     * @param database the database's value
     * @param rule the rule that compared them: {@code postgresql.type}, {@code structure.index}...
     * @param description the difference in words, as {@code migrations check} prints it
     */
    public record DifferenceDescriptor(String kind, String object, String path, @Nullable String property,
            @Nullable String model, @Nullable String database, String rule, String description) {
    }

    /**
     * What {@code POST /actuator/migrations/{tree}} did or would do.
     *
     * @param tree the tree
     * @param command the command
     * @param target the target
     * @param dryRun whether nothing was changed
     * @param outcome what happened: {@code planned}, {@code applied}, {@code conflict}, {@code rejected} or
     *     {@code failed} (see {@link Outcome})
     * @param current the version rows before (for a conflict: the actual rows, to send as
     *     {@code expectedCurrent})
     * @param rowsAfter the version rows after the plan
     * @param steps the steps planned (dry run) or run
     * @param sql the plan's SQL for the connected database (dry run)
     * @param code the error code, for a refused or failed command
     * @param message what went wrong, or a note
     */
    public record RunDescriptor(String tree, String command, @Nullable String target, boolean dryRun,
            String outcome, @Nullable List<String> current, @Nullable List<String> rowsAfter,
            @Nullable List<StepDescriptor> steps, @Nullable SqlDescriptor sql, @Nullable String code,
            @Nullable String message) implements OperationResponseBody {

        Outcome outcomeValue() {
            return Outcome.valueOf(this.outcome.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * One step of a plan.
     *
     * @param direction {@code upgrade}, {@code downgrade} or {@code stamp}
     * @param revision the revision run or stamped to
     * @param from where the step starts
     * @param to where it ends
     * @param description the step as the log words it: {@code upgrade a -> b, message}
     */
    public record StepDescriptor(String direction, @Nullable String revision, List<String> from, List<String> to,
            String description) {
    }

    /**
     * A plan's SQL.
     *
     * @param database the database it was written for
     * @param statements every statement, in order: the revisions' and the bookkeeping
     * @param script the script, with transaction boundaries and comments
     */
    public record SqlDescriptor(String database, List<String> statements, String script) {
    }

    /** How a {@code POST} ended; the web extension answers each with its own status. */
    public enum Outcome {

        /** A dry run: the plan and its SQL (200). */
        PLANNED,

        /** A real run that completed (200). */
        APPLIED,

        /**
         * Refused because of the database's state: {@code expectedCurrent} missing or stale, the lock held
         * by another migrator, an attempt in doubt, unknown revisions, an edited script (409).
         */
        CONFLICT,

        /** Refused because of the request: unknown command, bad or ambiguous target, irreversible step (400). */
        REJECTED,

        /** The run failed in the database (500). */
        FAILED;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
