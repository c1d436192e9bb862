package dev.revgraph.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import dev.revgraph.dialect.DatabaseId;
import dev.revgraph.runtime.MigrationSettings;
import dev.revgraph.script.FileNameTemplate;
import dev.revgraph.script.RevisionIds;
import dev.revgraph.script.ScriptLocation;

import org.jspecify.annotations.Nullable;

/**
 * One named tree as the commands see it: where its revisions are, how its tables are set up, which
 * database it migrates, and where new revision files go. A plain value, built from the command line's
 * options or from an application's {@code migrations.trees.<name>.*} properties.
 *
 * <pre>{@code
 * MigrationTree feedback = MigrationTree.builder("feedback")
 *         .locations(List.of("classpath:db/feedback"))
 *         .settings(MigrationSettings.builder().versionTable("feedback_version").build())
 *         .dataSource(dataSource)
 *         .build();
 * }</pre>
 */
public final class MigrationTree {

    /** Where new SQL revisions go when the tree has no {@code filesystem:} location. */
    public static final Path DEFAULT_SQL_DIRECTORY = Path.of("src", "main", "resources", "db", "revisions");

    /** The source folder of classpath resources in a Maven or Gradle project. */
    private static final Path RESOURCES_DIRECTORY = Path.of("src", "main", "resources");

    /** Where new Java revisions' sources go. */
    public static final Path DEFAULT_JAVA_SOURCE_DIRECTORY = Path.of("src", "main", "java");

    /** The package of new Java revisions when the tree names none. */
    public static final String DEFAULT_JAVA_PACKAGE = "db.revisions";

    private final String name;

    private final List<String> locations;

    private final List<String> javaPackages;

    private final MigrationSettings settings;

    private final @Nullable DataSource dataSource;

    private final @Nullable DatabaseId databaseId;

    private final @Nullable String url;

    private final @Nullable Path revisionDirectory;

    private final Path javaSourceDirectory;

    private final @Nullable String javaPackage;

    private final String fileTemplate;

    private final RevisionFormat revisionFormat;

    private MigrationTree(Builder builder) {
        this.name = builder.name;
        this.locations = List.copyOf(builder.locations);
        this.javaPackages = List.copyOf(builder.javaPackages);
        this.settings = builder.settings.toBuilder().tree(builder.name).build();
        this.dataSource = builder.dataSource;
        this.databaseId = builder.databaseId;
        this.url = builder.url;
        this.revisionDirectory = builder.revisionDirectory;
        this.javaSourceDirectory = builder.javaSourceDirectory;
        this.javaPackage = builder.javaPackage;
        this.fileTemplate = builder.fileTemplate;
        this.revisionFormat = builder.revisionFormat;
    }

    /** A builder for the tree called {@code name}. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The tree's name: {@code main} by default. */
    public String name() {
        return this.name;
    }

    /** The SQL locations, in order. */
    public List<String> locations() {
        return this.locations;
    }

    /** The packages holding Java revisions, in order. */
    public List<String> javaPackages() {
        return this.javaPackages;
    }

    /** The runtime settings; {@code settings().tree()} is this tree's name. */
    public MigrationSettings settings() {
        return this.settings;
    }

    /** The database this tree migrates, or {@code null} when only offline commands are wanted. */
    public @Nullable DataSource dataSource() {
        return this.dataSource;
    }

    /**
     * The database's id when known without connecting (from the JDBC URL or configuration): what
     * {@code {vendor}} in a location expands to and the default dialect of offline SQL.
     */
    public @Nullable DatabaseId databaseId() {
        return this.databaseId;
    }

    /** The JDBC URL, for messages; printed only with its password masked. */
    public @Nullable String url() {
        return this.url;
    }

    /**
     * Where new SQL revisions are written: the configured directory, else the first {@code filesystem:}
     * location, else the source folder of the first {@code classpath:} location
     * ({@code classpath:db/audit} → {@code src/main/resources/db/audit}, as Maven and Gradle lay a project
     * out: a second tree's revisions go to its own folder), else {@link #DEFAULT_SQL_DIRECTORY}; relative to
     * the working directory. Locations with a {@code {vendor}} placeholder are passed over.
     */
    public Path revisionDirectory() {
        if (this.revisionDirectory != null) {
            return this.revisionDirectory;
        }
        List<ScriptLocation> locations = new ArrayList<>();
        for (String location : this.locations) {
            if (!location.contains("{")) {
                locations.add(ScriptLocation.parse(location, null));
            }
        }
        for (ScriptLocation location : locations) {
            if (location.kind() == ScriptLocation.Kind.FILESYSTEM) {
                return sourceDirectory(location);
            }
        }
        for (ScriptLocation location : locations) {
            if (location.kind() == ScriptLocation.Kind.CLASSPATH) {
                return sourceDirectory(location);
            }
        }
        return DEFAULT_SQL_DIRECTORY;
    }

