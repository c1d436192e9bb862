package dev.revgraph.autoconfigure.actuate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.revgraph.command.CommandContext;
import dev.revgraph.command.MigrationTree;
import dev.revgraph.revision.Revision;
import dev.revgraph.revision.RevisionInfo;
import dev.revgraph.revision.Step;
import dev.revgraph.runtime.MigrationListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.jspecify.annotations.Nullable;

/**
 * Micrometer metrics of the migrations, as a {@link MeterBinder} and a {@link MigrationListener} the
 * auto-configuration adds to the command context:
 *
 * <ul>
 * <li>{@code revgraph.migrations.pending} (gauge, tag {@code tree}): the revisions an upgrade to the
 * heads would run, read from the database each time it is sampled;</li>
 * <li>{@code revgraph.migrations.step} (timer, tags {@code tree}, {@code direction} = upgrade|downgrade,
 * {@code status} = success|failed): each revision run, at start-up, from the command line inside the
 * application, or through the endpoint;</li>
 * <li>{@code revgraph.migrations.failures} (counter, tags {@code tree}, {@code direction}): the steps that
 * failed.</li>
 * </ul>
 * The start-up migration runs before any meter registry is bound; what it records is kept and handed to
 * each registry when it binds.
 */
public class MigrationsMetrics implements MeterBinder, MigrationListener {

    static final String PENDING = "revgraph.migrations.pending";

    static final String STEP = "revgraph.migrations.step";

    static final String FAILURES = "revgraph.migrations.failures";

    private static final List<String> DIRECTIONS = List.of("upgrade", "downgrade");

    private final Supplier<List<CommandContext>> contexts;

    private final TreeMigrators migrators;

    private final Map<Step, Long> started = new ConcurrentHashMap<>();

    /** What was recorded before the first registry was bound (the start-up migration). */
    private final List<StepRecord> recorded = new ArrayList<>();

    private final List<MeterRegistry> registries = new ArrayList<>();

    private volatile @Nullable Map<RevisionInfo, String> treesByRevision;

    /** Metrics of the trees of {@code contexts}, asked for when first needed. */
    public MigrationsMetrics(Supplier<List<CommandContext>> contexts) {
        this(contexts, new TreeMigrators());
    }

    MigrationsMetrics(Supplier<List<CommandContext>> contexts, TreeMigrators migrators) {
        this.contexts = contexts;
        this.migrators = migrators;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (CommandContext context : this.contexts.get()) {
            for (MigrationTree tree : context.trees()) {
                Gauge.builder(PENDING, () -> pending(context, tree))
                    .tag("tree", tree.name())
                    .description("Revisions an upgrade to the heads would run")
                    .strongReference(true)
                    .register(registry);
                for (String direction : DIRECTIONS) {
                    failures(registry, tree.name(), direction);
                }
            }
        }
        synchronized (this.registries) {
            this.registries.add(registry);
            this.recorded.forEach((record) -> record.recordTo(registry));
            this.recorded.clear();
        }
    }

    @Override
    public void stepStarted(Step step, int index, int total) {
        if (step.direction() != Step.Direction.STAMP) {
            this.started.put(step, System.nanoTime());
        }
    }

    @Override
    public void afterCommit(Step step, Duration elapsed) {
        if (step.direction() != Step.Direction.STAMP) {
            this.started.remove(step);
            record(new StepRecord(tree(step), direction(step), "success", elapsed));
        }
    }

    @Override
    public void stepFailed(Step step, RuntimeException error) {
        if (step.direction() != Step.Direction.STAMP) {
            Long start = this.started.remove(step);
            Duration elapsed = (start != null) ? Duration.ofNanos(System.nanoTime() - start) : Duration.ZERO;
            record(new StepRecord(tree(step), direction(step), "failed", elapsed));
        }
    }

    private void record(StepRecord record) {
        synchronized (this.registries) {
            if (this.registries.isEmpty()) {
                this.recorded.add(record);
            }
            this.registries.forEach(record::recordTo);
        }
    }

    private double pending(CommandContext context, MigrationTree tree) {
        try {
            return this.migrators.get(context, tree).migrator().status().pending().revisionIds().size();
        }
        catch (RuntimeException ex) {
            return Double.NaN;
        }
    }

    /**
     * The tree a step's revision belongs to. Listeners hear every tree's steps, so the revision is looked
     * up among the trees' revisions (a revision's id, source and checksum together name one tree).
     */
    private String tree(Step step) {
        Revision revision = step.revision();
        if (revision == null) {
            return "unknown";
        }
        List<CommandContext> contexts = this.contexts.get();
        if (contexts.size() == 1 && contexts.get(0).trees().size() == 1) {
            return contexts.get(0).trees().get(0).name();
        }
        Map<RevisionInfo, String> trees = this.treesByRevision;
        if (trees == null || !trees.containsKey(revision.info())) {
            trees = indexTrees();
            this.treesByRevision = trees;
        }
        return trees.getOrDefault(revision.info(), "unknown");
    }

    private Map<RevisionInfo, String> indexTrees() {
        Map<RevisionInfo, String> trees = new HashMap<>();
        for (CommandContext context : this.contexts.get()) {
            for (MigrationTree tree : context.trees()) {
                try {
                    for (RevisionInfo info : this.migrators.get(context, tree).revisions().scripts().revisions()) {
                        trees.putIfAbsent(info, tree.name());
                    }
                }
                catch (RuntimeException ex) {
                    // a tree that cannot be loaded now is not the one running
                }
            }
        }
        return trees;
    }

    private static String direction(Step step) {
        return (step.direction() == Step.Direction.UP) ? "upgrade" : "downgrade";
    }

    private static Counter failures(MeterRegistry registry, String tree, String direction) {
        return Counter.builder(FAILURES)
            .tag("tree", tree)
            .tag("direction", direction)
            .description("Revision steps that failed")
            .register(registry);
    }

    /** One step, as the meters see it. */
    private record StepRecord(String tree, String direction, String status, Duration elapsed) {

        void recordTo(MeterRegistry registry) {
            Timer.builder(STEP)
                .tag("tree", this.tree)
                .tag("direction", this.direction)
                .tag("status", this.status)
                .description("Time taken to run one revision step")
                .register(registry)
                .record(this.elapsed);
            if (this.status.equals("failed")) {
                failures(registry, this.tree, this.direction).increment();
            }
        }
    }
}
