package dev.revgraph.autogenerate;

import java.util.ArrayList;
import java.util.List;

import com.palantir.javapoet.CodeBlock;

import dev.revgraph.operation.AddColumn;
import dev.revgraph.operation.AlterColumn;
import dev.revgraph.operation.BulkInsert;
import dev.revgraph.operation.Change;
import dev.revgraph.operation.CheckConstraint;
import dev.revgraph.operation.Column;
import dev.revgraph.operation.ColumnChange;
import dev.revgraph.operation.ColumnType;
import dev.revgraph.operation.ConstraintKind;
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
import dev.revgraph.operation.ForeignKeyAction;
import dev.revgraph.operation.IndexElement;
import dev.revgraph.operation.Irreversible;
import dev.revgraph.operation.Operation;
import dev.revgraph.operation.PrimaryKey;
import dev.revgraph.operation.QualifiedName;
import dev.revgraph.operation.RenameTable;
import dev.revgraph.operation.SetColumnComment;
import dev.revgraph.operation.SetTableComment;
import dev.revgraph.operation.UniqueConstraint;

import org.jspecify.annotations.Nullable;

/**
 * Writes each operation as the {@link dev.revgraph.operation.Operations} call that makes it, through the
 * public builders, so that the generated revision reads like one written by hand:
 *
 * <pre>{@code
 * op.createTable("orders", t -> t
 *         .column(Column.of("id", ColumnType.BIGINT).asIdentity())
 *         .column(Column.of("customer_id", ColumnType.BIGINT).notNull())
 *         .primaryKey("id")
 *         .foreignKey(ForeignKey.of("FKpxtb8awmi0dk6smoh2vp1litg", "customer_id", "customers", "id")));
 * op.alterColumn("orders", "status",
 *         ColumnChange.type(ColumnType.varchar(20), ColumnType.varchar(40)),
 *         ColumnChange.existingNullable(true));
 * }</pre>
 *
 * Drops are written plainly ({@code op.dropTable("orders")}): the revision's other method holds the
 * definition that restores them.
 */
final class JavaOperationWriter implements Operation.Visitor<CodeBlock> {

    /** The receiver for an operation on {@code name}: {@code op}, or {@code op.inSchema("audit")}. */
    private static CodeBlock op(QualifiedName name) {
        return (name.schema() != null) ? CodeBlock.of("op.inSchema($S)", name.schema()) : CodeBlock.of("op");
    }

    @Override
    public CodeBlock createTable(CreateTable operation) {
        CodeBlock.Builder code = CodeBlock.builder()
            .add("$L.createTable($S, t -> t", op(operation.table()), operation.table().name())
            .indent()
            .indent();
        operation.columns().forEach((column) -> code.add("\n.column($L)", column(column)));
        PrimaryKey key = operation.primaryKey();
        if (key != null) {
            if (key.name() == null) {
                code.add("\n.primaryKey($L)", strings(key.columns()));
            }
            else {
                code.add("\n.constraint($T.of($S, $L))", PrimaryKey.class, key.name(), strings(key.columns()));
            }
        }
        for (UniqueConstraint unique : operation.uniques()) {
            code.add("\n.unique($S, $L)", unique.name(), strings(unique.columns()));
        }
        for (CheckConstraint check : operation.checks()) {
            code.add("\n.check($S, $S)", check.name(), check.condition());
        }
        for (ForeignKey foreignKey : operation.foreignKeys()) {
            code.add("\n.foreignKey($L)", foreignKey(foreignKey));
        }
        if (operation.comment() != null) {
            code.add("\n.comment($S)", operation.comment());
        }
        return code.add(");\n").unindent().unindent().build();
    }

    @Override
    public CodeBlock dropTable(DropTable operation) {
        return CodeBlock.of("$L.dropTable($S);\n", op(operation.table()), operation.table().name());
    }

    @Override
    public CodeBlock renameTable(RenameTable operation) {
        return CodeBlock.of("$L.renameTable($S, $S);\n", op(operation.table()), operation.table().name(),
                operation.newName());
    }

