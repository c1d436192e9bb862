package dev.revgraph.command;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import dev.revgraph.autogenerate.ModelSource;
import dev.revgraph.diff.CompareOptions;
import dev.revgraph.runtime.MigrationListener;
import dev.revgraph.runtime.MigrationSettings;
import dev.revgraph.script.RevisionLoader;

import org.jspecify.annotations.Nullable;

/**
 * What every command runs against: the trees in their declared order, how revisions are loaded, the
 * working directory new revision files are written under, and the clock and id source for new
 * revisions. A plain value with no command-line types in it, so that an application can build one from
 * its configuration and run the same commands the standalone command line runs:
 *
 * <pre>{@code
 * CommandContext context = CommandContext.builder()
 *         .tree(MigrationTree.builder("main").locations(List.of("classpath:db/revisions"))
 *                 .dataSource(dataSource).build())
 *         .revisionLoader(RevisionLoader.forClassLoader(classLoader))
 *         .build();
 * int status = new CommandRunner(context, out, err).run(new UpgradeCommand(null, "heads"), false);
 * }</pre>
 */
public final class CommandContext {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<MigrationTree> trees;

    private final RevisionLoader revisionLoader;

    private final Path workingDirectory;

    private final Clock clock;

    private final Supplier<String> revisionIds;

    private final MigrationListener listener;

    private final @Nullable ModelSource modelSource;

    private final CompareOptions compareOptions;

    private CommandContext(Builder builder) {
        if (builder.trees.isEmpty()) {
            throw new IllegalArgumentException("A command context needs at least one tree");
        }
        Set<String> names = new LinkedHashSet<>();
        for (MigrationTree tree : builder.trees) {
            if (!names.add(tree.name())) {
                throw new IllegalArgumentException("Tree '" + tree.name() + "' is declared twice");
            }
        }
        this.trees = List.copyOf(builder.trees);
        this.revisionLoader = (builder.revisionLoader != null) ? builder.revisionLoader
                : RevisionLoader.forClassLoader(defaultClassLoader());
        this.workingDirectory = builder.workingDirectory.toAbsolutePath().normalize();
        this.clock = builder.clock;
        this.revisionIds = builder.revisionIds;
        this.listener = builder.listener;
        this.modelSource = builder.modelSource;
        this.compareOptions = builder.compareOptions;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every tree, in declared order. */
    public List<MigrationTree> trees() {
        return this.trees;
    }

    /**
     * The tree a single-tree command works on: the one named, or the only one.
     * @throws CommandUsageException when {@code name} is unknown, or is {@code null} and there are several trees
     */
    public MigrationTree tree(@Nullable String name) {
        if (name != null) {
            return find(name);
        }
        if (this.trees.size() > 1) {
            throw new CommandUsageException("There are " + this.trees.size() + " trees (" + names()
                    + "); choose one with --tree NAME");
        }
        return this.trees.get(0);
    }

    /** The trees a command that may act on every tree works on: the one named, or all in declared order. */
    public List<MigrationTree> treesFor(@Nullable String name) {
        return (name != null) ? List.of(find(name)) : this.trees;
    }

    /** Loads revisions; an application passes one that creates Java revisions through its bean factory. */
    public RevisionLoader revisionLoader() {
        return this.revisionLoader;
    }

    /** The directory relative paths (version paths, source folders) are resolved against. */
    public Path workingDirectory() {
        return this.workingDirectory;
    }

    /** The clock that dates new revisions. */
    public Clock clock() {
        return this.clock;
    }

    /** A new revision id: twelve lowercase hex characters from {@link SecureRandom} unless replaced. */
    public String newRevisionId() {
        return this.revisionIds.get();
    }

    /** Hears what online commands do, besides the progress they print (for metrics, or tests). */
    public MigrationListener listener() {
        return this.listener;
    }

    /**
     * Where {@code revision --autogenerate} and {@code check} get the entity model from, or {@code null}
     * where there is none (the standalone command line).
     */
    public @Nullable ModelSource modelSource() {
        return this.modelSource;
    }

    /** What {@code revision --autogenerate} and {@code check} compare (tables, types, defaults, filter). */
    public CompareOptions compareOptions() {
        return this.compareOptions;
    }

    /**
     * What {@code check}, {@code revision --autogenerate} and drift compare for {@code tree}: the
     * {@link #compareOptions()} without RevGraph's own tables ({@link MigrationSettings#ownTables()}), in the
     * tree's schema when the options name none.
     */
    public CompareOptions compareOptions(MigrationTree tree) {
        MigrationSettings settings = tree.settings();
        CompareOptions options = this.compareOptions.ignoringTables(settings.ownTables().toArray(String[]::new));
        if (options.schemas().isEmpty() && settings.schema() != null) {
            options = options.schemas(List.of(settings.schema()));
        }
        return options;
    }

    private MigrationTree find(String name) {
        for (MigrationTree tree : this.trees) {
            if (tree.name().equals(name)) {
                return tree;
            }
        }
        throw new CommandUsageException("No tree named '" + name + "'; the trees are: " + names());
    }

    private String names() {
        return String.join(", ", this.trees.stream().map(MigrationTree::name).toList());
    }

    private static ClassLoader defaultClassLoader() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return (loader != null) ? loader : CommandContext.class.getClassLoader();
    }

    static String randomRevisionId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Builds a {@link CommandContext}. */
    public static final class Builder {

        private final List<MigrationTree> trees = new ArrayList<>();

        private @Nullable RevisionLoader revisionLoader;

        private Path workingDirectory = Path.of("");

        private Clock clock = Clock.systemUTC();

        private Supplier<String> revisionIds = CommandContext::randomRevisionId;

        private MigrationListener listener = MigrationListener.none();

        private @Nullable ModelSource modelSource;

        private CompareOptions compareOptions = CompareOptions.defaults();

        private Builder() {
        }

        /** Adds a tree; trees keep the order they are added in. */
        public Builder tree(MigrationTree tree) {
            this.trees.add(Objects.requireNonNull(tree, "tree"));
            return this;
        }

        public Builder trees(List<MigrationTree> trees) {
            trees.forEach(this::tree);
            return this;
        }

        public Builder revisionLoader(RevisionLoader revisionLoader) {
            this.revisionLoader = Objects.requireNonNull(revisionLoader, "revisionLoader");
            return this;
        }

        public Builder workingDirectory(Path workingDirectory) {
            this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Where new revision ids come from; for tests that need predictable ids. */
        public Builder revisionIds(Supplier<String> revisionIds) {
            this.revisionIds = Objects.requireNonNull(revisionIds, "revisionIds");
            return this;
        }

        public Builder listener(MigrationListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** The entity model {@code revision --autogenerate} and {@code check} compare the database with. */
        public Builder modelSource(@Nullable ModelSource modelSource) {
            this.modelSource = modelSource;
            return this;
        }

        /** What {@code revision --autogenerate} and {@code check} compare; {@link CompareOptions#defaults()} by default. */
        public Builder compareOptions(CompareOptions compareOptions) {
            this.compareOptions = Objects.requireNonNull(compareOptions, "compareOptions");
            return this;
        }

        public CommandContext build() {
            return new CommandContext(this);
        }
    }
}
