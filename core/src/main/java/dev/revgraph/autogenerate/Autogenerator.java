package dev.revgraph.autogenerate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.revgraph.dialect.Dialect;
import dev.revgraph.dialect.Dialects;
import dev.revgraph.diff.Canonicalizer;
import dev.revgraph.diff.CompareOptions;
import dev.revgraph.diff.Difference;
import dev.revgraph.diff.SchemaComparator;
import dev.revgraph.schema.CatalogReader;
import dev.revgraph.schema.CatalogReaders;
import dev.revgraph.schema.Schema;
import dev.revgraph.schema.Sequence;
import dev.revgraph.schema.Table;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works out the revision that brings a database to its entity model: Alembic's autogenerate.
 *
 * <pre>{@code
 * AutogeneratePlan plan = Autogenerator.forConnection(connection)
 *         .plan(connection, modelSource, CompareOptions.defaults().ignoringTables("revgraph_version"));
 * if (plan.isEmpty()) {
 *     System.out.println("No changes in schema detected.");
 * }
 * }</pre>
 *
 * Reading: the database's catalog, in bulk, for each compared schema ({@link CompareOptions#schemas()},
 * the connection's current schema when none); the model's tables and sequences of the first (default)
 * schema are those without a schema or with that one, the others go to their own schema, and operations
 * on them are qualified ({@code op.inSchema("audit")}). Then the database's names in the model's spelling ({@link PortableNames}), the renames the
 * model declares, the comparison, the operations in dependency order, and the live counts of their risks.
 */
public final class Autogenerator {

    private static final Logger logger = LoggerFactory.getLogger(Autogenerator.class);

    /** Whether a comparison has been warmed up in this JVM. */
    private static final AtomicBoolean WARMED_UP = new AtomicBoolean();

    private final Dialect dialect;

    private final Canonicalizer canonicalizer;

    private final long largeTableRows;

