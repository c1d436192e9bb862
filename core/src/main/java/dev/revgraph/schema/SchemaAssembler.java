package dev.revgraph.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Collects what a reader's bulk queries return, table by table, and builds the {@link Schema}. Rows of
 * tables that the filter left out (or that are not tables) find no table here and are dropped.
 */
final class SchemaAssembler {

    private final String schemaName;

    private final TableFilter filter;

    private final Map<String, Parts> tables = new LinkedHashMap<>();

    private final List<Sequence> sequences = new ArrayList<>();

    SchemaAssembler(String schemaName, TableFilter filter) {
        this.schemaName = schemaName;
        this.filter = filter;
    }

    /** Adds a table, if the filter keeps it; returns whether it did. */
    boolean addTable(String name, @Nullable String comment) {
        if (!filter.includes(name)) {
            return false;
        }
        tables.put(name, new Parts(comment));
        return true;
    }

    /** Whether the table was added (and kept). */
    boolean hasTable(String name) {
        return tables.containsKey(name);
    }

    /** The names of the kept tables, in the order they were added. */
    List<String> tableNames() {
        return List.copyOf(tables.keySet());
    }

    /** The parts of a kept table, or {@code null} for one that was filtered out or is no table. */
    @Nullable Parts table(String name) {
        return tables.get(name);
    }

    /** Adds a sequence of this schema (given the schema's name), unless it belongs to a table left out. */
    void addSequence(Sequence sequence) {
        ColumnReference owner = sequence.ownedBy();
        if (owner == null || hasTable(owner.table())) {
            sequences.add(sequence.inSchema(schemaName));
        }
    }

    Schema build() {
        List<Table> built = new ArrayList<>();
        for (Map.Entry<String, Parts> table : tables.entrySet()) {
            built.add(table.getValue().build(schemaName, table.getKey()));
        }
        return new Schema(schemaName, built, sequences);
    }

    /** What is known so far of one table. */
    static final class Parts {

        private final @Nullable String comment;

        final List<TableColumn> columns = new ArrayList<>();

        @Nullable TablePrimaryKey primaryKey;

        final List<TableUniqueConstraint> uniqueConstraints = new ArrayList<>();

        final List<TableIndex> indexes = new ArrayList<>();

        final List<TableForeignKey> foreignKeys = new ArrayList<>();

        final List<TableCheckConstraint> checkConstraints = new ArrayList<>();

        Parts(@Nullable String comment) {
            this.comment = comment;
        }

        private Table build(String schema, String name) {
            return new Table(schema, name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys,
                    checkConstraints, comment);
        }
    }
}
