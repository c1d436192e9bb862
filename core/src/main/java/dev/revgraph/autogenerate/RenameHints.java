package dev.revgraph.autogenerate;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Renames autogenerate writes as renames rather than as a drop and an add: old table names by new, and
 * old column names by table and new column name. What {@link dev.revgraph.RenamedFrom} on the entity
 * model declares; names compare ignoring case.
 *
 * <pre>{@code
 * RenameHints hints = RenameHints.none()
 *         .table("utilisations", "utilizations")
 *         .column("utilizations", "score", "rating");
 * }</pre>
 *
 * A hint applies when the old name exists in the database and the new one does not; otherwise it is
 * ignored, so hints can stay in the model after every database was migrated.
 *
 * @param tables old table names by new table name
 * @param columns by table (new name), old column names by new column name
 */
public record RenameHints(Map<String, List<String>> tables, Map<String, Map<String, List<String>>> columns) {

    private static final RenameHints NONE = new RenameHints(Map.of(), Map.of());

    public RenameHints {
        tables = Collections.unmodifiableMap(new TreeMap<>(tables));
        columns = Collections.unmodifiableMap(new TreeMap<>(columns));
    }

    public static RenameHints none() {
        return NONE;
    }

    /** These hints, and table {@code oldName} now called {@code newName}. */
    public RenameHints table(String oldName, String newName) {
        Map<String, List<String>> more = new TreeMap<>(tables);
        more.merge(fold(newName), List.of(oldName), RenameHints::concat);
        return new RenameHints(more, columns);
    }

    /** These hints, and column {@code oldName} of {@code table} (by its new name) now called {@code newName}. */
    public RenameHints column(String table, String oldName, String newName) {
        Map<String, Map<String, List<String>>> more = new TreeMap<>(columns);
        Map<String, List<String>> ofTable = new TreeMap<>(more.getOrDefault(fold(table), Map.of()));
        ofTable.merge(fold(newName), List.of(oldName), RenameHints::concat);
        more.put(fold(table), Collections.unmodifiableMap(ofTable));
        return new RenameHints(tables, more);
    }

    /** The old names of the table now called {@code newName}, newest first as declared. */
    public List<String> oldTableNames(String newName) {
        return tables.getOrDefault(fold(newName), List.of());
    }

    /** The old names of the column of {@code table} now called {@code newName}. */
    public List<String> oldColumnNames(String table, String newName) {
        return columns.getOrDefault(fold(table), Map.of()).getOrDefault(fold(newName), List.of());
    }

    /** Whether there are no hints at all. */
    public boolean isEmpty() {
        return tables.isEmpty() && columns.isEmpty();
    }

    private static String fold(@Nullable String name) {
        return Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