    private Autogenerator(Dialect dialect, long largeTableRows) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.canonicalizer = Canonicalizer.forDialect(dialect);
        this.largeTableRows = largeTableRows;
    }

    public static Autogenerator forDialect(Dialect dialect) {
        return new Autogenerator(dialect, RiskAssessor.DEFAULT_LARGE_TABLE_ROWS);
    }

    public static Autogenerator forConnection(Connection connection) throws SQLException {
        return forDialect(Dialects.of(connection));
    }

    /** This autogenerator, calling tables with more rows than {@code rows} large (for locking risks). */
    public Autogenerator largeTableRows(long rows) {
        return new Autogenerator(dialect, rows);
    }

    public Dialect dialect() {
        return dialect;
    }

    /**
     * The plan for {@code model} against {@code database}, both of one schema, without a connection: risks
     * are not counted and no locking risk is judged.
     * @param qualifier the schema to qualify operations with, or {@code null} for unqualified names
     */
    public AutogeneratePlan plan(Schema model, Schema database, CompareOptions options, RenameHints hints,
            @Nullable String qualifier) {
        Definitions definitions = new Definitions(dialect, canonicalizer, qualifier);
        Renames renames = new Renames(canonicalizer, definitions, PortableNames.of(dialect, database));
        renames.apply(model, hints);
        Schema renamed = renames.database();
        List<Difference> differences = SchemaComparator.compare(canonicalizer, model, renamed, options);
        OperationGenerator generator = new OperationGenerator(dialect, canonicalizer, definitions, renames, model,
                renamed);
        List<PlannedOperation> upgrade = new ArrayList<>(renames.operations());
        upgrade.addAll(generator.generate(differences));
        return new AutogeneratePlan(differences, upgrade, generator.warnings());
    }

    /** The plan for {@code model} against {@code database}, unqualified, without rename hints or a connection. */
    public AutogeneratePlan plan(Schema model, Schema database, CompareOptions options) {
        return plan(model, database, options, RenameHints.none(), null);
    }

    /** Reads the database and compares it with the model, without planning operations: what {@code check} needs. */
    public List<Difference> differences(Connection connection, Schema model, CompareOptions options)
            throws SQLException {
        warmUp(model, options);
        List<Difference> differences = new ArrayList<>();
        for (SchemaPair pair : read(connection, model, options)) {
            differences.addAll(SchemaComparator.compare(canonicalizer, pair.model(),
                    PortableNames.of(dialect, pair.database()), options));
        }
        return differences;
    }

    /** Reads the database, compares it with {@code source}'s model, plans, and counts the risks' rows. */
    public AutogeneratePlan plan(Connection connection, ModelSource source, CompareOptions options)
            throws SQLException {
        Schema model = source.model(dialect);
        warmUp(model, options);
        List<Difference> differences = new ArrayList<>();
        List<PlannedOperation> upgrade = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        boolean first = true;
        for (SchemaPair pair : read(connection, model, options)) {
            AutogeneratePlan plan = plan(pair.model(), pair.database(), options, source.renameHints(),
                    first ? null : pair.database().name());
            plan = new RiskAssessor(dialect, largeTableRows).assess(plan, connection, pair.database().name());
            differences.addAll(plan.differences());
            upgrade.addAll(plan.upgrade());
            warnings.addAll(plan.warnings());
            first = false;
        }
        return new AutogeneratePlan(differences, upgrade, warnings);
    }

    /**
     * The first time in a JVM, compares the model with itself on a background thread, with a canonicalizer
     * of its own, while this thread reads the catalog: the comparison's classes are loaded and its code
     * run once meanwhile, on the other core, instead of after the read (in a fresh JVM the first comparison
     * costs about as much as the read's round trips). Nothing waits for it; once warm, it is not repeated.
     */
    private void warmUp(Schema model, CompareOptions options) {
        if (!WARMED_UP.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                SchemaComparator.compare(Canonicalizer.forDialect(this.dialect), model,
                        PortableNames.of(this.dialect, model), options);
            }
            catch (RuntimeException ex) {
                // only a warm-up: the real comparison reports whatever this met
                logger.debug("The comparison's warm-up failed", ex);
            }
        }, "revgraph-compare-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private record SchemaPair(Schema model, Schema database) {
    }

    private List<SchemaPair> read(Connection connection, Schema model, CompareOptions options) throws SQLException {
        CatalogReader reader = CatalogReaders.forDialect(dialect);
        List<String> schemas = options.schemas().isEmpty() ? List.of(reader.currentSchema(connection))
                : options.schemas();
        List<SchemaPair> pairs = new ArrayList<>();
        for (int i = 0; i < schemas.size(); i++) {
            String schema = schemas.get(i);
            boolean isDefault = i == 0;
            List<Table> tables = new ArrayList<>();
            for (Table table : model.tables()) {
                if (inPart(table.schema(), schema, isDefault, model)) {
                    tables.add(table);
                }
            }
            List<Sequence> sequences = new ArrayList<>();
            for (Sequence sequence : model.sequences()) {
                if (inPart(sequence.schema(), schema, isDefault, model)) {
                    sequences.add(sequence);
                }
            }
            Schema modelPart = new Schema(schema, tables, sequences);
            pairs.add(new SchemaPair(modelPart, reader.read(connection, schema, options.tableFilter())));
        }
        return pairs;
    }

    /**
     * Whether a model's table or sequence in {@code objectSchema} is compared with database schema
     * {@code schema}: its own schema, or the first (default) one when it has none or the model's.
     */
    private static boolean inPart(@Nullable String objectSchema, String schema, boolean isDefault, Schema model) {
        if (objectSchema == null) {
            return isDefault;
        }
        return same(objectSchema, schema) || (isDefault && model.name() != null && same(objectSchema, model.name()));
    }

    private static boolean same(String a, String b) {
        return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }
}