    /**
     * The folder a location's scripts are written in: a {@code filesystem:} location's own, a
     * {@code classpath:} location's under {@code src/main/resources}, as Maven and Gradle lay a project out.
     */
    static Path sourceDirectory(ScriptLocation location) {
        return (location.kind() == ScriptLocation.Kind.FILESYSTEM) ? Path.of(location.path())
                : RESOURCES_DIRECTORY.resolve(location.path());
    }

    /** The source folder new Java revisions are written under; {@code src/main/java} by default. */
    public Path javaSourceDirectory() {
        return this.javaSourceDirectory;
    }

    /** The package of new Java revisions: the configured one, else the first Java package, else {@code db.revisions}. */
    public String javaPackage() {
        if (this.javaPackage != null) {
            return this.javaPackage;
        }
        return this.javaPackages.isEmpty() ? DEFAULT_JAVA_PACKAGE : this.javaPackages.get(0);
    }

    /** How new revision files are named: Alembic's {@code file_template}, {@code {rev}_{slug}} by default. */
    public String fileTemplate() {
        return this.fileTemplate;
    }

    /**
     * The format of new revisions when a command does not name one: SQL by default (the standalone command
     * line), Java in an application ({@code migrations.autogenerate.format}).
     */
    public RevisionFormat revisionFormat() {
        return this.revisionFormat;
    }

    @Override
    public String toString() {
        return "MigrationTree[" + this.name + ", locations=" + this.locations + ", javaPackages=" + this.javaPackages
                + "]";
    }

    /** Builds a {@link MigrationTree}. */
    public static final class Builder {

        private final String name;

        private List<String> locations = List.of(ScriptLocation.DEFAULT);

        private List<String> javaPackages = List.of();

        private MigrationSettings settings = MigrationSettings.defaults();

        private @Nullable DataSource dataSource;

        private @Nullable DatabaseId databaseId;

        private @Nullable String url;

        private @Nullable Path revisionDirectory;

        private Path javaSourceDirectory = DEFAULT_JAVA_SOURCE_DIRECTORY;

        private @Nullable String javaPackage;

        private String fileTemplate = FileNameTemplate.DEFAULT;

        private RevisionFormat revisionFormat = RevisionFormat.SQL;

        private Builder(String name) {
            Objects.requireNonNull(name, "name");
            RevisionIds.checkLabel(name).ifPresent((problem) -> {
                throw new IllegalArgumentException("Tree name: " + problem);
            });
            this.name = name;
        }

        /** The SQL locations; {@code classpath:db/revisions} by default. */
        public Builder locations(List<String> locations) {
            this.locations = new ArrayList<>(locations);
            return this;
        }

        /** The packages holding Java revisions; none by default. */
        public Builder javaPackages(List<String> javaPackages) {
            this.javaPackages = new ArrayList<>(javaPackages);
            return this;
        }

        /** The runtime settings; their tree name is replaced by this tree's. */
        public Builder settings(MigrationSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        public Builder dataSource(@Nullable DataSource dataSource) {
            this.dataSource = dataSource;
            return this;
        }

        public Builder databaseId(@Nullable DatabaseId databaseId) {
            this.databaseId = databaseId;
            return this;
        }

        /** The JDBC URL, for messages (masked) and to tell the database id when none is set. */
        public Builder url(@Nullable String url) {
            this.url = url;
            if (this.databaseId == null && url != null) {
                this.databaseId = JdbcUrls.databaseId(url);
            }
            return this;
        }

        public Builder revisionDirectory(@Nullable Path revisionDirectory) {
            this.revisionDirectory = revisionDirectory;
            return this;
        }

        public Builder javaSourceDirectory(Path javaSourceDirectory) {
            this.javaSourceDirectory = Objects.requireNonNull(javaSourceDirectory, "javaSourceDirectory");
            return this;
        }

        public Builder javaPackage(@Nullable String javaPackage) {
            this.javaPackage = javaPackage;
            return this;
        }

        public Builder fileTemplate(String fileTemplate) {
            new FileNameTemplate(fileTemplate);
            this.fileTemplate = fileTemplate;
            return this;
        }

        public Builder revisionFormat(RevisionFormat revisionFormat) {
            this.revisionFormat = Objects.requireNonNull(revisionFormat, "revisionFormat");
            return this;
        }

        public MigrationTree build() {
            return new MigrationTree(this);
        }
    }
}
