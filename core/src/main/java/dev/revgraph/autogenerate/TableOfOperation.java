package dev.revgraph.autogenerate;

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
import dev.revgraph.operation.QualifiedName;
import dev.revgraph.operation.RenameTable;
import dev.revgraph.operation.SetColumnComment;
import dev.revgraph.operation.SetTableComment;

import org.jspecify.annotations.Nullable;

/** The table (or sequence) an operation works on, {@code null} for those that name none. */
final class TableOfOperation implements Operation.Visitor<@Nullable QualifiedName> {

    @Override
    public QualifiedName createTable(CreateTable operation) {
        return operation.table();
    }

    @Override
    public QualifiedName dropTable(DropTable operation) {
        return operation.table();
    }

    @Override
    public QualifiedName renameTable(RenameTable operation) {
        return operation.table();
    }

    @Override
    public QualifiedName addColumn(AddColumn operation) {
        return operation.table();
    }

    @Override
    public QualifiedName dropColumn(DropColumn operation) {
        return operation.table();
    }

    @Override
    public QualifiedName alterColumn(AlterColumn operation) {
        return operation.table();
    }

    @Override
    public QualifiedName createIndex(CreateIndex operation) {
        return operation.table();
    }

    @Override
    public QualifiedName dropIndex(DropIndex operation) {
        return operation.table();
    }

    @Override
    public QualifiedName createPrimaryKey(CreatePrimaryKey operation) {
        return operation.table();
    }

    @Override
    public QualifiedName createUniqueConstraint(CreateUniqueConstraint operation) {
        return operation.table();
    }

    @Override
    public QualifiedName createForeignKey(CreateForeignKey operation) {
        return operation.table();
    }

    @Override
    public QualifiedName createCheckConstraint(CreateCheckConstraint operation) {
        return operation.table();
    }

    @Override
    public QualifiedName dropConstraint(DropConstraint operation) {
        return operation.table();
    }

    @Override
    public QualifiedName createSequence(CreateSequence operation) {
        return operation.sequence();
    }

    @Override
    public QualifiedName dropSequence(DropSequence operation) {
        return operation.sequence();
    }

    @Override
    public QualifiedName setTableComment(SetTableComment operation) {
        return operation.table();
    }

    @Override
    public QualifiedName setColumnComment(SetColumnComment operation) {
        return operation.table();
    }

    @Override
    public @Nullable QualifiedName executeSql(ExecuteSql operation) {
        return null;
    }

    @Override
    public QualifiedName bulkInsert(BulkInsert operation) {
        return operation.table();
    }

    @Override
    public @Nullable QualifiedName irreversible(Irreversible operation) {
        return null;
    }
}
