package dev.revgraph.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.revgraph.dialect.Dialect;
import dev.revgraph.schema.Schema;
import dev.revgraph.schema.Sequence;
import dev.revgraph.schema.Table;
import dev.revgraph.schema.TableFilter;

import org.jspecify.annotations.Nullable;

/**
 * Compares an entity model with a database, both as {@link Schema}s, in the database's canonical form
 * ({@link Canonicalizer}), and lists how they differ. A database built from the model compares clean.
 *
 * <pre>{@code
 * Schema database = CatalogReaders.forConnection(connection).read(connection, "public", options.tableFilter());
 * List<Difference> differences = SchemaComparator.compare(dialect, model, database, options);
 * differences.forEach((difference) -> System.out.println(difference.describe()));
 * }</pre>
 *
 * <p>Tables, columns and sequences are paired by name (exactly, else by the canonical key: case folded,
 * PostgreSQL's truncation); primary keys, unique constraints, indexes, foreign keys and checks by
 * structure — kind, ordered columns, referenced table and columns, canonical expression — never by name,
 * so Hibernate's {@code UK…}/{@code FK…} names meet PostgreSQL's {@code *_key}/{@code *_fkey} and H2's
 * {@code CONSTRAINT_xx}. Indexes the database made for a constraint are not compared, nor sequences that
 * exist only for an identity or serial column. The result is in a fixed order: tables by name, within a
 * table its comment, columns, primary key, unique constraints, indexes, foreign keys, checks; then
 * sequences.
 */
public final class SchemaComparator {

    private final Canonicalizer canonicalizer;

    private final CompareOptions options;

    private final TableFilter tables;

    private SchemaComparator(Canonicalizer canonicalizer, CompareOptions options) {
        this.canonicalizer = canonicalizer;
        this.options = options;
        this.tables = options.tableFilter();
    }

    /** The differences between {@code model} and {@code database} in the canonical form of {@code dialect}'s database. */
    public static List<Difference> compare(Dialect dialect, Schema model, Schema database, CompareOptions options) {
        return compare(Canonicalizer.forDialect(dialect), model, database, options);
    }

    /** The differences between {@code model} and {@code database} in {@code canonicalizer}'s form. */
    public static List<Difference> compare(Canonicalizer canonicalizer, Schema model, Schema database,
            CompareOptions options) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(database, "database");
        return new SchemaComparator(canonicalizer, options).compare(model, database);
    }

    private List<Difference> compare(Schema model, Schema database) {
        List<Difference> differences = new ArrayList<>();
        List<Table> modelTables = included(model.tables());
        List<Table> databaseTables = included(database.tables());
        List<Pairs.Pair<Table>> pairs = Pairs.byName(modelTables, databaseTables, Table::name,
                canonicalizer::nameKey);
        for (Pairs.Pair<Table> pair : sortedByName(pairs)) {
            Table modelTable = pair.model();
            Table databaseTable = pair.database();
            String name = (databaseTable != null) ? databaseTable.name() : modelTable.name();
            if (!options.filter().include(ObjectKind.TABLE, name, modelTable, databaseTable)) {
                continue;
            }
            if (databaseTable == null) {
                differences.add(new Difference(Difference.Kind.ADDED, ObjectKind.TABLE, name, null, null, null,
                        "structure.table", modelTable, null, modelTable, null));
            }
            else if (modelTable == null) {
                differences.add(new Difference(Difference.Kind.REMOVED, ObjectKind.TABLE, name, null, null, null,
                        "structure.table", null, databaseTable, null, databaseTable));
            }
            else {
                new TableComparator(canonicalizer, options, model, modelTable, databaseTable, differences).compare();
            }
        }
        compareSequences(model, database, differences);
        return differences;
    }

    private List<Table> included(List<Table> all) {
        List<Table> included = new ArrayList<>(all.size());
        for (Table table : all) {
            if (tables.includes(table.name())) {
                included.add(table);
            }
        }
        return included;
    }

    private static List<Pairs.Pair<Table>> sortedByName(List<Pairs.Pair<Table>> pairs) {
        List<Pairs.Pair<Table>> sorted = new ArrayList<>(pairs);
        sorted.sort((a, b) -> name(a).compareToIgnoreCase(name(b)));
        return sorted;
    }

    private static String name(Pairs.Pair<Table> pair) {
        return (pair.model() != null) ? pair.model().name() : pair.database().name();
    }

    private void compareSequences(Schema model, Schema database, List<Difference> differences) {
        List<Sequence> modelSequences = new ArrayList<>();
        for (Sequence sequence : model.sequences()) {
            if (tables.includes(sequence.name())) {
                modelSequences.add(sequence);
            }
        }
        List<Sequence> databaseSequences = new ArrayList<>();
        for (Sequence sequence : database.sequences()) {
            if (tables.includes(sequence.name()) && !canonicalizer.implicit(sequence, database)) {
                databaseSequences.add(sequence);
            }
        }
        for (Pairs.Pair<Sequence> pair : Pairs.byName(modelSequences, databaseSequences, Sequence::name,
                canonicalizer::nameKey)) {
            Sequence modelSequence = pair.model();
            Sequence databaseSequence = pair.database();
            String name = (databaseSequence != null) ? databaseSequence.name() : modelSequence.name();
            if (!options.filter().include(ObjectKind.SEQUENCE, name, modelSequence, databaseSequence)) {
                continue;
            }
            if (databaseSequence == null) {
                differences.add(sequence(Difference.Kind.ADDED, name, null, describe(modelSequence), null,
                        modelSequence, null));
            }
            else if (modelSequence == null) {
                differences.add(sequence(Difference.Kind.REMOVED, name, null, null, describe(databaseSequence), null,
                        databaseSequence));
            }
            else if (modelSequence.increment() != databaseSequence.increment()) {
                // The start only matters when the sequence is created; the increment is Hibernate's allocation size
                differences.add(sequence(Difference.Kind.CHANGED, name, "increment",
                        String.valueOf(modelSequence.increment()), String.valueOf(databaseSequence.increment()),
                        modelSequence, databaseSequence));
            }
        }
    }

    private Difference sequence(Difference.Kind kind, String name, @Nullable String property, @Nullable String modelValue,
            @Nullable String databaseValue, @Nullable Sequence model, @Nullable Sequence database) {
        return new Difference(kind, ObjectKind.SEQUENCE, name, property, modelValue, databaseValue,
                "structure.sequence", null, null, model, database);
    }

    private static String describe(Sequence sequence) {
        return "START " + sequence.start() + " INCREMENT " + sequence.increment();
    }
}
