package dev.revgraph.autogenerate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import dev.revgraph.diff.ModelBuilder;
import dev.revgraph.schema.Sequence;
import dev.revgraph.testdb.DatabaseKind;

/**
 * One model change for {@link AutogenerateChangeTests}: the model the database was built from, the
 * changed model, and what autogenerate must write for it. Its tables and sequences are named with its id
 * as a prefix, so that every change lives in the same database without touching the others.
 */
final class Change {

    final String id;

    final String title;

    Supplier<List<ModelBuilder>> before = List::of;

    Supplier<List<ModelBuilder>> after = List::of;

    List<Sequence> beforeSequences = List.of();

    List<Sequence> afterSequences = List.of();

    List<String> expected = List.of();

    final Map<DatabaseKind, List<String>> expectedOn = new EnumMap<>(DatabaseKind.class);

    List<String> risks = List.of();

    final Map<DatabaseKind, List<String>> risksOn = new EnumMap<>(DatabaseKind.class);

    List<String> warnings = List.of();

    RenameHints hints = RenameHints.none();

    Set<DatabaseKind> kinds = EnumSet.allOf(DatabaseKind.class);

    boolean sql;

    private Change(String id, String title) {
        this.id = id;
        this.title = title;
    }

    static Change of(String id, String title) {
        return new Change(id, title);
    }

    @SafeVarargs
    final Change before(Supplier<ModelBuilder>... tables) {
        this.before = () -> build(tables);
        return this;
    }

    @SafeVarargs
    final Change after(Supplier<ModelBuilder>... tables) {
        this.after = () -> build(tables);
        return this;
    }

    @SafeVarargs
    private static List<ModelBuilder> build(Supplier<ModelBuilder>... tables) {
        List<ModelBuilder> built = new ArrayList<>();
        for (Supplier<ModelBuilder> table : tables) {
            built.add(table.get());
        }
        return built;
    }

    Change sequences(List<Sequence> before, List<Sequence> after) {
        this.beforeSequences = before;
        this.afterSequences = after;
        return this;
    }

    /** The operations, as {@link OperationText} describes them, compared ignoring case. */
    Change expect(String... operations) {
        this.expected = List.of(operations);
        return this;
    }

    Change expectOn(DatabaseKind kind, String... operations) {
        this.expectedOn.put(kind, List.of(operations));
        return this;
    }

    /** The risk tags of the upgrade's operations, in order: {@code destructive}, {@code data-dependent}... */
    Change risks(String... tags) {
        this.risks = List.of(tags);
        return this;
    }

    Change risksOn(DatabaseKind kind, String... tags) {
        this.risksOn.put(kind, List.of(tags));
        return this;
    }

    Change warns(String... fragments) {
        this.warnings = List.of(fragments);
        return this;
    }

    Change hints(RenameHints renameHints) {
        this.hints = renameHints;
        return this;
    }

    Change only(DatabaseKind first, DatabaseKind... more) {
        this.kinds = EnumSet.of(first, more);
        return this;
    }

    /** Also renders the change as an SQL revision and applies that. */
    Change alsoAsSql() {
        this.sql = true;
        return this;
    }

    List<String> expected(DatabaseKind kind) {
        return expectedOn.getOrDefault(kind, expected);
    }

    List<String> risks(DatabaseKind kind) {
        return risksOn.getOrDefault(kind, risks);
    }

    String glob() {
        return id + "_*";
    }

    @Override
    public String toString() {
        return id + " " + title;
    }
}
