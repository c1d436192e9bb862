package dev.revgraph.benchmarks.compare;

import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import dev.revgraph.autogenerate.Autogenerator;
import dev.revgraph.autogenerate.hibernate.HibernateMetamodel;
import dev.revgraph.autogenerate.hibernate.HibernateModelSource;
import dev.revgraph.dialect.Dialect;
import dev.revgraph.dialect.Dialects;
import dev.revgraph.diff.CompareOptions;
import dev.revgraph.diff.Difference;
import dev.revgraph.diff.SchemaComparator;
import dev.revgraph.schema.CatalogReader;
import dev.revgraph.schema.CatalogReaders;
import dev.revgraph.schema.Schema;
import dev.revgraph.schema.TableFilter;

/**
 * The measured runs of one contender in a JVM of its own, started by {@link CompareBenchmarks}:
 *
 * <pre>
 * java -cp benchmarks.jar dev.revgraph.benchmarks.compare.CompareRun --contender revgraph --db postgresql \
 *     --tables 500 --classes DIR --queries FILE [--iterations 5] [--round 0]
 * </pre>
 *
 * The databases come from the environment ({@link CompareDatabases#environment()}). Everything but the
 * measured call happens before the clock starts: the connections are open, and RevGraph's model (and
 * Hibernate's metadata, for validate) is built — RevGraph's build is timed apart, as {@code model}.
 * Iteration 1 is the <b>cold</b> figure (nothing of the contender has run in this JVM); later iterations
 * repeat it warm. For RevGraph, three more iterations time the read and the comparison apart
 * ({@code read}, {@code compare}) and two more the model build ({@code model}, warm). Prints one
 * {@link Sample} line per figure on standard output.
 */
public final class CompareRun {

    private static final int SPLIT_ITERATIONS = 3;

    private CompareRun() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        Contender contender = Contender.fromOption(options.get("contender"));
        Target target = Target.fromOption(options.get("db"));
        CompareSchema schema = new CompareSchema(Integer.parseInt(options.get("tables")));
        int iterations = Integer.parseInt(options.getOrDefault("iterations", "1"));
        int round = Integer.parseInt(options.getOrDefault("round", "0"));
        quietLogging();
        CompareDatabases databases = CompareDatabases.fromEnvironment();
        StatementLog log = new StatementLog();
        Samples samples = new Samples(round, target, contender, log);
        try (Connection connection = log.wrap(databases.connect())) {
            // What every contender pays before its work, paid here untimed: the driver's first metadata calls
            Dialect dialect = Dialects.of(connection);
            switch (contender) {
                case REVGRAPH -> revGraph(connection, dialect, schema, Path.of(options.get("classes")), iterations, samples);
                case BULK_FLOOR -> {
                    BulkReadFloor floor = new BulkReadFloor(CatalogQueryFile.read(Path.of(options.get("queries"))));
                    samples.repeat("run", iterations, () -> floor.read(connection));
                }
                case METADATA_FLOOR -> samples.repeat("run", iterations, () -> MetaDataFloor.read(connection));
                case LIQUIBASE -> {
                    try (Connection reference = log.wrap(databases.connectReference())) {
                        samples.repeat("run", iterations, () -> {
                            LiquibaseDiff.diff(reference, connection).ifPresent((report) -> {
                                throw new IllegalStateException("Liquibase found the two W3 databases different:\n"
                                        + report);
                            });
                        });
                    }
                }
                case HIBERNATE -> hibernate(connection, dialect, schema, Path.of(options.get("classes")), iterations, samples);
            }
        }
        // Liquibase and Hibernate may leave non-daemon threads behind; the runs are over
        System.exit(0);
    }

    private static void revGraph(Connection connection, Dialect dialect, CompareSchema schema, Path classes,
            int iterations, Samples samples) throws Exception {
        URLClassLoader loader = EntityClasses.loader(classes);
        Schema[] model = new Schema[1];
        samples.once("model", 1, () -> model[0] = modelSource(schema, loader).model(dialect));
        Autogenerator autogenerator = Autogenerator.forDialect(dialect);
        CompareOptions options = CompareOptions.defaults();
        samples.repeat("run", iterations, () -> requireNone(autogenerator.differences(connection, model[0], options)));
        if (iterations > 1) {
            CatalogReader reader = CatalogReaders.forDialect(dialect);
            String schemaName = reader.currentSchema(connection);
            for (int i = 1; i <= SPLIT_ITERATIONS; i++) {
                Schema[] database = new Schema[1];
                samples.once("read", i, () -> database[0] = reader.read(connection, schemaName, TableFilter.all()));
                samples.once("compare", i,
                        () -> requireNone(SchemaComparator.compare(dialect, model[0], database[0], options)));
            }
            for (int i = 2; i <= 3; i++) {
                samples.once("model", i, () -> modelSource(schema, loader).model(dialect));
            }
        }
    }

    private static void hibernate(Connection connection, Dialect dialect, CompareSchema schema, Path classes,
            int iterations, Samples samples) throws Exception {
        URLClassLoader loader = EntityClasses.loader(classes);
        Thread.currentThread().setContextClassLoader(loader);
        try (HibernateMetamodel metamodel = modelSource(schema, loader).metamodel(dialect)) {
            HibernateValidate validate = new HibernateValidate(metamodel);
            samples.repeat("run", iterations, () -> validate.validate(connection));
        }
    }

    /** The entities as a Spring Boot application hands them to Hibernate: by name, with Boot's naming. */
    static HibernateModelSource modelSource(CompareSchema schema, ClassLoader loader) {
        return HibernateModelSource.builder()
            .managedClassNames(schema.entityClassNames())
            .property("hibernate.physical_naming_strategy", CompareSchema.PHYSICAL_NAMING_STRATEGY)
            .classLoader(loader)
            .build();
    }

    private static void requireNone(List<Difference> differences) {
        if (!differences.isEmpty()) {
            throw new IllegalStateException("RevGraph found " + differences.size() + " differences, first: "
                    + differences.get(0).describe());
        }
    }

    /** Warnings only, for every tool: console output is not what is measured. */
    static void quietLogging() {
        java.util.logging.Logger.getLogger("").setLevel(Level.WARNING);
        java.util.logging.Logger.getLogger("liquibase").setLevel(Level.WARNING);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Expected --option value pairs, found " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        for (String required : new String[] { "contender", "db", "tables" }) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("--" + required + " is required");
            }
        }
        return options;
    }

    @FunctionalInterface
    private interface Work {

        void run() throws Exception;
    }

    /** Times work and prints a {@link Sample} line for each. */
    private record Samples(int round, Target target, Contender contender, StatementLog log) {

        void repeat(String metric, int iterations, Work work) throws Exception {
            for (int i = 1; i <= iterations; i++) {
                once(metric, i, work);
            }
        }

        void once(String metric, int iteration, Work work) throws Exception {
            this.log.clear();
            long start = System.nanoTime();
            work.run();
            double millis = (System.nanoTime() - start) / 1e6;
            Sample sample = new Sample(this.round, this.target, this.contender, metric, iteration, millis,
                    this.log.statements());
            System.out.println(sample.toLine());
            System.out.flush();
        }
    }
}
