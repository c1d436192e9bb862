package dev.revgraph.autogenerate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dev.revgraph.Migration;
import dev.revgraph.dialect.Dialect;
import dev.revgraph.dialect.Dialects;
import dev.revgraph.diff.CompareOptions;
import dev.revgraph.diff.Difference;
import dev.revgraph.diff.ModelBuilder;
import dev.revgraph.operation.Operation;
import dev.revgraph.operation.Operations;
import dev.revgraph.operation.RecordingOperations;
import dev.revgraph.schema.CatalogReader;
import dev.revgraph.schema.CatalogReaders;
import dev.revgraph.schema.Schema;
import dev.revgraph.schema.Sequence;
import dev.revgraph.schema.TableFilter;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;

/**
 * Builds, once per database, the state every {@link Change} starts from, autogenerates each change's
 * revision against it, and compiles all the Java revisions in one compiler run. Every change's tables
 * carry its id, so the changes share one database and each test undoes its own.
 */
final class ChangeMatrix {

    private static final Map<DatabaseKind, ChangeMatrix> PREPARED = new EnumMap<>(DatabaseKind.class);

    final DatabaseKind kind;

    final TestDatabase database;

    final Dialect dialect;

    final List<Difference> beforeDifferences;

    final Map<String, Schema> before = new LinkedHashMap<>();

    final Map<String, AutogeneratePlan> plans = new LinkedHashMap<>();

    final Map<String, String> javaSources = new LinkedHashMap<>();

    final Map<String, String> sqlRevisions = new LinkedHashMap<>();

    final ClassLoader classes;

    private final Path directory;

    private ChangeMatrix(DatabaseKind kind, TestDatabase database, List<Change> changes, Path directory)
            throws SQLException, IOException {
        this.kind = kind;
        this.database = database;
        this.directory = directory;
        try (Connection connection = database.connect()) {
            this.dialect = Dialects.of(connection);
            this.beforeDifferences = buildBeforeStates(connection, changes);
            Map<String, String> sources = new LinkedHashMap<>();
            for (Change change : changes) {
                before.put(change.id, snapshot(connection, change));
                AutogeneratePlan plan = Autogenerator.forDialect(dialect)
                    .plan(connection, source(model(change.after.get(), change.afterSequences), change.hints),
                            options(change));
                plans.put(change.id, plan);
                RevisionMetadata metadata = new RevisionMetadata(change.id + "abcdef0", List.of(), List.of(), List.of(),
                        change.title, Instant.parse("2026-01-02T03:04:05Z"));
                String source = JavaRevisionRenderer.render(metadata, "generated", className(change), plan).toString();
                javaSources.put(change.id, source);
                sources.put("generated." + className(change), source);
                sqlRevisions.put(change.id, SqlRevisionRenderer.render(metadata, plan, dialect));
            }
            this.classes = InProcessCompiler.compile(sources, directory);
        }
    }

    static synchronized ChangeMatrix prepare(DatabaseKind kind, TestDatabase database) {
        return PREPARED.computeIfAbsent(kind, (ignored) -> {
            try {
                return new ChangeMatrix(kind, database, changesFor(kind),
                        Files.createTempDirectory("revgraph-autogenerate-" + kind.name().toLowerCase(Locale.ROOT)));
            }
            catch (SQLException | IOException ex) {
                throw new IllegalStateException(ex);
            }
        });
    }

    /** Forgets the prepared matrices, for when the test class's databases are dropped, and their class files. */
    static synchronized void reset() throws IOException {
        for (ChangeMatrix matrix : PREPARED.values()) {
            try (Stream<Path> files = Files.walk(matrix.directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        PREPARED.clear();
    }

    static List<Change> changesFor(DatabaseKind kind) {
        return Changes.all().stream().filter((change) -> change.kinds.contains(kind)).toList();
    }

    private List<Difference> buildBeforeStates(Connection connection, List<Change> changes) throws SQLException {
        List<ModelBuilder> tables = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        for (Change change : changes) {
            tables.addAll(change.before.get());
            sequences.addAll(change.beforeSequences);
        }
        Schema union = model(tables, sequences);
        AutogeneratePlan plan = Autogenerator.forDialect(dialect).plan(connection, ModelSource.of(union),
                CompareOptions.defaults());
        execute(connection, plan.upgradeOperations());
        return Autogenerator.forDialect(dialect).differences(connection, union, CompareOptions.defaults());
    }

    Schema model(List<ModelBuilder> tables, List<Sequence> sequences) {
        return ModelBuilder.schema(dialect, sequences, tables.toArray(ModelBuilder[]::new));
    }

    private static ModelSource source(Schema model, RenameHints hints) {
        return new ModelSource() {

            @Override
            public Schema model(Dialect dialect) {
                return model;
            }

            @Override
            public RenameHints renameHints() {
                return hints;
            }
        };
    }

    static CompareOptions options(Change change) {
        return CompareOptions.defaults().includeTables(change.glob());
    }

    static String className(Change change) {
        return "Revision_" + change.id;
    }

    /** The change's tables and sequences as the database has them. */
    Schema snapshot(Connection connection, Change change) throws SQLException {
        CatalogReader reader = CatalogReaders.forConnection(connection);
        Schema schema = reader.read(connection, reader.currentSchema(connection), TableFilter.all()
            .including(change.glob()));
        String prefix = change.id.toLowerCase(Locale.ROOT) + "_";
        return new Schema(schema.name(), schema.tables(), schema.sequences().stream()
            .filter((sequence) -> sequence.name().toLowerCase(Locale.ROOT).startsWith(prefix))
            .toList());
    }

    Migration migration(Change change) throws ReflectiveOperationException {
        return (Migration) classes.loadClass("generated." + className(change)).getDeclaredConstructor().newInstance();
    }

    /** Records what {@code method} does with an {@link Operations} and runs it, statement by statement. */
    void run(Connection connection, Consumer<Operations> method) throws SQLException {
        RecordingOperations recording = new RecordingOperations();
        method.accept(recording);
        execute(connection, recording.operations());
    }

    void execute(Connection connection, List<Operation> operations) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (Operation operation : operations) {
                for (String sql : dialect.render(operation)) {
                    statement.execute(sql);
                }
            }
        }
    }

    void executeSql(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