    @Override
    public CodeBlock addColumn(AddColumn operation) {
        return CodeBlock.of("$L.addColumn($S, $L);\n", op(operation.table()), operation.table().name(),
                column(operation.column()));
    }

    @Override
    public CodeBlock dropColumn(DropColumn operation) {
        return CodeBlock.of("$L.dropColumn($S, $S);\n", op(operation.table()), operation.table().name(),
                operation.column());
    }

    @Override
    public CodeBlock alterColumn(AlterColumn operation) {
        List<CodeBlock> changes = new ArrayList<>();
        typeChange(operation.type(), changes);
        Change<Boolean> nullable = operation.nullable();
        if (nullable != null) {
            changes.add(nullable.changed()
                    ? CodeBlock.of("$T.nullable($L, $L)", ColumnChange.class, nullable.existing(), nullable.target())
                    : CodeBlock.of("$T.existingNullable($L)", ColumnChange.class, nullable.existing()));
        }
        textChange(operation.defaultExpression(), "defaultExpression", "existingDefault", changes);
        textChange(operation.comment(), "comment", "existingComment", changes);
        if (operation.newName() != null) {
            changes.add(CodeBlock.of("$T.rename($S)", ColumnChange.class, operation.newName()));
        }
        CodeBlock.Builder code = CodeBlock.builder()
            .add("$L.alterColumn($S, $S", op(operation.table()), operation.table().name(), operation.column())
            .indent()
            .indent();
        changes.forEach((change) -> code.add(",\n$L", change));
        return code.add(");\n").unindent().unindent().build();
    }

    private void typeChange(@Nullable Change<ColumnType> type, List<CodeBlock> changes) {
        if (type == null) {
            return;
        }
        changes.add(type.changed()
                ? CodeBlock.of("$T.type($L, $L)", ColumnChange.class, type(type.existing()), type(type.target()))
                : CodeBlock.of("$T.existingType($L)", ColumnChange.class, type(type.existing())));
    }

    private static void textChange(@Nullable Change<@Nullable String> change, String changed, String unchanged,
            List<CodeBlock> changes) {
        if (change == null) {
            return;
        }
        if (change.changed()) {
            changes.add(CodeBlock.of("$T.$L($L, $L)", ColumnChange.class, changed, text(change.existing()),
                    text(change.target())));
        }
        else if (change.existing() != null) {
            changes.add(CodeBlock.of("$T.$L($S)", ColumnChange.class, unchanged, change.existing()));
        }
    }

    @Override
    public CodeBlock createIndex(CreateIndex operation) {
        boolean plain = !operation.unique() && operation.where() == null && !operation.concurrently()
                && operation.elements().stream().noneMatch((element) -> element.expression() || element.descending());
        if (plain) {
            return CodeBlock.of("$L.createIndex($S, $S, $L);\n", op(operation.table()), operation.name(),
                    operation.table().name(), strings(operation.elements().stream().map(IndexElement::text).toList()));
        }
        CodeBlock.Builder definition = CodeBlock.builder().add("i -> i");
        List<String> run = new ArrayList<>();
        boolean runDescending = false;
        for (IndexElement element : operation.elements()) {
            if (!run.isEmpty() && (element.expression() || element.descending() != runDescending)) {
                definition.add(".$L($L)", runDescending ? "descending" : "columns", strings(run));
                run.clear();
            }
            if (element.expression() && element.descending()) {
                definition.add(".element($T.expression($S).desc())", IndexElement.class, element.text());
            }
            else if (element.expression()) {
                definition.add(".expression($S)", element.text());
            }
            else {
                run.add(element.text());
                runDescending = element.descending();
            }
        }
        if (!run.isEmpty()) {
            definition.add(".$L($L)", runDescending ? "descending" : "columns", strings(run));
        }
        if (operation.unique()) {
            definition.add(".unique()");
        }
        if (operation.where() != null) {
            definition.add(".where($S)", operation.where());
        }
        if (operation.concurrently()) {
            definition.add(".concurrently()");
        }
        return CodeBlock.of("$L.createIndex($S, $S, $L);\n", op(operation.table()), operation.name(),
                operation.table().name(), definition.build());
    }

