package dev.revgraph.schema;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.revgraph.operation.ForeignKeyAction;

import org.jspecify.annotations.Nullable;

/**
 * The differences between two snapshots of a schema, one sentence per difference, exact: names count,
 * and nothing is normalised but the schemas' own names (so that a schema built in {@code app_a} can be
 * compared with one built in {@code app_b}) and the names of {@link TableIndex#implicit() implicit}
 * indexes, which are matched by the constraint they serve because the database picks them (H2 picks new
 * ones whenever it rebuilds a table). This is the test kit's structural check, not the canonical
 * comparison of a model with a database; prefer it to {@link Schema#equals(Object)}, which is exact to
 * the letter.
 *
 * <pre>{@code
 * SnapshotDiff diff = SnapshotDiff.between(before, after);
 * assertThat(diff.differences()).isEmpty();
 * // table utilizations: column score missing
 * // table utilizations: column kind: type character varying(20) vs character varying(40)
 * // table utilizations: index ix_x: columns [a] vs [a, b]
 * // table utilizations: foreign key fk_x: on delete CASCADE vs SET NULL
 * }</pre>
 *
 * "Missing" is in the expected schema and not in the actual one, "unexpected" the other way round, and
 * "x vs y" gives the expected value first.
 */
public final class SnapshotDiff {

    private static final Map<Class<?>, String> KINDS = Map.of(Table.class, "table", TableColumn.class, "column",
            TableUniqueConstraint.class, "unique constraint", TableIndex.class, "index", TableForeignKey.class,
            "foreign key", TableCheckConstraint.class, "check constraint", Sequence.class, "sequence",
            TablePrimaryKey.class, "primary key");

    private final List<String> differences;

    private SnapshotDiff(List<String> differences) {
        this.differences = List.copyOf(differences);
    }

    /** What differs from {@code expected} in {@code actual}. */
    public static SnapshotDiff between(Schema expected, Schema actual) {
        List<String> differences = new ArrayList<>();
        new Comparison(differences).compare("", withoutOwnName(expected), withoutOwnName(actual));
        return new SnapshotDiff(differences);
    }

    /** The differences, in the order of the schemas' objects. */
    public List<String> differences() {
        return differences;
    }

    /** Whether the two schemas are the same. */
    public boolean isEmpty() {
        return differences.isEmpty();
    }

    /** One difference per line, or {@code no differences}. */
    @Override
    public String toString() {
        return differences.isEmpty() ? "no differences" : String.join("\n", differences);
    }

    /** {@code schema} with its own name left out of the schema, its tables and its foreign keys. */
    private static Schema withoutOwnName(Schema schema) {
        List<Table> tables = schema.tables().stream().map((table) -> {
            List<TableForeignKey> foreignKeys = table.foreignKeys().stream()
                .map((key) -> Objects.equals(key.referencedSchema(), schema.name())
                        ? new TableForeignKey(key.name(), key.columns(), null, key.referencedTable(),
                                key.referencedColumns(), key.onDelete(), key.onUpdate())
                        : key)
                .toList();
            return new Table(null, table.name(), table.columns(), table.primaryKey(), table.uniqueConstraints(),
                    table.indexes(), foreignKeys, table.checkConstraints(), table.comment());
        }).toList();
        return new Schema(null, tables, schema.sequences());
    }

    /** Walks two model objects side by side, writing what differs. */
    private record Comparison(List<String> differences) {

        void compare(String prefix, Record expected, Record actual) {
            for (RecordComponent component : expected.getClass().getRecordComponents()) {
                if (component.getName().equals("name") && expected instanceof TableIndex index
                        && constraintKey(index) != null) {
                    continue;
                }
                Object expectedValue = value(component, expected);
                Object actualValue = value(component, actual);
                if (Objects.equals(expectedValue, actualValue)) {
                    continue;
                }
                if (expectedValue instanceof List<?> expectedList && actualValue instanceof List<?> actualList
                        && isNamedList(expectedList, actualList)) {
                    compareNamed(prefix, expectedList, actualList);
                }
                else if (KINDS.containsKey(component.getType())) {
                    compareOne(prefix, KINDS.get(component.getType()), expectedValue, actualValue);
                }
                else if (expectedValue instanceof Record expectedRecord && actualValue instanceof Record actualRecord
                        && text(expectedValue).equals(text(actualValue))) {
                    compare(prefix + words(component.getName()) + ": ", expectedRecord, actualRecord);
                }
                else {
                    differences.add(prefix + words(component.getName()) + " " + text(expectedValue) + " vs "
                            + text(actualValue));
                }
            }
        }

