package dev.revgraph.operation;

import java.util.Optional;

/**
 * One change to a schema, as a value: what {@link Operations} hands to its sink. A dialect renders it to
 * SQL, the runtime runs that SQL, autogenerate writes it as Java source.
 *
 * <p>Every operation that can know its own reverse does: an alteration carries the values it replaces,
 * a drop may carry the definition of what it drops. {@link #reverse()} is empty where that knowledge is
 * missing ({@code execute} without a reverse statement, a drop without the definition, a bulk insert).
 */
public sealed interface Operation permits CreateTable, DropTable, RenameTable, AddColumn, DropColumn, AlterColumn,
        CreateIndex, DropIndex, CreatePrimaryKey, CreateUniqueConstraint, CreateForeignKey, CreateCheckConstraint,
        DropConstraint, CreateSequence, DropSequence, SetTableComment, SetColumnComment, ExecuteSql, BulkInsert,
        Irreversible {

    /** The operation that undoes this one, or empty where that cannot be known from this value. */
    Optional<Operation> reverse();

    /** Calls the {@code visitor} method for this kind of operation. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per kind of operation, so that a renderer that forgets a kind does not compile (Java 17
     * has no pattern matching over sealed types in {@code switch}).
     */
    interface Visitor<R> {

        R createTable(CreateTable operation);

        R dropTable(DropTable operation);

        R renameTable(RenameTable operation);

        R addColumn(AddColumn operation);

        R dropColumn(DropColumn operation);

        R alterColumn(AlterColumn operation);

        R createIndex(CreateIndex operation);

        R dropIndex(DropIndex operation);

        R createPrimaryKey(CreatePrimaryKey operation);

        R createUniqueConstraint(CreateUniqueConstraint operation);

        R createForeignKey(CreateForeignKey operation);

        R createCheckConstraint(CreateCheckConstraint operation);

        R dropConstraint(DropConstraint operation);

        R createSequence(CreateSequence operation);

        R dropSequence(DropSequence operation);

        R setTableComment(SetTableComment operation);

        R setColumnComment(SetColumnComment operation);

        R executeSql(ExecuteSql operation);

        R bulkInsert(BulkInsert operation);

        R irreversible(Irreversible operation);
    }
}