    @Override
    public CodeBlock dropIndex(DropIndex operation) {
        return CodeBlock.of("$L.dropIndex($S, $S);\n", op(operation.table()), operation.name(), operation.table().name());
    }

    @Override
    public CodeBlock createPrimaryKey(CreatePrimaryKey operation) {
        return CodeBlock.of("$L.createPrimaryKey($S, $S, $L);\n", op(operation.table()), operation.constraint().name(),
                operation.table().name(), strings(operation.constraint().columns()));
    }

    @Override
    public CodeBlock createUniqueConstraint(CreateUniqueConstraint operation) {
        return CodeBlock.of("$L.createUniqueConstraint($S, $S, $L);\n", op(operation.table()),
                operation.constraint().name(), operation.table().name(), strings(operation.constraint().columns()));
    }

    @Override
    public CodeBlock createForeignKey(CreateForeignKey operation) {
        return CodeBlock.of("$L.createForeignKey($S, $L);\n", op(operation.table()), operation.table().name(),
                foreignKey(operation.constraint()));
    }

    @Override
    public CodeBlock createCheckConstraint(CreateCheckConstraint operation) {
        return CodeBlock.of("$L.createCheckConstraint($S, $S, $S);\n", op(operation.table()),
                operation.constraint().name(), operation.table().name(), operation.constraint().condition());
    }

    @Override
    public CodeBlock dropConstraint(DropConstraint operation) {
        return CodeBlock.of("$L.dropConstraint($S, $S, $T.$L);\n", op(operation.table()), operation.name(),
                operation.table().name(), ConstraintKind.class, operation.kind().name());
    }

    @Override
    public CodeBlock createSequence(CreateSequence operation) {
        if (operation.minValue() == null && operation.maxValue() == null && !operation.cycle()) {
            return CodeBlock.of("$L.createSequence($S, $L, $L);\n", op(operation.sequence()), operation.sequence().name(),
                    number(operation.start()), number(operation.increment()));
        }
        return CodeBlock.of("op.apply(new $T($L, $L, $L, $L, $L, $L));\n", CreateSequence.class,
                qualifiedName(operation.sequence()), number(operation.start()), number(operation.increment()),
                nullableNumber(operation.minValue()), nullableNumber(operation.maxValue()), operation.cycle());
    }

    @Override
    public CodeBlock dropSequence(DropSequence operation) {
        return CodeBlock.of("$L.dropSequence($S);\n", op(operation.sequence()), operation.sequence().name());
    }

    @Override
    public CodeBlock setTableComment(SetTableComment operation) {
        return CodeBlock.of("$L.setTableComment($S, $L, $L);\n", op(operation.table()), operation.table().name(),
                text(operation.comment()), text(operation.existing()));
    }

    @Override
    public CodeBlock setColumnComment(SetColumnComment operation) {
        if (operation.definition() != null) {
            return CodeBlock.of("$L.setColumnComment($S, $L, $L);\n", op(operation.table()), operation.table().name(),
                    column(operation.definition().comment(operation.comment())), text(operation.existing()));
        }
        return CodeBlock.of("$L.setColumnComment($S, $S, $L, $L);\n", op(operation.table()), operation.table().name(),
                operation.column(), text(operation.comment()), text(operation.existing()));
    }

    @Override
    public CodeBlock executeSql(ExecuteSql operation) {
        if (operation.sql() == null) {
            throw new IllegalArgumentException("Cannot write SQL computed for each dialect as source");
        }
        if (operation.reverseSql() != null) {
            return CodeBlock.of("op.execute($S, $S);\n", operation.sql(), operation.reverseSql());
        }
        return CodeBlock.of("op.execute($S);\n", operation.sql());
    }

