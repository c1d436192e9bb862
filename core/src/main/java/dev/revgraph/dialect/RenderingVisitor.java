package dev.revgraph.dialect;

import java.util.List;

import dev.revgraph.operation.AddColumn;
import dev.revgraph.operation.AlterColumn;
import dev.revgraph.operation.BulkInsert;
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
import dev.revgraph.operation.Irreversible;
import dev.revgraph.operation.Operation;
import dev.revgraph.operation.RenameTable;
import dev.revgraph.operation.SetColumnComment;
import dev.revgraph.operation.SetTableComment;

/** Sends each kind of operation to the dialect's method for it. */
final class RenderingVisitor implements Operation.Visitor<List<String>> {

    private final BaseDialect dialect;

    RenderingVisitor(BaseDialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public List<String> createTable(CreateTable operation) {
        return dialect.createTable(operation);
    }

    @Override
    public List<String> dropTable(DropTable operation) {
        return dialect.dropTable(operation.table());
    }

    @Override
    public List<String> renameTable(RenameTable operation) {
        return dialect.renameTable(operation);
    }

    @Override
    public List<String> addColumn(AddColumn operation) {
        return dialect.addColumn(operation);
    }

    @Override
    public List<String> dropColumn(DropColumn operation) {
        return dialect.dropColumn(operation);
    }

    @Override
    public List<String> alterColumn(AlterColumn operation) {
        return dialect.alterColumn(operation);
    }

    @Override
    public List<String> createIndex(CreateIndex operation) {
        return dialect.createIndex(operation);
    }

    @Override
    public List<String> dropIndex(DropIndex operation) {
        return dialect.dropIndex(operation);
    }

    @Override
    public List<String> createPrimaryKey(CreatePrimaryKey operation) {
        return dialect.addConstraint(operation.table(), operation.constraint());
    }

    @Override
    public List<String> createUniqueConstraint(CreateUniqueConstraint operation) {
        return dialect.addConstraint(operation.table(), operation.constraint());
    }

    @Override
    public List<String> createForeignKey(CreateForeignKey operation) {
        return dialect.addConstraint(operation.table(), operation.constraint());
    }

    @Override
    public List<String> createCheckConstraint(CreateCheckConstraint operation) {
        return dialect.addConstraint(operation.table(), operation.constraint());
    }

    @Override
    public List<String> dropConstraint(DropConstraint operation) {
        return dialect.dropConstraint(operation);
    }

    @Override
    public List<String> createSequence(CreateSequence operation) {
        return dialect.createSequence(operation);
    }

    @Override
    public List<String> dropSequence(DropSequence operation) {
        return dialect.dropSequence(operation.sequence());
    }

    @Override
    public List<String> setTableComment(SetTableComment operation) {
        if (!dialect.supportsComments()) {
            return List.of();
        }
        return dialect.tableComment(operation.table(), operation.comment(), operation.existing());
    }

    @Override
    public List<String> setColumnComment(SetColumnComment operation) {
        if (!dialect.supportsComments()) {
            return List.of();
        }
        return dialect.columnComment(operation.table(), operation.column(), operation.comment(), operation.existing(),
                operation.definition());
    }

    @Override
    public List<String> executeSql(ExecuteSql operation) {
        return List.of(operation.sqlFor(dialect));
    }

    @Override
    public List<String> bulkInsert(BulkInsert operation) {
        return dialect.bulkInsert(operation);
    }

    @Override
    public List<String> irreversible(Irreversible operation) {
        return List.of();
    }
}
