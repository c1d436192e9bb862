package dev.revgraph.autogenerate;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.revgraph.dialect.Dialect;
import dev.revgraph.schema.ColumnReference;
import dev.revgraph.schema.IndexColumn;
import dev.revgraph.schema.Schema;
import dev.revgraph.schema.Sequence;
import dev.revgraph.schema.Table;
import dev.revgraph.schema.TableCheckConstraint;
import dev.revgraph.schema.TableColumn;
import dev.revgraph.schema.TableForeignKey;
import dev.revgraph.schema.TableIndex;
import dev.revgraph.schema.TablePrimaryKey;
import dev.revgraph.schema.TableUniqueConstraint;

import org.jspecify.annotations.Nullable;

/**
 * The database's names spelled the way the model spells them, where the database folds unquoted names to
 * upper case (H2): {@code ORDERS} is written {@code orders}, which every database reads back as the table
 * it has — H2 folds it to {@code ORDERS} again — so that a Java revision generated against H2 also runs on
 * PostgreSQL and MariaDB, and the revision reads as the entities do. A name that is not all upper case, or
 * not a plain identifier once lowered, keeps its spelling (and its quotes). Expressions are left as the
 * database wrote them.
 */
final class PortableNames {

    private static final Pattern PLAIN = Pattern.compile("[a-z][a-z0-9_]*");

    private PortableNames() {
    }

    static Schema of(Dialect dialect, Schema database) {
        if (dialect.unquotedIdentifierCase() != Dialect.IdentifierCase.UPPER) {
            return database;
        }
        List<Table> tables = database.tables().stream().map(PortableNames::table).toList();
        List<Sequence> sequences = database.sequences().stream()
            .map((s) -> new Sequence(s.schema(), name(s.name()), s.dataType(), s.start(), s.increment(), s.minValue(), s.maxValue(),
                    s.cache(), s.cycle(), (s.ownedBy() != null) ? new ColumnReference(name(s.ownedBy().table()),
                            name(s.ownedBy().column())) : null, s.identity()))
            .toList();
        return new Schema(database.name(), tables, sequences);
    }

    private static Table table(Table table) {
        List<TableColumn> columns = table.columns().stream()
            .map((c) -> new TableColumn(name(c.name()), c.type(), c.nullable(), c.defaultExpression(), c.identity(),
                    nullableName(c.sequence()), c.generatedAs(), c.comment()))
            .toList();
        TablePrimaryKey key = (table.primaryKey() != null) ? new TablePrimaryKey(nullableName(table.primaryKey().name()),
                names(table.primaryKey().columns())) : null;
        List<TableUniqueConstraint> uniques = table.uniqueConstraints().stream()
            .map((u) -> new TableUniqueConstraint(nullableName(u.name()), names(u.columns())))
            .toList();
        List<TableIndex> indexes = table.indexes().stream()
            .map((i) -> new TableIndex(name(i.name()), i.unique(), i.columns().stream()
                .map((c) -> c.expression() ? c : new IndexColumn(name(c.text()), false, c.descending()))
                .toList(), i.predicate(), i.method(), nullableName(i.constraintName()), i.implicit()))
            .toList();
        List<TableForeignKey> foreignKeys = table.foreignKeys().stream()
            .map((f) -> new TableForeignKey(nullableName(f.name()), names(f.columns()), f.referencedSchema(),
                    name(f.referencedTable()), names(f.referencedColumns()), f.onDelete(), f.onUpdate()))
            .toList();
        List<TableCheckConstraint> checks = table.checkConstraints().stream()
            .map((c) -> new TableCheckConstraint(nullableName(c.name()), c.expression(), c.implicit()))
            .toList();
        return new Table(table.schema(), name(table.name()), columns, key, uniques, indexes, foreignKeys, checks,
                table.comment());
    }

    private static List<String> names(List<String> names) {
        return names.stream().map(PortableNames::name).toList();
    }

    private static @Nullable String nullableName(@Nullable String name) {
        return (name != null) ? name(name) : null;
    }

    static String name(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return (name.equals(name.toUpperCase(Locale.ROOT)) && PLAIN.matcher(lower).matches()) ? lower : name;
    }
}
