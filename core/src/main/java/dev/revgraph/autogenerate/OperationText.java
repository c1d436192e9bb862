package dev.revgraph.autogenerate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.revgraph.operation.AddColumn;
import dev.revgraph.operation.AlterColumn;
import dev.revgraph.operation.BulkInsert;
import dev.revgraph.operation.Change;
import dev.revgraph.operation.CreateCheckConstraint;
import dev.revgraph.operation.CreateForeignKey;
import dev.revgraph.operation.CreateIndex;
import dev.revgraph.operation.CreatePrimaryKey;
import dev.revgraph.operation.CreateSequence;
import dev.revgraph.operation.CreateTable;
import dev.revgraph.operation.CreateUniqueConstraint;
import dev.revgraph.operation.DropColumn;
import dev.revgraph.operation.DropConstraint;
import dev.revgraph.operation.DropIndex;
import dev.revgraph.operation.DropSequence;
import dev.revgraph.operation.DropTable;
import dev.revgraph.operation.ExecuteSql;
import dev.revgraph.operation.ForeignKey;
import dev.revgraph.operation.IndexElement;
import dev.revgraph.operation.Irreversible;
import dev.revgraph.operation.Operation;
import dev.revgraph.operation.RenameTable;
import dev.revgraph.operation.SetColumnComment;
import dev.revgraph.operation.SetTableComment;

import org.jspecify.annotations.Nullable;

/**
 * One line that says what an operation does, as the {@code revision --autogenerate} output lists it and as
 * tests assert it: {@code add column orders.note VARCHAR(255)},
 * {@code alter column orders.status type VARCHAR(20) -> VARCHAR(40)},
 * {@code create foreign key fk_orders_customer on orders (customer_id) -> customers (id) ON DELETE CASCADE}.
 */
public final class OperationText implements Operation.Visitor<String> {

    private static final OperationText INSTANCE = new OperationText();

    private OperationText() {
    }

    public static String describe(Operation operation) {
        return operation.accept(INSTANCE);
    }

    @Override
    public String createTable(CreateTable operation) {
        return "create table " + operation.table() + " (" + operation.columns().stream()
            .map((column) -> column.name() + " " + column.type()).collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public String dropTable(DropTable operation) {
        return "drop table " + operation.table();
    }

    @Override
    public String renameTable(RenameTable operation) {
        return "rename table " + operation.table() + " to " + operation.newName();
    }

    @Override
    public String addColumn(AddColumn operation) {
        return "add column " + operation.table() + "." + operation.column().name() + " " + operation.column().type()
                + (operation.column().nullable() ? "" : " NOT NULL");
    }

    @Override
    public String dropColumn(DropColumn operation) {
        return "drop column " + operation.table() + "." + operation.column();
    }

    @Override
    public String alterColumn(AlterColumn operation) {
        List<String> parts = new ArrayList<>();
        if (operation.changesType()) {
            parts.add(change("type", operation.type()));
        }
        if (operation.changesNullable()) {
            parts.add(operation.nullable().target() ? "DROP NOT NULL" : "SET NOT NULL");
        }
        if (operation.changesDefault()) {
            parts.add(change("default", operation.defaultExpression()));
        }
        if (operation.changesComment()) {
            parts.add(change("comment", operation.comment()));
        }
        if (operation.newName() != null) {
            parts.add("rename to " + operation.newName());
        }
        return "alter column " + operation.table() + "." + operation.column() + " " + String.join(", ", parts);
    }

    private static <T> String change(String what, @Nullable Change<T> change) {
        return what + " " + change.existing() + " -> " + change.target();
    }

    @Override
    public String createIndex(CreateIndex operation) {
        return "create " + (operation.unique() ? "unique " : "") + "index " + operation.name() + " on "
                + operation.table() + " (" + operation.elements().stream().map(IndexElement::toString)
                    .collect(Collectors.joining(", ")) + ")" + ((operation.where() != null) ? " WHERE "
                            + operation.where() : "");
    }

    @Override
    public String dropIndex(DropIndex operation) {
        return "drop index " + operation.name() + " on " + operation.table();
    }

    @Override
    public String createPrimaryKey(CreatePrimaryKey operation) {
        return "create primary key " + operation.constraint().name() + " on " + operation.table() + " ("
                + String.join(", ", operation.constraint().columns()) + ")";
    }

    @Override
    public String createUniqueConstraint(CreateUniqueConstraint operation) {
        return "create unique constraint " + operation.constraint().name() + " on " + operation.table() + " ("
                + String.join(", ", operation.constraint().columns()) + ")";
    }

    @Override
    public String createForeignKey(CreateForeignKey operation) {
        ForeignKey key = operation.constraint();
        return "create foreign key " + key.name() + " on " + operation.table() + " (" + String.join(", ", key.columns())
                + ") -> " + key.referencedTable() + " (" + String.join(", ", key.referencedColumns()) + ")"
                + " ON DELETE " + key.onDelete().sql() + " ON UPDATE " + key.onUpdate().sql();
    }

    @Override
    public String createCheckConstraint(CreateCheckConstraint operation) {
        return "create check constraint " + operation.constraint().name() + " on " + operation.table() + " ("
                + operation.constraint().condition() + ")";
    }

    @Override
    public String dropConstraint(DropConstraint operation) {
        return "drop " + operation.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " "
                + operation.name() + " on " + operation.table();
    }

    @Override
    public String createSequence(CreateSequence operation) {
        return "create sequence " + operation.sequence() + " START " + operation.start() + " INCREMENT "
                + operation.increment();
    }

    @Override
    public String dropSequence(DropSequence operation) {
        return "drop sequence " + operation.sequence();
    }

    @Override
    public String setTableComment(SetTableComment operation) {
        return "set comment of table " + operation.table() + ": " + operation.existing() + " -> " + operation.comment();
    }

    @Override
    public String setColumnComment(SetColumnComment operation) {
        return "set comment of column " + operation.table() + "." + operation.column() + ": " + operation.existing()
                + " -> " + operation.comment();
    }

    @Override
    public String executeSql(ExecuteSql operation) {
        return "execute " + ((operation.sql() != null) ? operation.sql() : "(SQL written for the dialect)");
    }

    @Override
    public String bulkInsert(BulkInsert operation) {
        return "insert " + operation.rows().size() + " rows into " + operation.table();
    }

    @Override
    public String irreversible(Irreversible operation) {
        return "irreversible: " + operation.reason();
    }
}