        private void compareNamed(String prefix, List<?> expected, List<?> actual) {
            Map<String, Object> expectedByKey = byKey(expected);
            Map<String, Object> actualByKey = byKey(actual);
            TreeSet<String> keys = new TreeSet<>(expectedByKey.keySet());
            keys.addAll(actualByKey.keySet());
            for (String key : keys) {
                Object expectedItem = expectedByKey.get(key);
                Object actualItem = actualByKey.get(key);
                String kind = KINDS.get(((expectedItem != null) ? expectedItem : actualItem).getClass());
                compareOne(prefix, kind + " " + key, expectedItem, actualItem);
            }
            List<String> expectedOrder = new ArrayList<>(expectedByKey.keySet());
            List<String> actualOrder = new ArrayList<>(actualByKey.keySet());
            boolean columns = !expected.isEmpty() && expected.get(0) instanceof TableColumn;
            if (columns && new TreeSet<>(expectedOrder).equals(new TreeSet<>(actualOrder))
                    && !expectedOrder.equals(actualOrder)) {
                differences.add(prefix + "column order " + expectedOrder + " vs " + actualOrder);
            }
        }

        private void compareOne(String prefix, String what, @Nullable Object expected, @Nullable Object actual) {
            if (actual == null && expected != null) {
                differences.add(prefix + what + " missing");
            }
            else if (expected == null && actual != null) {
                differences.add(prefix + what + " unexpected");
            }
            else if (expected != null && !expected.equals(actual)) {
                compare(prefix + what + ": ", (Record) expected, (Record) actual);
            }
        }

        private static boolean isNamedList(List<?> expected, List<?> actual) {
            Object sample = !expected.isEmpty() ? expected.get(0) : (!actual.isEmpty() ? actual.get(0) : null);
            return sample != null && KINDS.containsKey(sample.getClass());
        }

        /**
         * The items by name (columns keep their order), unnamed ones by their description, and implicit
         * indexes by the constraint they serve: their names are the database's choice, and H2 chooses new
         * ones each time it rebuilds a table ({@code PRIMARY_KEY_C} becomes {@code PRIMARY_KEY_7} after
         * {@code ADD COLUMN}).
         */
        private static Map<String, Object> byKey(List<?> items) {
            Map<String, Object> byKey = new LinkedHashMap<>();
            for (Object item : items) {
                String constraintKey = (item instanceof TableIndex index) ? constraintKey(index) : null;
                Object name = value(item.getClass().getRecordComponents()[nameIndex(item)], (Record) item);
                byKey.put((constraintKey != null) ? constraintKey : (name != null) ? name.toString() : describe(item),
                        item);
            }
            return byKey;
        }

        private static @Nullable String constraintKey(TableIndex index) {
            return (index.implicit() && index.constraintName() != null) ? "for " + index.constraintName() : null;
        }

        private static int nameIndex(Object item) {
            RecordComponent[] components = item.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals("name")) {
                    return i;
                }
            }
            throw new IllegalArgumentException(item.getClass() + " has no name");
        }

        private static String describe(Object item) {
            if (item instanceof TableUniqueConstraint unique) {
                return SchemaText.describe(unique);
            }
            if (item instanceof TableForeignKey foreignKey) {
                return SchemaText.describe(foreignKey, null);
            }
            if (item instanceof TableCheckConstraint check) {
                return SchemaText.describe(check);
            }
            return item.toString();
        }

        private static @Nullable Object value(RecordComponent component, Record record) {
            try {
                return component.getAccessor().invoke(record);
            }
            catch (IllegalAccessException | InvocationTargetException ex) {
                throw new IllegalStateException("Cannot read " + component, ex);
            }
        }

        private static String text(@Nullable Object value) {
            if (value == null) {
                return "none";
            }
            return (value instanceof ForeignKeyAction action) ? action.sql() : value.toString();
        }

        /** {@code onDelete} as {@code on delete}. */
        private static String words(String name) {
            return name.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
        }
    }
}
