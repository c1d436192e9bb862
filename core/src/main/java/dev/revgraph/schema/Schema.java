package dev.revgraph.schema;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A schema's tables and sequences, sorted by name. Views are not part of it.
 *
 * <p>Two schemas are {@code equals} exactly when every recorded detail matches, names included, which is
 * what a test that a downgrade restores the catalog asks; {@link #describe()} renders one object per line
 * for a readable failure, and {@link SnapshotDiff#between(Schema, Schema)} lists the differences in words.
 *
 * <pre>{@code
 * CatalogReader reader = CatalogReaders.forConnection(connection);
 * Schema before = reader.read(connection, "public");
 * // upgrade, then downgrade
 * Schema after = reader.read(connection, "public");
 * assertThat(SnapshotDiff.between(before, after).differences()).isEmpty();
 * }</pre>
 *
 * @param name the schema's name (the database, on MariaDB and MySQL), {@code null} when unknown
 * @param tables its tables
 * @param sequences its sequences
 */
public record Schema(@Nullable String name, List<Table> tables, List<Sequence> sequences) {

    public Schema {
        tables = Ordering.byName(tables, Table::name);
        sequences = Ordering.byName(sequences, Sequence::name);
    }

    /** The table with exactly this name. */
    public Optional<Table> table(String tableName) {
        return tables.stream().filter((table) -> table.name().equals(tableName)).findFirst();
    }

    /** The sequence with exactly this name. */
    public Optional<Sequence> sequence(String sequenceName) {
        return sequences.stream().filter((sequence) -> sequence.name().equals(sequenceName)).findFirst();
    }

    /** The names of the tables, sorted. */
    public List<String> tableNames() {
        return tables.stream().map(Table::name).toList();
    }

    /**
     * Everything in this schema, one object per line, in a fixed order: each table's line followed by its
     * columns, keys, indexes, foreign keys and checks, then the sequences.
     *
     * <pre>
     * table resources COMMENT 'Things people use'
     *   column id integer NOT NULL DEFAULT nextval('resources_id_seq'::regclass) SERIAL resources_id_seq
     *   primary key resources_pkey (id)
     *   index ix_resources_name (lower(name::text)) USING btree
     * sequence resources_id_seq integer START 1 INCREMENT 1 MIN 1 MAX 2147483647 CACHE 1 OWNED BY resources.id
     * </pre>
     */
    public String describe() {
        return SchemaText.describe(this);
    }
}
