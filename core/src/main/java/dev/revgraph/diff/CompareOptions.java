package dev.revgraph.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.revgraph.schema.TableFilter;

/**
 * What the comparison looks at. Immutable; each method returns new options.
 *
 * <pre>{@code
 * CompareOptions options = CompareOptions.defaults()
 *         .ignoringTables("revgraph_version", "revgraph_applied", "revgraph_history")
 *         .excludeTables("tmp_*")
 *         .compareDefaults(false)
 *         .filter((kind, name, model, database) -> !name.startsWith("legacy_"));
 * }</pre>
 *
 * Table globs ({@code *} any run of characters, {@code ?} one character, ignoring case) apply to tables
 * and sequences alike, on both sides; a table kept by them may still be left out by the
 * {@link AutogenerateFilter}. The ignored tables (RevGraph's own) and other tools' tables
 * ({@link TableFilter#OTHER_TOOLS_TABLES}) are never compared.
 *
 * @param compareTypes whether column types are compared (Alembic's {@code compare_type}); default true
 * @param compareDefaults whether column defaults are compared (Alembic's
 * {@code compare_server_default}); default true
 * @param compareComments whether table and column comments are compared; default true
 * @param includeTables only tables matching one of these globs are compared (all when empty)
 * @param excludeTables tables matching one of these globs are not compared
 * @param ignoredTables tables never compared, by exact name ignoring case: the version, applied and
 * history tables
 * @param schemas the schemas compared; empty for the connection's default schema
 * @param filter the application's own filter
 */
public record CompareOptions(boolean compareTypes, boolean compareDefaults, boolean compareComments,
        List<String> includeTables, List<String> excludeTables, List<String> ignoredTables, List<String> schemas,
        AutogenerateFilter filter) {

    private static final CompareOptions DEFAULTS = new CompareOptions(true, true, true, List.of(), List.of(), List.of(),
            List.of(), AutogenerateFilter.all());

    public CompareOptions {
        includeTables = List.copyOf(includeTables);
        excludeTables = List.copyOf(excludeTables);
        ignoredTables = List.copyOf(ignoredTables);
        schemas = List.copyOf(schemas);
        Objects.requireNonNull(filter, "filter");
    }

    /** Types, defaults and comments compared; every table but RevGraph's and other tools'. */
    public static CompareOptions defaults() {
        return DEFAULTS;
    }

    public CompareOptions compareTypes(boolean compare) {
        return new CompareOptions(compare, compareDefaults, compareComments, includeTables, excludeTables, ignoredTables,
                schemas, filter);
    }

    public CompareOptions compareDefaults(boolean compare) {
        return new CompareOptions(compareTypes, compare, compareComments, includeTables, excludeTables, ignoredTables,
                schemas, filter);
    }

    public CompareOptions compareComments(boolean compare) {
        return new CompareOptions(compareTypes, compareDefaults, compare, includeTables, excludeTables, ignoredTables,
                schemas, filter);
    }

    /** These options, also keeping only tables that match one of {@code globs}. */
    public CompareOptions includeTables(String... globs) {
        return new CompareOptions(compareTypes, compareDefaults, compareComments, append(includeTables, globs),
                excludeTables, ignoredTables, schemas, filter);
    }

    /** These options, also leaving out tables that match any of {@code globs}. */
    public CompareOptions excludeTables(String... globs) {
        return new CompareOptions(compareTypes, compareDefaults, compareComments, includeTables,
                append(excludeTables, globs), ignoredTables, schemas, filter);
    }

    /** These options, also never comparing the tables with exactly these names (ignoring case). */
    public CompareOptions ignoringTables(String... names) {
        return new CompareOptions(compareTypes, compareDefaults, compareComments, includeTables, excludeTables,
                append(ignoredTables, names), schemas, filter);
    }

    /** These options comparing {@code schemas}; empty for the connection's default. */
    public CompareOptions schemas(List<String> schemas) {
        return new CompareOptions(compareTypes, compareDefaults, compareComments, includeTables, excludeTables,
                ignoredTables, schemas, filter);
    }

    /** These options with {@code filter} too: both the existing filter and it must keep an object. */
    public CompareOptions filter(AutogenerateFilter filter) {
        return new CompareOptions(compareTypes, compareDefaults, compareComments, includeTables, excludeTables,
                ignoredTables, schemas, this.filter.and(filter));
    }

    /** The filter a catalog reader applies for these options. */
    public TableFilter tableFilter() {
        return TableFilter.all()
            .excludingTables(ignoredTables.toArray(new String[0]))
            .including(includeTables.toArray(new String[0]))
            .excluding(excludeTables.toArray(new String[0]));
    }

    private static List<String> append(List<String> list, String... more) {
        List<String> all = new ArrayList<>(list);
        all.addAll(List.of(more));
        return all;
    }
}
