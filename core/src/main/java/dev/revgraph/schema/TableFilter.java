package dev.revgraph.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which tables of a schema a {@link CatalogReader} keeps. Immutable; each method returns a new filter.
 *
 * <p>Never kept, whatever else is asked: the tables named with {@link #excludingTables(String...)}
 * (RevGraph's own version, applied and history tables, whose names are configurable) and other
 * migration tools' tables ({@code flyway_schema_history}, {@code databasechangelog},
 * {@code databasechangeloglock}). Then a table is kept when it matches one of the include globs (or there
 * are none) and none of the exclude globs. Names and globs compare ignoring case, so that
 * {@code audit_*} also finds H2's {@code AUDIT_LOG}; a glob's {@code *} matches any run of characters and
 * {@code ?} one character.
 *
 * <pre>{@code
 * TableFilter filter = TableFilter.all()
 *     .excludingTables("revgraph_version", "revgraph_applied", "revgraph_history")
 *     .excluding("tmp_*", "audit_?");
 * }</pre>
 *
 * Readers apply the filter in Java right after each bulk query: the cost of the excluded tables is a few
 * rows in queries that run anyway, never a query of their own.
 */
public final class TableFilter {

    /** Tables of Flyway and Liquibase, never part of a schema RevGraph compares. */
    public static final Set<String> OTHER_TOOLS_TABLES = Set.of("flyway_schema_history", "databasechangelog",
            "databasechangeloglock");

    private static final TableFilter ALL = new TableFilter(Set.of(), List.of(), List.of(), List.of(), List.of());

    private final Set<String> excludedTables;

    private final List<String> includeGlobs;

    private final List<String> excludeGlobs;

    private final List<Pattern> includes;

    private final List<Pattern> excludes;

    private TableFilter(Set<String> excludedTables, List<String> includeGlobs, List<String> excludeGlobs,
            List<Pattern> includes, List<Pattern> excludes) {
        this.excludedTables = excludedTables;
        this.includeGlobs = includeGlobs;
        this.excludeGlobs = excludeGlobs;
        this.includes = includes;
        this.excludes = excludes;
    }

    /** Every table except the other tools' tables. */
    public static TableFilter all() {
        return ALL;
    }

    /** This filter, also leaving out the tables with exactly these names (ignoring case). */
    public TableFilter excludingTables(String... names) {
        Set<String> excluded = new TreeSet<>(excludedTables);
        for (String name : names) {
            excluded.add(fold(name));
        }
        return new TableFilter(Collections.unmodifiableSet(excluded), includeGlobs, excludeGlobs, includes, excludes);
    }

    /** This filter, keeping only tables that match one of these globs (or of those given before). */
    public TableFilter including(String... globs) {
        return new TableFilter(excludedTables, append(includeGlobs, globs), excludeGlobs,
                appendPatterns(includes, globs), excludes);
    }

    /** This filter, also leaving out the tables that match any of these globs. */
    public TableFilter excluding(String... globs) {
        return new TableFilter(excludedTables, includeGlobs, append(excludeGlobs, globs), includes,
                appendPatterns(excludes, globs));
    }

    /** Whether a table of this name is kept. */
    public boolean includes(String tableName) {
        String name = fold(tableName);
        if (excludedTables.contains(name) || OTHER_TOOLS_TABLES.contains(name)) {
            return false;
        }
        if (!includes.isEmpty() && !matchesAny(includes, tableName)) {
            return false;
        }
        return !matchesAny(excludes, tableName);
    }

    // a loop, not a stream: asked of every table by the reader and the comparison alike
    private static boolean matchesAny(List<Pattern> globs, String tableName) {
        for (Pattern glob : globs) {
            if (glob.matcher(tableName).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The glob as a pattern matching whole names, ignoring case. */
    static Pattern glob(String glob) {
        Objects.requireNonNull(glob, "glob");
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*' || c == '?') {
                if (!literal.isEmpty()) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append((c == '*') ? ".*" : ".");
            }
            else {
                literal.append(c);
            }
        }
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    private static String fold(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static List<String> append(List<String> list, String... more) {
        List<String> all = new ArrayList<>(list);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }

    private static List<Pattern> appendPatterns(List<Pattern> list, String... globs) {
        List<Pattern> all = new ArrayList<>(list);
        for (String glob : globs) {
            all.add(glob(glob));
        }
        return List.copyOf(all);
    }

    @Override
    public String toString() {
        return "TableFilter[excludedTables=" + excludedTables + ", including=" + includeGlobs + ", excluding="
                + excludeGlobs + "]";
    }
}
