package dev.revgraph.test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.revgraph.dialect.Dialect;
import dev.revgraph.schema.CatalogReaders;
import dev.revgraph.schema.Schema;
import dev.revgraph.schema.SnapshotDiff;
import dev.revgraph.schema.TableFilter;

import org.jspecify.annotations.Nullable;

/**
 * What a schema holds at one moment, RevGraph's own tables left out: its tables and sequences, read by
 * the database's {@link CatalogReader}, and its {@link OtherObjects other objects}. Two snapshots are
 * compared with {@link SnapshotDiff} — never {@code equals}, because H2 renames the indexes it makes for
 * constraints whenever it rebuilds a table — and the differences are written for a person.
 *
 * @param schema the tables and sequences
 * @param otherObjects views, types, functions..., sorted
 */
record SchemaSnapshot(Schema schema, List<String> otherObjects) {

    private static final Pattern TABLE_PART = Pattern.compile("table (\\S+): (.+) (missing|unexpected)");

    private static final Pattern WHOLE_OBJECT = Pattern.compile("((?:table|sequence) \\S+) (missing|unexpected)");

    SchemaSnapshot {
        otherObjects = List.copyOf(otherObjects);
    }

    /** Reads schema {@code schemaName} (the connection's current one when {@code null}). */
    static SchemaSnapshot read(Connection connection, Dialect dialect, @Nullable String schemaName,
            Set<String> ownTables) throws SQLException {
        String name = catalogSchema(connection, dialect, schemaName);
        Schema schema = CatalogReaders.forDialect(dialect).read(connection, name,
                TableFilter.all().excludingTables(ownTables.toArray(String[]::new)));
        return new SchemaSnapshot(schema, OtherObjects.read(connection, dialect.id(), name));
    }

    /** Whether it holds nothing at all. */
    boolean isEmpty() {
        return schema.tables().isEmpty() && schema.sequences().isEmpty() && otherObjects.isEmpty();
    }

    /**
     * How {@code later} differs from this snapshot, one sentence each: an object only in {@code later}
     * "{@code extra}" (e.g. {@code index ix_foo on bar was left behind}), one only here "{@code absent}";
     * a changed property as {@code table t: column c: type X vs Y (before vs after)}.
     */
    List<String> changesIn(SchemaSnapshot later, String extra, String absent) {
        List<String> changes = new ArrayList<>();
        for (String difference : SnapshotDiff.between(schema, later.schema).differences()) {
            changes.add(inWords(difference, extra, absent));
        }
        Set<String> added = new TreeSet<>(later.otherObjects);
        added.removeAll(otherObjects);
        Set<String> removed = new TreeSet<>(otherObjects);
        removed.removeAll(later.otherObjects);
        added.forEach((object) -> changes.add(object + " " + extra));
        removed.forEach((object) -> changes.add(object + " " + absent));
        return changes;
    }

    private static String inWords(String difference, String extra, String absent) {
        Matcher part = TABLE_PART.matcher(difference);
        if (part.matches()) {
            return part.group(2) + " on " + part.group(1) + " " + (part.group(3).equals("missing") ? absent : extra);
        }
        Matcher whole = WHOLE_OBJECT.matcher(difference);
        if (whole.matches()) {
            return whole.group(1) + " " + (whole.group(2).equals("missing") ? absent : extra);
        }
        return difference + " (before vs after)";
    }

    /**
     * The name of the schema as the catalog stores it: {@code schemaName} (H2 folds it to upper case as
     * it does unquoted names), or the connection's current schema when {@code null}.
     */
    static String catalogSchema(Connection connection, Dialect dialect, @Nullable String schemaName)
            throws SQLException {
        if (schemaName == null) {
            return CatalogReaders.forDialect(dialect).currentSchema(connection);
        }
        boolean folded = dialect.unquotedIdentifierCase() == Dialect.IdentifierCase.UPPER
                && schemaName.equals(schemaName.toLowerCase(Locale.ROOT));
        return folded ? schemaName.toUpperCase(Locale.ROOT) : schemaName;
    }
}