    @Override
    public CodeBlock bulkInsert(BulkInsert operation) {
        throw new IllegalArgumentException("Autogenerate writes no data");
    }

    @Override
    public CodeBlock irreversible(Irreversible operation) {
        return CodeBlock.of("op.irreversible($S);\n", operation.reason());
    }

    // --- values ---------------------------------------------------------------------------------------

    static CodeBlock column(Column column) {
        CodeBlock.Builder code = CodeBlock.builder()
            .add("$T.of($S, $L)", Column.class, column.name(), type(column.type()));
        if (column.identity()) {
            code.add(".asIdentity()");
        }
        else {
            if (!column.nullable()) {
                code.add(".notNull()");
            }
            if (column.defaultExpression() != null) {
                code.add(".defaultExpression($S)", column.defaultExpression());
            }
        }
        if (column.comment() != null) {
            code.add(".comment($S)", column.comment());
        }
        return code.build();
    }

    static CodeBlock type(ColumnType type) {
        return switch (type.kind()) {
            case VARCHAR -> CodeBlock.of("$T.varchar($L)", ColumnType.class, type.size());
            case CHAR -> CodeBlock.of("$T.fixedChar($L)", ColumnType.class, type.size());
            case BINARY -> CodeBlock.of("$T.binary($L)", ColumnType.class, type.size());
            case DECIMAL -> CodeBlock.of("$T.decimal($L, $L)", ColumnType.class, type.size(), type.scale());
            case TIMESTAMP -> CodeBlock.of("$T.timestamp($L)", ColumnType.class, type.size());
            case TIMESTAMP_TZ -> CodeBlock.of("$T.timestampTz($L)", ColumnType.class, type.size());
            case RAW -> CodeBlock.of("$T.raw($S)", ColumnType.class, type.sql());
            default -> CodeBlock.of("$T.$L", ColumnType.class, type.kind().name());
        };
    }

    private static CodeBlock foreignKey(ForeignKey foreignKey) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (foreignKey.columns().size() == 1 && foreignKey.referencedTable().schema() == null) {
            code.add("$T.of($S, $S, $S, $S)", ForeignKey.class, foreignKey.name(), foreignKey.columns().get(0),
                    foreignKey.referencedTable().name(), foreignKey.referencedColumns().get(0));
        }
        else {
            code.add("$T.of($S, $T.of($L), $L, $T.of($L))", ForeignKey.class, foreignKey.name(), List.class,
                    strings(foreignKey.columns()), qualifiedName(foreignKey.referencedTable()), List.class,
                    strings(foreignKey.referencedColumns()));
        }
        if (foreignKey.onDelete() != ForeignKeyAction.NO_ACTION) {
            code.add(".onDelete($T.$L)", ForeignKeyAction.class, foreignKey.onDelete().name());
        }
        if (foreignKey.onUpdate() != ForeignKeyAction.NO_ACTION) {
            code.add(".onUpdate($T.$L)", ForeignKeyAction.class, foreignKey.onUpdate().name());
        }
        return code.build();
    }

    private static CodeBlock qualifiedName(QualifiedName name) {
        return (name.schema() != null) ? CodeBlock.of("$T.of($S, $S)", QualifiedName.class, name.schema(), name.name())
                : CodeBlock.of("$T.of($S)", QualifiedName.class, name.name());
    }

    private static CodeBlock strings(List<String> values) {
        return CodeBlock.join(values.stream().map((value) -> CodeBlock.of("$S", value)).toList(), ", ");
    }

    private static CodeBlock text(@Nullable String value) {
        return (value != null) ? CodeBlock.of("$S", value) : CodeBlock.of("null");
    }

    private static CodeBlock number(long value) {
        return (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) ? CodeBlock.of("$LL", value)
                : CodeBlock.of("$L", value);
    }

    private static CodeBlock nullableNumber(@Nullable Long value) {
        return (value != null) ? CodeBlock.of("$LL", value) : CodeBlock.of("null");
    }
}
