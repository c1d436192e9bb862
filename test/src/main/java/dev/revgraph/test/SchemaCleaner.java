package dev.revgraph.test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.revgraph.dialect.DatabaseId;
import dev.revgraph.dialect.Dialect;
import dev.revgraph.operation.ConstraintKind;
import dev.revgraph.operation.DropConstraint;
import dev.revgraph.operation.DropSequence;
import dev.revgraph.operation.DropTable;
import dev.revgraph.operation.Operation;
import dev.revgraph.operation.QualifiedName;
import dev.revgraph.schema.Sequence;
import dev.revgraph.schema.Table;
import dev.revgraph.schema.TableForeignKey;

import org.jspecify.annotations.Nullable;

/**
 * Removes from a database the user gave everything a check built there, so that the next check finds
 * it as empty as this one did: the objects the schema holds now and did not hold at the start, RevGraph's
 * own tables included. Foreign keys go first so that tables drop in any order; the statements are the
 * dialect's own renderings of {@link DropConstraint}, {@link DropTable} and {@link DropSequence}.
 */
final class SchemaCleaner {

    private final Connection connection;

    private final Dialect dialect;

    private final @Nullable String schema;

    SchemaCleaner(Connection connection, Dialect dialect, @Nullable String schema) {
        this.connection = connection;
        this.dialect = dialect;
        this.schema = schema;
    }

    /** Drops what {@link #read()} finds now beyond what {@code initial} held. */
    void dropAllBut(SchemaSnapshot initial) throws SQLException {
        SchemaSnapshot now = read();
        List<String> views = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String object : now.otherObjects()) {
            if (!initial.otherObjects().contains(object)) {
                (object.contains("view ") ? views : others).add(object);
            }
        }
        for (String view : views) {
            execute(dropOther(view));
        }
        List<Table> tables = now.schema().tables().stream()
            .filter((table) -> initial.schema().table(table.name()).isEmpty())
            .toList();
        for (Table table : tables) {
            for (TableForeignKey foreignKey : table.foreignKeys()) {
                if (foreignKey.name() != null) {
                    render(new DropConstraint(name(table.name()), foreignKey.name(), ConstraintKind.FOREIGN_KEY, null));
                }
            }
        }
        for (Table table : tables) {
            render(new DropTable(name(table.name()), null));
        }
        for (Sequence sequence : read().schema().sequences()) {
            if (initial.schema().sequence(sequence.name()).isEmpty()) {
                render(new DropSequence(name(sequence.name()), null));
            }
        }
        for (String other : others) {
            execute(dropOther(other));
        }
    }

    /** Everything in the schema, RevGraph's tables included. */
    SchemaSnapshot read() throws SQLException {
        return SchemaSnapshot.read(connection, dialect, schema, Set.of());
    }

    private String dropOther(String object) {
        int space = object.lastIndexOf(' ', object.indexOf('(') < 0 ? object.length() : object.indexOf('('));
        String kind = object.substring(0, space);
        String name = object.substring(space + 1);
        boolean postgres = dialect.id() == DatabaseId.POSTGRESQL;
        if (postgres && (kind.equals("function") || kind.equals("procedure"))) {
            // regprocedure's text: a signature, already qualified and quoted where it must be
            return "DROP " + kind.toUpperCase(Locale.ROOT) + " " + name + " CASCADE";
        }
        String statementKind = (dialect.id() == DatabaseId.H2 && kind.equals("function")) ? "ALIAS"
                : kind.toUpperCase(Locale.ROOT);
        return "DROP " + statementKind + " " + dialect.qualified(name(name)) + (postgres ? " CASCADE" : "");
    }

    private QualifiedName name(String name) {
        return QualifiedName.of(schema, name);
    }

    private void render(Operation operation) throws SQLException {
        for (String sql : dialect.render(operation)) {
            execute(sql);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }
}
